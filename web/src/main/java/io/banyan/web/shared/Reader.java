package io.banyan.web.shared;

import io.banyan.application.team.SignedInPerson;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.web.tenancy.TenantGate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The person a page is rendered for, as far as reading goes: their language (chosen on their
 * profile; until then the browser's, if Banyan speaks it; then the consultancy's) and their time
 * zone (chosen, else the consultancy's).
 */
@Named
@RequestScoped
public class Reader {

  private Locale locale;
  private ZoneId zone;

  public Locale getLocale() {
    if (locale == null) {
      locale = person().flatMap(SignedInPerson::language).or(this::fromBrowser)
          .orElseGet(() -> consultancy().map(Consultancy::language).orElse(Locale.ENGLISH));
      locale = Texts.supported(locale);
    }
    return locale;
  }

  public String getLanguageTag() {
    return getLocale().toLanguageTag();
  }

  public ZoneId getZone() {
    if (zone == null) {
      zone = person().flatMap(SignedInPerson::timeZone)
          .orElseGet(() -> consultancy().map(Consultancy::timeZone).orElse(ZoneOffset.UTC));
    }
    return zone;
  }

  public String getName() {
    return person().map(SignedInPerson::displayName).orElse(null);
  }

  private Optional<Locale> fromBrowser() {
    String header = request().getHeader("Accept-Language");
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(Locale.lookup(Locale.LanguageRange.parse(header), Texts.LANGUAGES));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private Optional<SignedInPerson> person() {
    return request().getAttribute(TenantGate.PERSON) instanceof SignedInPerson p ? Optional.of(p) : Optional.empty();
  }

  private Optional<Consultancy> consultancy() {
    return request().getAttribute(TenantGate.CONSULTANCY) instanceof Consultancy c ? Optional.of(c) : Optional.empty();
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  /** The languages a person may choose, for the profile page. */
  public List<Locale> getLanguages() {
    return Texts.LANGUAGES;
  }
}
