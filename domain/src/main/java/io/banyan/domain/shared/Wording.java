package io.banyan.domain.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text kept for later readers: a key of the messages bundle and its parameters, stored as such
 * (not as English) so that each reader reads it in their own language when they read it. Dates
 * among the parameters stay dates until then, and are written the reader's way.
 */
public record Wording(String key, List<String> params) {

  private static final char SEPARATOR = '\u001F';
  private static final String DATE = "@date:";

  public Wording {
    params = List.copyOf(params);
  }

  public static Wording of(String key, Object... params) {
    List<String> kept = new ArrayList<>();
    for (Object p : params) {
      kept.add(p instanceof LocalDate d ? DATE + d : String.valueOf(p));
    }
    return new Wording(key, kept);
  }

  public String textIn(Locale locale) {
    Object[] shown = params.stream()
        .map(p -> p.startsWith(DATE) ? date(LocalDate.parse(p.substring(DATE.length())), locale) : p)
        .toArray();
    return Texts.of(locale, key, shown);
  }

  /** A date as Banyan writes it: "1 Dec 2026", "1 dic 2026". */
  public static String date(LocalDate day, Locale locale) {
    return DateTimeFormatter.ofPattern("d MMM yyyy", Texts.supported(locale)).format(day).replace(".", "");
  }

  /** The parameters as one column's value. */
  public String encodedParams() {
    return String.join(String.valueOf(SEPARATOR), params);
  }

  public static List<String> decodeParams(String encoded) {
    return encoded == null || encoded.isEmpty() ? List.of() : Arrays.asList(encoded.split(String.valueOf(SEPARATOR), -1));
  }
}
