package io.banyan.web.plan;

import io.banyan.application.plan.PlanExport;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.web.shared.Pages;
import io.banyan.web.shared.Reader;
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
  // plan-pdf.xhtml renders no page (no f:view setting the view's locale), so the reader's language is asked directly
  @Inject private Reader reader;

  private String planParam;

  public void send() throws IOException {
    byte[] pdf;
    try {
      pdf = export.pdf(Pages.id(planParam).orElseThrow(() -> new UnknownEntityException("plan")), reader.getLocale(), reader.getZone());
    } catch (UnknownEntityException e) {
      Pages.notFound();
      return;
    }
    Faces.sendFile(pdf, Texts.of(reader.getLocale(), "pdf.fileName", planParam), true);
  }

  public String getPlanParam() {
    return planParam;
  }

  public void setPlanParam(String planParam) {
    this.planParam = planParam;
  }
}
