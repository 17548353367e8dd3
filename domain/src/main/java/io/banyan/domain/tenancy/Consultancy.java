package io.banyan.domain.tenancy;

import io.banyan.domain.shared.Identified;
import io.banyan.domain.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A consultancy: the tenant. Its id, as text, is the {@code tenant_id} of everything it owns.
 * The consultancy row itself is platform data, read by the platform admin and by the sign-in that
 * resolves a URL name.
 */
@Entity
@Table(name = "consultancy")
@NamedQuery(name = "Consultancy.bySlug", query = "select c from Consultancy c where c.slug = :slug")
@NamedQuery(name = "Consultancy.count", query = "select count(c) from Consultancy c")
public class Consultancy extends Identified {

  @NotBlank(message = "{domain.consultancy.name.required}")
  @Size(max = 120, message = "{domain.consultancy.name.tooLong}")
  @Column(nullable = false, length = 120)
  private String name;

  @Column(nullable = false, length = 40, unique = true)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private ConsultancyStatus status = ConsultancyStatus.ACTIVE;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Embedded private Branding branding;

  /** The language its people read until they choose one, and new plans start in. */
  @Column(nullable = false, length = 8)
  private String language = "en";

  /** Where the consultancy works: dates and times of people who chose no zone are shown in it. */
  @Column(name = "time_zone", nullable = false, length = 40)
  private String timeZone = "UTC";

  protected Consultancy() {}

  public Consultancy(String name, Slug slug, Instant createdAt) {
    this.name = name == null ? null : name.trim();
    this.slug = slug.value();
    this.createdAt = createdAt;
    this.branding = new Branding(this.name);
  }

  /** The value EclipseLink filters this consultancy's rows by. */
  public String tenantId() {
    return String.valueOf(getId());
  }

  public void suspend() {
    status = ConsultancyStatus.SUSPENDED;
  }

  public void reactivate() {
    status = ConsultancyStatus.ACTIVE;
  }

  public boolean isActive() {
    return status == ConsultancyStatus.ACTIVE;
  }

  public void rebrand(String displayName, AccentColour colour) {
    String shown = displayName == null || displayName.isBlank() ? name : displayName.trim();
    // a colour chosen before contrast was checked is shown readable (see AccentColour.readable);
    // a new choice must be readable itself
    branding.change(shown, colour.requireReadable());
  }

  public void logoChanged() {
    branding.logoChanged();
  }

  public void logoRemoved() {
    branding.logoRemoved();
  }

  public void speak(Locale defaultLanguage, ZoneId zone) {
    this.language = Texts.supported(defaultLanguage).toLanguageTag();
    this.timeZone = zone.getId();
  }

  public Locale language() {
    return Locale.forLanguageTag(language);
  }

  public ZoneId timeZone() {
    return ZoneId.of(timeZone);
  }

  public String getName() {
    return name;
  }

  public Slug getSlug() {
    return new Slug(slug);
  }

  public ConsultancyStatus getStatus() {
    return status;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Branding getBranding() {
    return branding;
  }

  /** The name to show on pages: the branding's display name, else the legal name. */
  public String shownName() {
    String shown = branding.getDisplayName();
    return shown == null || shown.isBlank() ? name : shown;
  }
}
