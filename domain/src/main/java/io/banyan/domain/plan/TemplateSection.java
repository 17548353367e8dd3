package io.banyan.domain.plan;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A section of a template version: a title, guidance for the client, and ordered questions. */
@Entity
@Table(name = "template_section", indexes = @Index(name = "ix_section_version", columnList = "version_id"))
public class TemplateSection extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "version_id", nullable = false)
  private TemplateVersion templateVersion;

  @Column(nullable = false)
  private int position;

  @NotBlank(message = "{domain.templateSection.title.required}")
  @Size(max = 200, message = "{domain.templateSection.title.tooLong}")
  @Column(nullable = false, length = 200)
  private String title;

  /** The most guidance a person may type, counted before it is cleaned (the column itself is unbounded). */
  public static final int GUIDANCE_MAX = 20_000;

  /** Rich text, already reduced to an allow-list of tags by the service that stores it. */
  @Lob
  @Column(name = "guidance")
  private String guidance;

  @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  @BatchFetch(BatchFetchType.IN)
  private List<TemplateQuestion> questions = new ArrayList<>();

  protected TemplateSection() {}

  TemplateSection(TemplateVersion version, int position, String title, String guidance) {
    this.templateVersion = version;
    this.position = position;
    this.title = title == null ? null : title.trim();
    this.guidance = guidance;
  }

  public void describe(String newTitle, String newGuidance) {
    templateVersion.requireDraft();
    this.title = newTitle == null ? null : newTitle.trim();
    this.guidance = newGuidance;
  }

  public TemplateQuestion ask(QuestionKind kind, String label, String help, boolean required, QuestionSettings settings) {
    templateVersion.requireDraft();
    TemplateQuestion question = new TemplateQuestion(this, questions.size(), UUID.randomUUID().toString(), kind, label, help, required, settings);
    questions.add(question);
    return question;
  }

  void copyQuestion(TemplateQuestion source) {
    questions.add(new TemplateQuestion(this, questions.size(), source.getKey(), source.getKind(), source.getLabel(), source.getHelp(),
        source.isRequired(), source.getSettings()));
  }

  public void removeQuestion(TemplateQuestion question) {
    templateVersion.requireDraft();
    if (!questions.remove(question)) {
      throw new CannotChangeTemplateException("error.template.questionNotInSection");
    }
    for (int i = 0; i < questions.size(); i++) {
      questions.get(i).placeAt(i);
    }
  }

  void placeAt(int newPosition) {
    this.position = newPosition;
  }

  TemplateVersion version() {
    return templateVersion;
  }

  public TemplateVersion getTemplateVersion() {
    return templateVersion;
  }

  public int requiredCount() {
    return (int) questions.stream().filter(TemplateQuestion::isRequired).count();
  }

  public int getPosition() {
    return position;
  }

  public String getTitle() {
    return title;
  }

  public String getGuidance() {
    return guidance;
  }

  public List<TemplateQuestion> getQuestions() {
    return List.copyOf(questions);
  }
}
