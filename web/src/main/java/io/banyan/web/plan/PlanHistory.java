package io.banyan.web.plan;

import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanService;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** A plan's revisions: marking one with a reason, and any two states side by side. */
@Named
@ViewScoped
public class PlanHistory implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private PlanService plans;
  @Inject private PlanRevisions revisions;

  private String planParam;
  private Plan plan;
  private List<PlanRevision> list;

  @NotBlank(message = "Say why: e.g. \"Q1 results: shifting budget from Facebook to LinkedIn\".")
  @Size(max = PlanRevision.REASON_MAX, message = "A reason has at most 500 characters.")
  private String reason;

  private int before = PlanRevisions.CURRENT;
  private int after = PlanRevisions.CURRENT;
  private PlanRevisions.Comparison comparison;

  public void load() {
    try {
      plan = plans.editor(Pages.id(planParam).orElseThrow(() -> new UnknownEntityException("plan")));
    } catch (UnknownEntityException e) {
      Pages.notFound();
      return;
    }
    list = revisions.list(plan.getId());
    if (!list.isEmpty()) {
      before = list.get(0).getNumber();
    }
  }

  public void mark() {
    try {
      PlanRevision made = revisions.mark(plan.getId(), reason);
      Messages.addGlobalInfo("Revision {0} is marked.", made.getNumber());
      reason = null;
      list = revisions.list(plan.getId());
      before = made.getNumber();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void compare() {
    try {
      comparison = revisions.compare(plan.getId(), before, after);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public Plan getPlan() {
    return plan;
  }

  public List<PlanRevision> getList() {
    return list;
  }

  public PlanRevisions.Comparison getComparison() {
    return comparison;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getBefore() {
    return before;
  }

  public void setBefore(int before) {
    this.before = before;
  }

  public int getAfter() {
    return after;
  }

  public void setAfter(int after) {
    this.after = after;
  }

  public String getPlanParam() {
    return planParam;
  }

  public void setPlanParam(String planParam) {
    this.planParam = planParam;
  }
}
