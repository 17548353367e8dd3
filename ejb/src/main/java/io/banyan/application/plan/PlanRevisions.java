package io.banyan.application.plan;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.plan.MaturityStage;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.RevisionComparison;
import io.banyan.domain.plan.RevisionSnapshot;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The plan as a living document: consultants mark revisions with a reason, anyone on the plan
 * compares any two states, and consultants move the plan to a newer template version.
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class PlanRevisions {

  /** Stands for "the plan as it is now" where a revision number is expected. */
  public static final int CURRENT = 0;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public PlanRevision mark(long planId, String reason) {
    Plan plan = access.complete(planId);
    PlanRevision revision = plan.markRevision(reason, caller.actor(), Instant.now());
    em.persist(revision);
    audit.record(caller.actor(), AuditAction.PLAN_REVISED,
        "revision " + revision.getNumber() + " of '" + plan.getTitle() + "': " + revision.getReason());
    return revision;
  }

  /** Revisions newest first. */
  public List<PlanRevision> list(long planId) {
    Plan plan = access.plan(planId);
    return em.createQuery("select r from PlanRevision r where r.plan = :plan order by r.number desc", PlanRevision.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /** Two states side by side; {@link #CURRENT} stands for the plan as it is now. */
  public Comparison compare(long planId, int before, int after) {
    Plan plan = access.complete(planId);
    return new Comparison(label(before), label(after), RevisionComparison.between(state(plan, before), state(plan, after)));
  }

  /** Where the client placed the business at each revision, oldest first. */
  public List<MaturityPoint> maturityHistory(long planId) {
    Plan plan = access.plan(planId);
    return em.createQuery("select new io.banyan.application.plan.PlanRevisions.MaturityPoint(r.number, r.madeAt, r.maturity)"
            + " from PlanRevision r where r.plan = :plan and r.maturity is not null order by r.number", MaturityPoint.class)
        .setParameter("plan", plan)
        .getResultList();
  }

  /** The newest published version of the plan's template, when it is newer than the plan's. */
  public Optional<TemplateVersion> newerVersion(long planId) {
    Plan plan = access.plan(planId);
    return plan.getTemplateVersion().getTemplate().latestPublished()
        .filter(v -> v.getNumber() > plan.getTemplateVersion().getNumber());
  }

  /**
   * Moves the plan to a newer version. The state before the move is kept as a revision first, so
   * the answers of questions no longer asked stay readable there.
   */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public Plan upgrade(long planId, long versionId) {
    Plan plan = access.complete(planId);
    TemplateVersion newer = Optional.ofNullable(em.find(TemplateVersion.class, versionId))
        .orElseThrow(() -> new UnknownEntityException("templateVersion"));
    newer.getSections().forEach(TemplateSection::getQuestions);
    int from = plan.getTemplateVersion().getNumber();
    em.persist(plan.markRevision("Before moving from template version " + from + " to " + newer.getNumber(), caller.actor(), Instant.now()));
    List<PlanAnswer> added = plan.moveTo(newer);
    added.forEach(em::persist);
    audit.record(caller.actor(), AuditAction.PLAN_UPGRADED,
        "moved '" + plan.getTitle() + "' from " + newer.getTemplate().getName() + " v" + from + " to v" + newer.getNumber());
    return plan;
  }


  private RevisionSnapshot state(Plan plan, int number) {
    if (number == CURRENT) {
      return plan.snapshot();
    }
    return em.createQuery("select r from PlanRevision r where r.plan = :plan and r.number = :number", PlanRevision.class)
        .setParameter("plan", plan)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownEntityException("revision"))
        .snapshot();
  }

  private static String label(int number) {
    return number == CURRENT ? "Now" : "Revision " + number;
  }

  public record Comparison(String beforeLabel, String afterLabel, List<RevisionComparison.Row> rows) implements Serializable {

    public long changes() {
      return RevisionComparison.changes(rows);
    }
  }

  public record MaturityPoint(int revision, Instant madeAt, MaturityStage stage) implements Serializable {}
}
