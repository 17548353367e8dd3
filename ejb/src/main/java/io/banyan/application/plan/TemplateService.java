package io.banyan.application.plan;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.infrastructure.html.Guidance;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Authoring plan templates: owners and consultants edit drafts, publish them (after which they
 * never change), start new drafts from any version and retire versions.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
public class TemplateService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  /** All templates with their versions, in one query. */
  public List<PlanTemplate> templates() {
    return em.createQuery("select distinct t from PlanTemplate t left join fetch t.versions order by t.name", PlanTemplate.class)
        .getResultList();
  }

  /** A version with its sections and their questions loaded (two batched queries, whatever their number). */
  public Optional<TemplateVersion> version(long versionId) {
    Optional<TemplateVersion> version = Optional.ofNullable(em.find(TemplateVersion.class, versionId));
    version.ifPresent(v -> v.getSections().forEach(TemplateSection::getQuestions));
    return version;
  }

  public TemplateVersion create(String name, String description) {
    boolean taken = !em.createQuery("select t.id from PlanTemplate t where lower(t.name) = lower(:name)", Long.class)
        .setParameter("name", name == null ? "" : name.trim())
        .getResultList()
        .isEmpty();
    if (taken) {
      throw new BanyanException("error.template.nameTaken", name.trim());
    }
    PlanTemplate template = new PlanTemplate(name, description, Instant.now());
    TemplateVersion draft = template.firstDraft();
    em.persist(template);
    em.persist(draft);
    audit.record(caller.actor(), AuditAction.TEMPLATE_CHANGED, "created template " + template.getName());
    return draft;
  }

  public TemplateSection addSection(long versionId, String title, String guidance) {
    TemplateSection section = version(versionId).orElseThrow(() -> new UnknownEntityException("templateVersion"))
        .addSection(title, Guidance.clean(guidance));
    em.persist(section);
    return section;
  }

  public TemplateSection describeSection(long sectionId, long expectedVersion, String title, String guidance) {
    TemplateSection section = section(sectionId);
    ConcurrentChangeException.check(section, expectedVersion, "section");
    section.describe(title, Guidance.clean(guidance));
    return section;
  }

  public void moveSection(long sectionId, int toIndex) {
    TemplateSection section = section(sectionId);
    versionOf(section).moveSection(section, toIndex);
  }

  public void removeSection(long sectionId) {
    TemplateSection section = section(sectionId);
    versionOf(section).removeSection(section);
  }

  public TemplateQuestion ask(long sectionId, QuestionKind kind, String label, String help, boolean required, QuestionSettings settings) {
    TemplateQuestion question = section(sectionId).ask(kind, label, help, required, settings);
    em.persist(question);
    return question;
  }

  public TemplateQuestion rephrase(long questionId, long expectedVersion, String label, String help, boolean required, QuestionSettings settings) {
    TemplateQuestion question = question(questionId);
    ConcurrentChangeException.check(question, expectedVersion, "question");
    question.rephrase(label, help, required, settings);
    return question;
  }

  public void removeQuestion(long questionId) {
    TemplateQuestion question = question(questionId);
    question.getSection().removeQuestion(question);
  }

  public TemplateVersion publish(long versionId) {
    TemplateVersion version = version(versionId).orElseThrow(() -> new UnknownEntityException("templateVersion"));
    version.publish(Instant.now());
    audit.record(caller.actor(), AuditAction.TEMPLATE_CHANGED,
        "published " + version.getTemplate().getName() + " version " + version.getNumber());
    return version;
  }

  public TemplateVersion newDraftFrom(long versionId) {
    TemplateVersion source = version(versionId).orElseThrow(() -> new UnknownEntityException("templateVersion"));
    TemplateVersion draft = source.getTemplate().draftFrom(source);
    em.persist(draft);
    return draft;
  }

  public TemplateVersion retire(long versionId) {
    TemplateVersion version = version(versionId).orElseThrow(() -> new UnknownEntityException("templateVersion"));
    version.retire();
    audit.record(caller.actor(), AuditAction.TEMPLATE_CHANGED,
        "retired " + version.getTemplate().getName() + " version " + version.getNumber());
    return version;
  }

  private TemplateSection section(long id) {
    return Optional.ofNullable(em.find(TemplateSection.class, id)).orElseThrow(() -> new UnknownEntityException("section"));
  }

  private TemplateQuestion question(long id) {
    return Optional.ofNullable(em.find(TemplateQuestion.class, id)).orElseThrow(() -> new UnknownEntityException("question"));
  }

  private static TemplateVersion versionOf(TemplateSection section) {
    return section.getTemplateVersion();
  }
}
