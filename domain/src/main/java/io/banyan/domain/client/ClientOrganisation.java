package io.banyan.domain.client;

import io.banyan.domain.shared.TenantOwned;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** A small business a consultancy coaches; its members sign in to work on their plan. */
@Entity
@Table(
    name = "client_organisation",
    uniqueConstraints = @UniqueConstraint(name = "uk_client_name", columnNames = {"tenant_id", "name"}),
    indexes = @Index(name = "ix_client_lead", columnList = "lead_consultant_id"))
public class ClientOrganisation extends TenantOwned {

  @NotBlank(message = "{domain.clientOrganisation.name.required}")
  @Size(max = 120, message = "{domain.clientOrganisation.name.tooLong}")
  @Column(nullable = false, length = 120)
  private String name;

  @Size(max = 80, message = "{domain.clientOrganisation.industry.tooLong}")
  @Column(length = 80)
  private String industry;

  @Enumerated(EnumType.STRING)
  @Column(length = 10)
  private OrganisationSize size;

  @Size(max = 4000, message = "{domain.clientOrganisation.notes.tooLong}")
  @Column(length = 4000)
  private String notes;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "lead_consultant_id")
  private Account leadConsultant;

  @Column(nullable = false)
  private boolean archived;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ClientOrganisation() {}

  public ClientOrganisation(String name, Instant createdAt) {
    this.name = name == null ? null : name.trim();
    this.createdAt = createdAt;
  }

  public void describe(String newName, String newIndustry, OrganisationSize newSize, String newNotes) {
    this.name = newName == null ? null : newName.trim();
    this.industry = blankToNull(newIndustry);
    this.size = newSize;
    this.notes = blankToNull(newNotes);
  }

  /** Only a consultant may lead a client; {@code null} leaves the client without a lead. */
  public void leadBy(Account consultant) {
    if (consultant != null && !consultant.getRoles().has(Role.CONSULTANT)) {
      throw new CannotChangeAccountException("error.client.leadNotConsultant", consultant.getDisplayName());
    }
    this.leadConsultant = consultant;
  }

  public void archive() {
    archived = true;
  }

  public void unarchive() {
    archived = false;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  public String getName() {
    return name;
  }

  public String getIndustry() {
    return industry;
  }

  public OrganisationSize getSize() {
    return size;
  }

  public String getNotes() {
    return notes;
  }

  public Account getLeadConsultant() {
    return leadConsultant;
  }

  public boolean isArchived() {
    return archived;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
