package io.banyan.domain.tenancy;

import io.banyan.domain.shared.InvalidValueException;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.ZoneId;

/** A regional office of a consultancy, where cohorts meet; its time zone sets session times. */
@Entity
@Table(name = "office")
@NamedQuery(name = "Office.all", query = "select o from Office o order by o.name")
public class Office extends TenantOwned {

  @NotBlank(message = "{domain.office.name.required}")
  @Size(max = 120, message = "{domain.office.name.tooLong}")
  @Column(nullable = false, length = 120)
  private String name;

  @Size(max = 500, message = "{domain.office.address.tooLong}")
  @Column(length = 500)
  private String address;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  protected Office() {}

  public Office(String name, String address, ZoneId timeZone) {
    describe(name, address, timeZone);
  }

  public final void describe(String newName, String newAddress, ZoneId zone) {
    this.name = newName == null ? null : newName.trim();
    this.address = newAddress == null ? null : newAddress.trim();
    this.timeZone = zone.getId();
  }

  /** Parses a zone id such as {@code Europe/Madrid}, with a message a person can act on. */
  public static ZoneId zone(String id) {
    try {
      return ZoneId.of(id == null ? "" : id.trim());
    } catch (DateTimeException e) {
      throw new InvalidValueException("invalid.timeZone", id);
    }
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public ZoneId getTimeZone() {
    return ZoneId.of(timeZone);
  }
}
