package io.banyan.web.plan;

import io.banyan.application.plan.PlanRevisions;
import io.banyan.application.plan.PlanService;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.shared.Texts;
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
import org.omnifaces.util.Faces;
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

  @NotBlank(message = "{revisions.reason.required}")
  @Size(max = PlanRevision.REASON_MAX, message = "{revisions.reason.tooLong}")
  private String reason;

  private int before = PlanRevisions.CURRENT;
  private int after = PlanRevisions.CURRENT;
  private PlanRevisions.Comparison comparison;
  /** The two states the comparison shows, for its column headers. */
  private int comparedBefore;
  private int comparedAfter;

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
      Messages.addGlobalInfo("revisions.marked", made.getNumber());
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
      comparedBefore = before;
      comparedAfter = after;
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** "Now" for the plan as it is, otherwise "Revision 3". */
  public String revisionLabel(int number) {
    return number == PlanRevisions.CURRENT ? Texts.of(Faces.getLocale(), "revisions.now")
        : Texts.of(Faces.getLocale(), "revisions.revision", number);
  }

  public String getBeforeLabel() {
    return revisionLabel(comparedBefore);
  }

  public String getAfterLabel() {
    return revisionLabel(comparedAfter);
  }

  public String getPageTitle() {
    return plan == null ? "" : Texts.of(Faces.getLocale(), "revisions.title", plan.getTitle());
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
