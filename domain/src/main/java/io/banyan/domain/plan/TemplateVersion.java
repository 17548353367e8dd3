package io.banyan.domain.plan;

import io.banyan.domain.shared.Phrase;
import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One version of a template: edited while a draft, immutable once published (plans refer to it),
 * and retired when no new plan should start from it.
 */
@Entity
@Table(
    name = "template_version",
    uniqueConstraints = @UniqueConstraint(name = "uk_version_number", columnNames = {"tenant_id", "template_id", "number"}),
    indexes = @Index(name = "ix_version_template", columnList = "template_id"))
public class TemplateVersion extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_id", nullable = false)
  private PlanTemplate template;

  @Column(nullable = false)
  private int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private VersionStatus status = VersionStatus.DRAFT;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "templateVersion", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<TemplateSection> sections = new ArrayList<>();

  protected TemplateVersion() {}

  TemplateVersion(PlanTemplate template, int number) {
    this.template = template;
    this.number = number;
  }

  public TemplateSection addSection(String title, String guidance) {
    requireDraft();
    TemplateSection section = new TemplateSection(this, sections.size(), title, guidance);
    sections.add(section);
    return section;
  }

  public void removeSection(TemplateSection section) {
    requireDraft();
    if (!sections.remove(section)) {
      throw new CannotChangeTemplateException("error.template.sectionNotInVersion");
    }
    renumber();
  }

  /** Moves a section to a new place, as when dragged in the editor. */
  public void moveSection(TemplateSection section, int toIndex) {
    requireDraft();
    if (!sections.remove(section)) {
      throw new CannotChangeTemplateException("error.template.sectionNotInVersion");
    }
    sections.add(Math.max(0, Math.min(toIndex, sections.size())), section);
    renumber();
  }

  private void renumber() {
    for (int i = 0; i < sections.size(); i++) {
      sections.get(i).placeAt(i);
    }
  }

  /** Freezes the version: from now on plans may be made from it and nothing in it changes. */
  public void publish(Instant now) {
    requireDraft();
    if (sections.isEmpty()) {
      throw new CannotChangeTemplateException("error.template.noSections");
    }
    for (TemplateSection section : sections) {
      if (section.getQuestions().isEmpty()) {
        throw new CannotChangeTemplateException("error.template.noQuestions", section.getTitle());
      }
      section.getQuestions().forEach(q -> q.getSettings().requireFitFor(q.getKind()));
    }
    status = VersionStatus.PUBLISHED;
    publishedAt = now;
  }

  public void retire() {
    if (status != VersionStatus.PUBLISHED) {
      throw new CannotChangeTemplateException("error.template.retireNotPublished");
    }
    status = VersionStatus.RETIRED;
  }

  public boolean acceptsNewPlans() {
    return status == VersionStatus.PUBLISHED;
  }

  public boolean isDraft() {
    return status == VersionStatus.DRAFT;
  }

  void requireDraft() {
    if (!isDraft()) {
      throw new CannotChangeTemplateException("error.template.frozen", number, Phrase.lowerCaseLabel(status));
    }
  }

  TemplateVersion copyAs(int newNumber) {
    TemplateVersion copy = new TemplateVersion(template, newNumber);
    for (TemplateSection section : sections) {
      TemplateSection copied = copy.addSection(section.getTitle(), section.getGuidance());
      section.getQuestions().forEach(q -> copied.copyQuestion(q));
    }
    return copy;
  }

  public Optional<TemplateQuestion> question(String key) {
    return sections.stream().flatMap(s -> s.getQuestions().stream()).filter(q -> q.getKey().equals(key)).findFirst();
  }

  public int questionCount() {
    return sections.stream().mapToInt(s -> s.getQuestions().size()).sum();
  }

  public PlanTemplate getTemplate() {
    return template;
  }

  public int getNumber() {
    return number;
  }

  public VersionStatus getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<TemplateSection> getSections() {
    return List.copyOf(sections);
  }
}
