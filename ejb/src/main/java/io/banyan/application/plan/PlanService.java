package io.banyan.application.plan;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.AnswerRules;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.InvalidAnswerException;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.Progress;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Client plans: consultants start them from a published template version; the client's members
 * and its consultants open them and answer, one question at a time.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class PlanService {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private io.banyan.application.homework.HomeworkService homework;
  @Inject private PlatformList platforms;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  /** Published versions a new plan may start from, newest template version first. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<TemplateVersion> startableVersions() {
    return em.createQuery("select v from TemplateVersion v join fetch v.template t"
            + " where v.status = io.banyan.domain.plan.VersionStatus.PUBLISHED order by t.name, v.number desc", TemplateVersion.class)
        .getResultList();
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public Plan create(long clientId, long versionId, String title) {
    ClientOrganisation client = Optional.ofNullable(em.find(ClientOrganisation.class, clientId))
        .orElseThrow(() -> new UnknownEntityException("client"));
    TemplateVersion version = Optional.ofNullable(em.find(TemplateVersion.class, versionId))
        .orElseThrow(() -> new UnknownEntityException("templateVersion"));
    String name = title == null || title.isBlank() ? version.getTemplate().getName() + " for " + client.getName() : title;
    Plan plan = Plan.start(client, version, access.me(), name, Instant.now());
    em.persist(plan);
    audit.record(caller.actor(), AuditAction.PLAN_CREATED,
        "started plan '" + plan.getTitle() + "' for " + client.getName() + " from " + version.getTemplate().getName() + " v" + version.getNumber());
    return plan;
  }

  /**
   * A plan with everything the editor shows: its version's sections and questions and all answers,
   * in a fixed number of queries whatever the plan's size.
   */
  public Plan editor(long planId) {
    return access.complete(planId);
  }

  /**
   * Saves one answer, if the question's rules accept it and nobody saved it since the editor read
   * {@code expectedVersion}.
   */
  public PlanAnswer saveAnswer(long planId, String questionKey, AnswerValue value, long expectedVersion) {
    Plan plan = access.plan(planId);
    TemplateQuestion question = plan.getTemplateVersion().question(questionKey)
        .orElseThrow(() -> new BanyanException("error.answer.questionGone"));
    List<io.banyan.domain.plan.AnswerProblem> problems = AnswerRules.check(question.getKind(), question.getSettings(), value,
        new AnswerRules.Context(LocalDate.now(ZoneOffset.UTC), new HashSet<>(platforms.names())));
    if (!problems.isEmpty()) {
      throw new InvalidAnswerException(problems);
    }
    PlanAnswer answer = plan.answer(questionKey).orElseThrow(() -> new UnknownEntityException("answer"));
    // two saves of one answer at the same moment take turns on its row, so the second one sees the
    // first one's version and gets the keep-mine / take-theirs choice, never a failed commit
    em.refresh(answer, LockModeType.PESSIMISTIC_WRITE);
    ConcurrentChangeException.check(answer, expectedVersion, "answer");
    homework.answerChanged(plan, question, access.me());
    answer.record(value, caller.actor(), Instant.now());
    try {
      em.flush();
    } catch (OptimisticLockException stale) {
      throw new ConcurrentChangeException("answer");
    }
    return answer;
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public long count(PlanQuery query) {
    return bind(em.createQuery("select count(p) from Plan p join p.client c join p.templateVersion v join v.template t"
        + " left join c.leadConsultant l" + where(query), Long.class), query).getSingleResult();
  }

  /** One page of the plans the caller works on, with progress, in three queries. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<PlanRow> page(PlanQuery query, int first, int size) {
    List<PlanRow> rows = bind(em.createQuery("select new io.banyan.application.plan.PlanRow(p.id, p.title, c.name, t.name, v.number,"
        + " a.displayName, p.lastRevision) from Plan p join p.client c join p.templateVersion v join v.template t"
        + " join p.consultant a left join c.leadConsultant l" + where(query) + " order by c.name, p.title, p.id", PlanRow.class), query)
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
    if (rows.isEmpty()) {
      return rows;
    }
    List<Long> ids = rows.stream().map(PlanRow::id).toList();
    Map<Long, Long> required = counts(em.createQuery("select p.id, count(q) from Plan p join p.templateVersion v join v.sections s"
        + " join s.questions q where p.id in :ids and q.required = true group by p.id", Object[].class).setParameter("ids", ids).getResultList());
    Map<Long, Long> answered = counts(em.createQuery("select a.plan.id, count(a) from PlanAnswer a join a.question q"
        + " where a.plan.id in :ids and a.asked = true and a.filled = true and q.required = true group by a.plan.id", Object[].class)
        .setParameter("ids", ids).getResultList());
    return rows.stream()
        .map(r -> r.withProgress(new Progress(answered.getOrDefault(r.id(), 0L).intValue(), required.getOrDefault(r.id(), 0L).intValue())))
        .toList();
  }

  /** The plans of the signed-in client member's organisation. */
  @RolesAllowed(Groups.CLIENT)
  public List<Plan> myPlans() {
    Account me = access.me();
    return em.createQuery("select p from Plan p join fetch p.templateVersion v join fetch v.template where p.client = :client order by p.createdAt", Plan.class)
        .setParameter("client", me.getOrganisation())
        .getResultList();
  }

  private static Map<Long, Long> counts(List<Object[]> rows) {
    Map<Long, Long> counts = new HashMap<>();
    rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
    return counts;
  }

  private String where(PlanQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (!caller.holds(Role.OWNER)) {
      where.append(" and (p.consultant.id = :me or l.id = :me)");
    }
    if (query.clientId() != null) {
      where.append(" and c.id = :clientId");
    }
    if (query.templateId() != null) {
      where.append(" and t.id = :templateId");
    }
    if (query.consultantId() != null) {
      where.append(" and p.consultant.id = :consultantId");
    }
    if (query.search() != null) {
      where.append(" and (lower(p.title) like :search or lower(c.name) like :search)");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bind(TypedQuery<T> q, PlanQuery query) {
    if (!caller.holds(Role.OWNER)) {
      q.setParameter("me", caller.accountId());
    }
    if (query.clientId() != null) {
      q.setParameter("clientId", query.clientId());
    }
    if (query.templateId() != null) {
      q.setParameter("templateId", query.templateId());
    }
    if (query.consultantId() != null) {
      q.setParameter("consultantId", query.consultantId());
    }
    if (query.search() != null) {
      q.setParameter("search", "%" + query.search().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_") + "%");
    }
    return q;
  }
}
