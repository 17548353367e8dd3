package io.banyan.web.plan;

import io.banyan.application.plan.TemplateService;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Optional;
import org.omnifaces.util.Messages;
import org.primefaces.event.ReorderEvent;

/**
 * One template version: a draft is edited here (sections dragged into order, guidance, questions
 * of every kind) and published; a published or retired version is shown read-only. The preview
 * page uses the same bean.
 */
@Named
@ViewScoped
public class EditTemplate implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TemplateService templates;
  @Inject private io.banyan.application.plan.PlatformList platformList;

  /** Empty answers for the preview, one per question, so it renders exactly as the plan editor does. */
  private final java.util.Map<String, AnswerForm> previewForms = new java.util.HashMap<>();
  private java.util.List<String> platforms;

  private String versionParam;
  private TemplateVersion version;
  /** The table's rows: a list of our own, because the table rotates it in place when a row is dragged. */
  private java.util.List<TemplateSection> sections;

  private Long sectionId;
  private long sectionVersion;

  @NotBlank(message = "{template.section.title.required}")
  @Size(max = 200, message = "{template.section.title.tooLong}")
  private String sectionTitle;

  @Size(max = TemplateSection.GUIDANCE_MAX, message = "{template.section.guidance.tooLong}")
  private String sectionGuidance;

  private Long questionSectionId;
  @Valid private QuestionForm question = new QuestionForm();

  public void load() {
    Optional<TemplateVersion> found = Pages.id(versionParam).flatMap(templates::version);
    if (found.isEmpty()) {
      Pages.notFound();
      return;
    }
    version = found.get();
    sections = new java.util.ArrayList<>(version.getSections());
  }

  public AnswerForm previewForm(TemplateQuestion q) {
    return previewForms.computeIfAbsent(q.getKey(),
        k -> new AnswerForm(q, io.banyan.domain.plan.AnswerCodec.decode(q.getKind(), null), 0, 0));
  }

  public java.util.List<String> getPlatforms() {
    if (platforms == null) {
      platforms = platformList.names();
    }
    return platforms;
  }

  private void reload() {
    version = templates.version(version.getId()).orElseThrow();
    sections = new java.util.ArrayList<>(version.getSections());
  }

  public java.util.List<TemplateSection> getSections() {
    return sections;
  }

  public void newSection() {
    sectionId = null;
    sectionTitle = null;
    sectionGuidance = null;
  }

  public void editSection(TemplateSection section) {
    sectionId = section.getId();
    sectionVersion = section.getVersion();
    sectionTitle = section.getTitle();
    sectionGuidance = section.getGuidance();
  }

  public void saveSection() {
    try {
      if (sectionId == null) {
        templates.addSection(version.getId(), sectionTitle, sectionGuidance);
      } else {
        templates.describeSection(sectionId, sectionVersion, sectionTitle, sectionGuidance);
      }
      Messages.addGlobalInfo("template.section.saved", sectionTitle);
      newSection();
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void removeSection(TemplateSection section) {
    try {
      templates.removeSection(section.getId());
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** A section dragged to another row. */
  public void onRowReorder(ReorderEvent event) {
    try {
      // By now the table has already rotated our list: the dragged section sits at its new index.
      TemplateSection moved = sections.get(event.getToIndex());
      templates.moveSection(moved.getId(), event.getToIndex());
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
      reload();
    }
  }

  public void newQuestion(TemplateSection section) {
    questionSectionId = section.getId();
    question = new QuestionForm();
  }

  public void editQuestion(TemplateQuestion existing) {
    questionSectionId = null;
    question = QuestionForm.of(existing);
  }

  public void saveQuestion() {
    try {
      if (question.isEditing()) {
        templates.rephrase(question.questionId(), question.questionVersion(), question.getLabel(), question.getHelp(),
            question.isRequired(), question.settings());
      } else {
        templates.ask(questionSectionId, question.getKind(), question.getLabel(), question.getHelp(), question.isRequired(),
            question.settings());
      }
      Messages.addGlobalInfo("template.question.saved");
      question = new QuestionForm();
      questionSectionId = null;
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void removeQuestion(TemplateQuestion existing) {
    try {
      templates.removeQuestion(existing.getId());
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void publish() {
    try {
      templates.publish(version.getId());
      Messages.addGlobalInfo("template.published", version.getNumber());
      reload();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public boolean isQuestionOpen() {
    return questionSectionId != null || question.isEditing();
  }

  public TemplateVersion getVersion() {
    return version;
  }

  public String getVersionParam() {
    return versionParam;
  }

  public void setVersionParam(String versionParam) {
    this.versionParam = versionParam;
  }

  public Long getSectionId() {
    return sectionId;
  }

  public String getSectionTitle() {
    return sectionTitle;
  }

  public void setSectionTitle(String sectionTitle) {
    this.sectionTitle = sectionTitle;
  }

  public String getSectionGuidance() {
    return sectionGuidance;
  }

  public void setSectionGuidance(String sectionGuidance) {
    this.sectionGuidance = sectionGuidance;
  }

  public QuestionForm getQuestion() {
    return question;
  }
}
