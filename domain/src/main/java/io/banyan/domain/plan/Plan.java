package io.banyan.domain.plan;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.Phrase;
import io.banyan.domain.shared.TenantOwned;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * One client's written social-media strategy, made from a published template version. It keeps
 * living: answers change as results come in, revisions mark its states, and it can move to a newer
 * version of its template without losing an answer.
 */
@Entity
@Table(
    name = "client_plan",
    indexes = {
      @Index(name = "ix_plan_client", columnList = "client_id"),
      @Index(name = "ix_plan_template_version", columnList = "template_version_id"),
      @Index(name = "ix_plan_consultant", columnList = "consultant_id"),
      @Index(name = "ix_plan_tenant", columnList = "tenant_id")
    })
public class Plan extends TenantOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "client_id", nullable = false)
  private ClientOrganisation client;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "template_version_id", nullable = false)
  private TemplateVersion templateVersion;

  /** The consultant who keeps this plan alive with the client. */
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "consultant_id", nullable = false)
  private Account consultant;

  @NotBlank(message = "{domain.plan.title.required}")
  @Size(max = 160, message = "{domain.plan.title.tooLong}")
  @Column(nullable = false, length = 160)
  private String title;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_revision", nullable = false)
  private int lastRevision;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
  @BatchFetch(BatchFetchType.IN)
  private List<PlanAnswer> answers = new ArrayList<>();

  protected Plan() {}

  private Plan(ClientOrganisation client, TemplateVersion version, Account consultant, String title, Instant now) {
    this.client = client;
    this.templateVersion = version;
    this.consultant = consultant;
    this.title = title == null ? null : title.trim();
    this.createdAt = now;
  }

  /** A new plan with an empty answer for every question of the version. */
  public static Plan start(ClientOrganisation client, TemplateVersion version, Account consultant, String title, Instant now) {
    if (!version.acceptsNewPlans()) {
      throw new BanyanException("error.plan.versionNotPublished", version.getNumber(), Phrase.lowerCaseLabel(version.getStatus()));
    }
    if (client.isArchived()) {
      throw new BanyanException("error.plan.clientArchived", client.getName());
    }
    Plan plan = new Plan(client, version, consultant, title, now);
    version.getSections().forEach(s -> s.getQuestions().forEach(q -> plan.answers.add(new PlanAnswer(plan, q))));
    return plan;
  }

  /**
   * Whether this person may open the plan: the client's own members, the plan's consultant and the
   * client's lead consultant, and the consultancy's owners. Nobody else.
   */
  public boolean isOpenTo(Account person) {
    if (person.isClientMember()) {
      return client.isSameAs(person.getOrganisation());
    }
    if (person.getRoles().has(Role.OWNER)) {
      return true;
    }
    Account lead = client.getLeadConsultant();
    return person.getRoles().has(Role.CONSULTANT)
        && (person.isSameAs(consultant) || person.isSameAs(lead));
  }

  /** The answer to a question the plan asks now. */
  public Optional<PlanAnswer> answer(String questionKey) {
    return answers.stream().filter(a -> a.isAsked() && a.getQuestionKey().equals(questionKey)).findFirst();
  }

  /** Answers by question key, of the questions the plan asks now. */
  public Map<String, PlanAnswer> currentAnswers() {
    Map<String, PlanAnswer> byKey = new LinkedHashMap<>();
    answers.stream().filter(PlanAnswer::isAsked).forEach(a -> byKey.put(a.getQuestionKey(), a));
    return byKey;
  }

  /** Answers kept from questions the plan's template no longer asks. */
  public List<PlanAnswer> answersNoLongerAsked() {
    return answers.stream().filter(a -> !a.isAsked() && a.isFilled())
        .sorted(Comparator.comparing(PlanAnswer::getUpdatedAt, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  public Progress progress() {
    return Progress.of(templateVersion, currentAnswers());
  }

  /** The plan's state as it stands, in the order the template asks. */
  public RevisionSnapshot snapshot() {
    Map<String, PlanAnswer> current = currentAnswers();
    List<RevisionSnapshot.Entry> entries = new ArrayList<>();
    for (TemplateSection section : templateVersion.getSections()) {
      for (TemplateQuestion question : section.getQuestions()) {
        PlanAnswer answer = current.get(question.getKey());
        AnswerValue value = answer == null ? AnswerCodec.decode(question.getKind(), null) : answer.value();
        entries.add(new RevisionSnapshot.Entry(question.getKey(), section.getTitle(), question.getLabel(), question.getKind(),
            value.display(), AnswerCodec.encode(value)));
      }
    }
    return new RevisionSnapshot(entries);
  }

  /** Marks the current state as a revision, with why. */
  public PlanRevision markRevision(String reason, String madeBy, Instant now) {
    lastRevision++;
    return new PlanRevision(this, lastRevision, reason, madeBy, now, templateVersion.getNumber(), snapshot());
  }

  /**
   * Moves the plan to a newer published version of its template. Answers of questions still asked
   * (same key and kind) carry over; the others stay, marked as no longer asked. Returns the empty
   * answers made for questions the new version adds, for the caller to persist.
   */
  public List<PlanAnswer> moveTo(TemplateVersion newer) {
    if (!newer.getTemplate().isSameAs(templateVersion.getTemplate())) {
      throw new BanyanException("error.plan.otherTemplate");
    }
    if (newer.getNumber() <= templateVersion.getNumber() || !newer.acceptsNewPlans()) {
      throw new BanyanException("error.plan.notNewer", newer.getNumber());
    }
    Map<String, PlanAnswer> current = currentAnswers();
    List<PlanAnswer> added = new ArrayList<>();
    for (PlanAnswer answer : current.values()) {
      Optional<TemplateQuestion> same = newer.question(answer.getQuestionKey()).filter(q -> q.getKind() == answer.getQuestion().getKind());
      if (same.isPresent()) {
        answer.askedBy(same.get());
      } else {
        answer.noLongerAsked();
      }
    }
    for (TemplateSection section : newer.getSections()) {
      for (TemplateQuestion question : section.getQuestions()) {
        PlanAnswer existing = current.get(question.getKey());
        if (existing == null || !existing.isAsked()) {
          PlanAnswer fresh = new PlanAnswer(this, question);
          answers.add(fresh);
          added.add(fresh);
        }
      }
    }
    templateVersion = newer;
    return added;
  }

  /** What is measured over time: metric definitions and the metrics of S.M.A.R.T. goals. */
  public List<PlanMetric> metrics() {
    Map<String, PlanAnswer> current = currentAnswers();
    List<PlanMetric> metrics = new ArrayList<>();
    for (TemplateSection section : templateVersion.getSections()) {
      for (TemplateQuestion question : section.getQuestions()) {
        PlanAnswer answer = current.get(question.getKey());
        if (answer != null && question.getKind().definesMetric()) {
          PlanMetric.of(question.getKey(), answer.value()).ifPresent(metrics::add);
        }
      }
    }
    return metrics;
  }

  public void retitle(String newTitle) {
    this.title = newTitle == null ? null : newTitle.trim();
  }

  public ClientOrganisation getClient() {
    return client;
  }

  public TemplateVersion getTemplateVersion() {
    return templateVersion;
  }

  public Account getConsultant() {
    return consultant;
  }

  public String getTitle() {
    return title;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getLastRevision() {
    return lastRevision;
  }

  public List<PlanAnswer> getAnswers() {
    return List.copyOf(answers);
  }
}
