package io.banyan.web.plan;

import io.banyan.application.plan.PlanExport;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Faces;

/** Sends a plan as a PDF file; the page behind it renders nothing. */
@Named
@RequestScoped
public class PlanPdf {

  @Inject private PlanExport export;

  private String planParam;

  public void send() throws IOException {
    byte[] pdf;
    try {
      pdf = export.pdf(Pages.id(planParam).orElseThrow(() -> new UnknownEntityException("plan")));
    } catch (UnknownEntityException e) {
      Pages.notFound();
      return;
    }
    Faces.sendFile(pdf, "plan-" + planParam + ".pdf", true);
  }

  public String getPlanParam() {
    return planParam;
  }

  public void setPlanParam(String planParam) {
    this.planParam = planParam;
  }
}
