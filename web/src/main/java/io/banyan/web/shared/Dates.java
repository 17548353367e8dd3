package io.banyan.web.shared;

import io.banyan.domain.shared.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as the reader reads them: in their zone and language ("1 Dec 2026, 18:47",
 * "1 dic 2026, 18:47"), a due date as a date, recent moments relative ("2 hours ago"). Times are
 * stored in UTC; only here do they meet a zone.
 */
@Named
@RequestScoped
public class Dates {

  @Inject private Reader reader;
  @Inject private Clock clock;

  public String dateTime(Instant at) {
    return at == null ? "" : tidy(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", reader.getLocale()).format(at.atZone(reader.getZone())));
  }

  public String date(LocalDate day) {
    return day == null ? "" : tidy(DateTimeFormatter.ofPattern("d MMM yyyy", reader.getLocale()).format(day));
  }

  /** The day an instant falls on in the reader's zone. */
  public String dayOf(Instant at) {
    return at == null ? "" : date(at.atZone(reader.getZone()).toLocalDate());
  }

  /** "just now", "5 minutes ago", "3 hours ago", "yesterday"; older moments as a date and time. */
  public String relative(Instant at) {
    if (at == null) {
      return "";
    }
    Duration ago = Duration.between(at, clock.instant());
    if (ago.isNegative() || ago.toMinutes() < 1) {
      return Texts.of(reader.getLocale(), "time.justNow");
    }
    if (ago.toHours() < 1) {
      return Texts.of(reader.getLocale(), "time.minutesAgo", ago.toMinutes());
    }
    if (ago.toDays() < 1) {
      return Texts.of(reader.getLocale(), "time.hoursAgo", ago.toHours());
    }
    if (ago.toDays() < 7) {
      return Texts.of(reader.getLocale(), "time.daysAgo", ago.toDays());
    }
    return dateTime(at);
  }

  /** The input pattern of date pickers, the same in both languages so typed dates read alike. */
  public String getPickerPattern() {
    return "yyyy-MM-dd";
  }

  // Some locales abbreviate months with a full stop ("dic."); Banyan's style has none.
  private static String tidy(String formatted) {
    return formatted.replace(".", "");
  }
}
