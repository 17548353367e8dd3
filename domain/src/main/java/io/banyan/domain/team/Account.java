package io.banyan.domain.team;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/**
 * A person who signs in to one consultancy: a staff member (owner, consultant, instructor) or a
 * member of one client organisation.
 */
@Entity
@Table(
    name = "account",
    uniqueConstraints = @UniqueConstraint(name = "uk_account_email", columnNames = {"tenant_id", "email"}),
    indexes = @Index(name = "ix_account_org", columnList = "organisation_id"))
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(
    name = "Account.staff",
    query = "select a from Account a where a.organisation is null order by a.displayName, a.email")
@NamedQuery(
    name = "Account.members",
    query = "select a from Account a where a.organisation = :organisation order by a.displayName, a.email")
@NamedQuery(
    name = "Account.activeOwners",
    query = "select count(a) from Account a where a.roles like '%OWNER%' and a.status = io.banyan.domain.team.AccountStatus.ACTIVE")
public class Account extends TenantOwned {

  @Column(nullable = false, length = EmailAddress.MAX_LENGTH)
  private String email;

  @NotBlank(message = "{domain.account.displayName.required}")
  @Size(max = 120, message = "{domain.account.displayName.tooLong}")
  @Column(name = "display_name", nullable = false, length = 120)
  private String displayName;

  @Column(name = "password_hash", length = 400)
  private String passwordHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private AccountStatus status = AccountStatus.INVITED;

  @Column(nullable = false, length = 80)
  private String roles;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "organisation_id")
  private ClientOrganisation organisation;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "mail_preference", nullable = false, length = 12)
  private io.banyan.domain.notification.MailPreference mailPreference = io.banyan.domain.notification.MailPreference.IMMEDIATE;


  /** The language this person chose (a tag Banyan speaks, e.g. {@code es}); null while they follow the default. */
  @Column(length = 8)
  private String language;

  /** The time zone this person chose; null while they follow the consultancy's. */
  @Column(name = "time_zone", length = 40)
  private String timeZone;

  protected Account() {}

  private Account(EmailAddress email, String displayName, Roles roles, ClientOrganisation organisation, Instant now) {
    this.email = email.value();
    this.displayName = displayName == null || displayName.isBlank() ? email.value() : displayName.trim();
    this.roles = roles.stored();
    this.organisation = organisation;
    this.createdAt = now;
  }

  public static Account staff(EmailAddress email, String displayName, Roles roles, Instant now) {
    if (!roles.isStaff()) {
      throw new CannotChangeAccountException("error.account.staffRoles");
    }
    return new Account(email, displayName, roles, null, now);
  }

  public static Account clientMember(EmailAddress email, String displayName, ClientOrganisation organisation, Instant now) {
    if (organisation == null) {
      throw new CannotChangeAccountException("error.account.memberNeedsClient");
    }
    return new Account(email, displayName, Roles.client(), organisation, now);
  }

  /** Sets the first password when the person follows their invitation. */
  public void activate(String newPasswordHash) {
    if (status == AccountStatus.DEACTIVATED) {
      throw new CannotChangeAccountException("error.account.deactivated");
    }
    this.passwordHash = newPasswordHash;
    this.status = AccountStatus.ACTIVE;
  }

  public void changePassword(String newPasswordHash) {
    if (status != AccountStatus.ACTIVE) {
      throw new CannotChangeAccountException("error.account.passwordNotActive");
    }
    this.passwordHash = newPasswordHash;
  }

  public void assignRoles(Roles newRoles) {
    if (isClientMember() || !newRoles.isStaff()) {
      throw new CannotChangeAccountException("error.account.swapSides");
    }
    this.roles = newRoles.stored();
  }

  public void deactivate() {
    this.status = AccountStatus.DEACTIVATED;
  }

  public void reactivate() {
    if (status == AccountStatus.DEACTIVATED) {
      this.status = passwordHash == null ? AccountStatus.INVITED : AccountStatus.ACTIVE;
    }
  }

  public void rename(String newName) {
    this.displayName = newName == null ? null : newName.trim();
  }

  public void preferMail(io.banyan.domain.notification.MailPreference preference) {
    this.mailPreference = preference;
  }

  public io.banyan.domain.notification.MailPreference getMailPreference() {
    return mailPreference;
  }

  /** What this person reads Banyan in; an empty value goes back to the default (browser, then consultancy). */
  public void readIn(Optional<Locale> chosenLanguage, Optional<ZoneId> chosenZone) {
    this.language = chosenLanguage.map(Texts::supported).map(Locale::toLanguageTag).orElse(null);
    this.timeZone = chosenZone.map(ZoneId::getId).orElse(null);
  }

  public Optional<Locale> language() {
    return Optional.ofNullable(language).map(Locale::forLanguageTag);
  }

  public Optional<ZoneId> timeZone() {
    return Optional.ofNullable(timeZone).map(ZoneId::of);
  }

  public boolean canSignIn() {
    return status == AccountStatus.ACTIVE && passwordHash != null;
  }

  public boolean isClientMember() {
    return organisation != null;
  }

  public boolean isOwner() {
    return getRoles().has(Role.OWNER);
  }

  public EmailAddress getEmail() {
    return EmailAddress.of(email);
  }

  public String getDisplayName() {
    return displayName;
  }

  public Optional<String> passwordHash() {
    return Optional.ofNullable(passwordHash);
  }

  public AccountStatus getStatus() {
    return status;
  }

  public Roles getRoles() {
    return Roles.parse(roles);
  }

  public ClientOrganisation getOrganisation() {
    return organisation;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
