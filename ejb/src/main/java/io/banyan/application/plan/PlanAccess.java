package io.banyan.application.plan;

import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.infrastructure.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * Finds a plan the caller may open. Another organisation's plan, a plan of a client the caller
 * does not work with and another tenant's plan all look the same: there is no such plan.
 */
@Stateless
public class PlanAccess {

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Caller caller;

  public Plan plan(long planId) {
    return find(planId).orElseThrow(() -> new UnknownEntityException("plan"));
  }

  /**
   * A plan with its version's sections and questions, its answers, client and consultant loaded:
   * a fixed number of queries (batched by EclipseLink), whatever the plan's size.
   */
  public Plan complete(long planId) {
    Plan plan = plan(planId);
    plan.getTemplateVersion().getTemplate().getName();
    plan.getTemplateVersion().getSections().forEach(TemplateSection::getQuestions);
    plan.getAnswers().forEach(a -> a.getQuestion().getKind());
    plan.getClient().getName();
    plan.getConsultant().getDisplayName();
    return plan;
  }

  public Optional<Plan> find(long planId) {
    Account me = me();
    return Optional.ofNullable(em.find(Plan.class, planId)).filter(p -> p.isOpenTo(me));
  }

  public Account me() {
    return Optional.ofNullable(em.find(Account.class, caller.accountId())).orElseThrow(() -> new SecurityException("Unknown account"));
  }
}
