package io.banyan.web.tenancy;

import io.banyan.application.tenancy.OfficeService;
import io.banyan.domain.tenancy.Office;
import io.banyan.web.shared.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.omnifaces.util.Messages;

/** The owner's regional offices: open, describe, close. */
@Named
@ViewScoped
public class ManageOffices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private OfficeService offices;

  private List<Office> list;

  private Long id;
  private long version;

  @NotBlank(message = "{offices.name.required}")
  @Size(max = 120, message = "{offices.name.tooLong}")
  private String name;

  @Size(max = 500, message = "{offices.address.tooLong}")
  private String address;

  @NotBlank(message = "{offices.timeZone.required}")
  private String timeZone = "Europe/Madrid";

  @PostConstruct
  void load() {
    list = offices.offices();
  }

  public void startNew() {
    id = null;
    name = null;
    address = null;
    timeZone = "Europe/Madrid";
  }

  public void edit(Office office) {
    id = office.getId();
    version = office.getVersion();
    name = office.getName();
    address = office.getAddress();
    timeZone = office.getTimeZone().getId();
  }

  public void save() {
    ZoneId zone;
    try {
      zone = Office.zone(timeZone);
    } catch (IllegalArgumentException e) {
      Failures.showAt("office:timeZone", e);
      return;
    }
    try {
      Office saved = id == null ? offices.open(name, address, zone) : offices.describe(id, version, name, address, zone);
      Messages.addGlobalInfo("offices.saved", saved.getName());
      startNew();
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void close(Office office) {
    try {
      offices.close(office.getId());
      Messages.addGlobalInfo("offices.closed", office.getName());
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** Time zones for the autocomplete, filtered by what was typed. */
  public List<String> zones(String typed) {
    String wanted = typed == null ? "" : typed.toLowerCase(Locale.ROOT);
    return ZoneId.getAvailableZoneIds().stream()
        .filter(z -> z.contains("/") && z.toLowerCase(Locale.ROOT).contains(wanted))
        .sorted()
        .limit(20)
        .toList();
  }

  public List<Office> getList() {
    return list;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }
}
