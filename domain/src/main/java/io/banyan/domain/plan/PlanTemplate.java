package io.banyan.domain.plan;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A consultancy's plan template, e.g. "Social Media Strategy Plan", kept as numbered versions. */
@Entity
@Table(name = "plan_template", uniqueConstraints = @UniqueConstraint(name = "uk_template_name", columnNames = {"tenant_id", "name"}))
public class PlanTemplate extends TenantOwned {

  @NotBlank(message = "{domain.planTemplate.name.required}")
  @Size(max = 120, message = "{domain.planTemplate.name.tooLong}")
  @Column(nullable = false, length = 120)
  private String name;

  @Size(max = 1000, message = "{domain.planTemplate.description.tooLong}")
  @Column(length = 1000)
  private String description;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @OneToMany(mappedBy = "template", cascade = CascadeType.PERSIST)
  @OrderBy("number")
  @BatchFetch(BatchFetchType.IN)
  private List<TemplateVersion> versions = new ArrayList<>();

  protected PlanTemplate() {}

  public PlanTemplate(String name, String description, Instant now) {
    this.name = name == null ? null : name.trim();
    this.description = description;
    this.createdAt = now;
  }

  /** Starts version 1 as an empty draft. */
  public TemplateVersion firstDraft() {
    if (!versions.isEmpty()) {
      throw new CannotChangeTemplateException("error.template.hasVersions");
    }
    TemplateVersion draft = new TemplateVersion(this, 1);
    versions.add(draft);
    return draft;
  }

  /** A new draft copied from any version, numbered after the latest. Only one draft at a time. */
  public TemplateVersion draftFrom(TemplateVersion source) {
    if (source.getTemplate() != this) {
      throw new CannotChangeTemplateException("error.template.otherTemplate");
    }
    currentDraft().ifPresent(d -> {
      throw new CannotChangeTemplateException("error.template.draftExists", d.getNumber());
    });
    TemplateVersion draft = source.copyAs(latestNumber() + 1);
    versions.add(draft);
    return draft;
  }

  public Optional<TemplateVersion> currentDraft() {
    return versions.stream().filter(TemplateVersion::isDraft).findFirst();
  }

  public Optional<TemplateVersion> latestPublished() {
    return versions.stream().filter(v -> v.getStatus() == VersionStatus.PUBLISHED).max(Comparator.comparingInt(TemplateVersion::getNumber));
  }

  private int latestNumber() {
    return versions.stream().mapToInt(TemplateVersion::getNumber).max().orElse(0);
  }

  public void rename(String newName, String newDescription) {
    this.name = newName == null ? null : newName.trim();
    this.description = newDescription;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<TemplateVersion> getVersions() {
    return List.copyOf(versions);
  }
}
