package io.banyan.web.team;

import io.banyan.application.team.ReadingSettings;
import io.banyan.domain.team.Account;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.web.shared.Failures;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * A person's profile: the language and time zone they read Banyan in. An owner also sets the
 * consultancy's defaults here, which everyone who chose nothing follows.
 */
@Named
@ViewScoped
public class EditProfile implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
      .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

  @Inject private ReadingSettings settings;
  @Inject private CurrentTenant tenant;

  /** A language tag, or empty for "as my browser says". */
  private String language;
  /** A zone id, or empty for "as my consultancy says". */
  private String zone;
  private String defaultLanguage;
  private String defaultZone;

  @PostConstruct
  void load() {
    Account me = settings.me();
    language = me.language().map(Locale::toLanguageTag).orElse("");
    zone = me.timeZone().map(ZoneId::getId).orElse("");
    Consultancy consultancy = settings.consultancy();
    defaultLanguage = consultancy.language().toLanguageTag();
    defaultZone = consultancy.timeZone().getId();
  }

  public void save() throws IOException {
    try {
      Optional<Locale> chosen = language == null || language.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(language));
      settings.chooseMine(chosen, zone == null || zone.isEmpty() ? Optional.empty() : Optional.of(ZoneId.of(zone)));
      // the message is worded now but read on the next page: in the language just chosen
      chosen.ifPresent(l -> Faces.getViewRoot().setLocale(l));
      Messages.addFlashGlobalInfo("profile.saved");
      // a fresh GET, so the whole page, header included, follows the new choice
      Faces.redirect(tenant.url("profile"));
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void saveDefaults() throws IOException {
    try {
      settings.setDefaults(Locale.forLanguageTag(defaultLanguage), ZoneId.of(defaultZone));
      Messages.addFlashGlobalInfo("profile.defaults.saved");
      Faces.redirect(tenant.url("profile"));
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getDefaultLanguage() {
    return defaultLanguage;
  }

  public void setDefaultLanguage(String defaultLanguage) {
    this.defaultLanguage = defaultLanguage;
  }

  public String getDefaultZone() {
    return defaultZone;
  }

  public void setDefaultZone(String defaultZone) {
    this.defaultZone = defaultZone;
  }
}
