package io.banyan.application.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfWriter;
import io.banyan.application.audit.AuditTrail;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The plan as a branded PDF, and the plan list as CSV. */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class PlanExport {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final int CSV_MAX_ROWS = 10_000;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private PlanService plans;
  @Inject private ConsultancyService consultancies;
  @Inject private io.banyan.application.tenancy.BrandingService branding;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  /** Every section and answer of the plan as it stands, stamped with its last revision. */
  public byte[] pdf(long planId) {
    Plan plan = access.complete(planId);
    Optional<PlanRevision> last = em.createQuery("select r from PlanRevision r where r.plan = :plan order by r.number desc", PlanRevision.class)
        .setParameter("plan", plan)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
    Consultancy consultancy = consultancies.mine();
    byte[] logo = consultancy.getBranding().hasLogo() ? branding.logo().map(io.banyan.domain.tenancy.Logo::getContent).orElse(null) : null;
    byte[] pdf = render(plan, last, consultancy.shownName(), Color.decode(consultancy.getBranding().getAccentColour().hex()), logo);
    audit.record(caller.actor(), AuditAction.PLAN_EXPORTED, "exported '" + plan.getTitle() + "' as PDF");
    return pdf;
  }

  private static byte[] render(Plan plan, Optional<PlanRevision> last, String brand, Color accent, byte[] logo) {
    Font brandFont = new Font(Font.HELVETICA, 11, Font.BOLD, accent);
    Font titleFont = new Font(Font.HELVETICA, 20, Font.BOLD);
    Font sectionFont = new Font(Font.HELVETICA, 14, Font.BOLD, accent);
    Font labelFont = new Font(Font.HELVETICA, 10, Font.BOLD);
    Font bodyFont = new Font(Font.HELVETICA, 10);
    Font quietFont = new Font(Font.HELVETICA, 9, Font.ITALIC, Color.GRAY);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 54, 54, 54, 54);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(plan.getTitle());
      document.addAuthor(brand);
      HeaderFooter footer = new HeaderFooter(new Phrase(brand + " · " + plan.getTitle() + " · page ", quietFont), true);
      footer.setAlignment(Element.ALIGN_CENTER);
      footer.setBorder(0);
      document.setFooter(footer);
      document.open();

      addLogo(document, logo);
      document.add(new Paragraph(brand, brandFont));
      document.add(new Paragraph(plan.getTitle(), titleFont));
      document.add(new Paragraph("For " + plan.getClient().getName() + " · " + plan.getTemplateVersion().getTemplate().getName()
          + ", version " + plan.getTemplateVersion().getNumber() + " · consultant " + plan.getConsultant().getDisplayName(), bodyFont));
      document.add(new Paragraph(stamp(last), quietFont));

      Map<String, PlanAnswer> answers = plan.currentAnswers();
      for (TemplateSection section : plan.getTemplateVersion().getSections()) {
        Paragraph heading = new Paragraph(section.getTitle(), sectionFont);
        heading.setSpacingBefore(16);
        heading.setSpacingAfter(4);
        document.add(heading);
        for (TemplateQuestion question : section.getQuestions()) {
          PlanAnswer answer = answers.get(question.getKey());
          addAnswer(document, question.getLabel(), answer == null ? "" : answer.value().display(), labelFont, bodyFont, quietFont);
        }
      }
      List<PlanAnswer> retired = plan.answersNoLongerAsked();
      if (!retired.isEmpty()) {
        Paragraph heading = new Paragraph("No longer asked", sectionFont);
        heading.setSpacingBefore(16);
        document.add(heading);
        for (PlanAnswer answer : retired) {
          addAnswer(document, answer.getQuestion().getLabel(), answer.value().display(), labelFont, bodyFont, quietFont);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The PDF could not be written", e);
    }
    return out.toByteArray();
  }

  /** The consultancy's logo (PNG or JPEG, checked at upload) above its name. */
  private static void addLogo(Document document, byte[] logo) {
    if (logo == null) {
      return;
    }
    try {
      com.lowagie.text.Image image = com.lowagie.text.Image.getInstance(logo);
      image.scaleToFit(160, 48);
      document.add(image);
    } catch (java.io.IOException | RuntimeException e) {
      // a logo the PDF library cannot read: the name in the accent colour still brands the page
    }
  }

  private static void addAnswer(Document document, String label, String text, Font labelFont, Font bodyFont, Font quietFont) {
    Paragraph question = new Paragraph(label, labelFont);
    question.setSpacingBefore(6);
    document.add(question);
    document.add(text.isBlank() ? new Paragraph("Not answered yet", quietFont) : new Paragraph(new Chunk(text, bodyFont)));
  }

  private static String stamp(Optional<PlanRevision> last) {
    String printed = "Printed " + STAMP.format(Instant.now());
    return last.map(r -> printed + " · last revision " + r.getNumber() + " of " + STAMP.format(r.getMadeAt()) + " by " + r.getMadeBy()
            + ": " + r.getReason())
        .orElse(printed + " · no revision marked yet");
  }

  /** The plan list, filtered as on the page, as CSV for a spreadsheet. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public String csv(PlanQuery query) {
    StringBuilder csv = new StringBuilder("Plan,Client,Template,Version,Consultant,Answered,Required,Progress %,Last revision\r\n");
    for (PlanRow row : plans.page(query, 0, CSV_MAX_ROWS)) {
      Csv.line(csv, row.title(), row.clientName(), row.templateName(), String.valueOf(row.templateVersion()), row.consultantName(),
          String.valueOf(row.progress().answered()), String.valueOf(row.progress().required()),
          String.valueOf(row.progress().percent()), String.valueOf(row.lastRevision()));
    }
    return csv.toString();
  }
}
