package io.banyan.application.plan;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.HeaderFooter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.banyan.application.audit.AuditTrail;
import io.banyan.application.plan.PdfFonts.Cut;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanAnswer;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.shared.Texts;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The plan as a branded PDF, and the plan list as CSV, in the reader's language. The PDF embeds
 * its fonts and shows text in any script the fonts cover, right-to-left text in reading order
 * (see {@link PdfText}).
 */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class PlanExport {

  private static final int CSV_MAX_ROWS = 10_000;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PlanAccess access;
  @Inject private PlanService plans;
  @Inject private ConsultancyService consultancies;
  @Inject private io.banyan.application.tenancy.BrandingService branding;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  /** Every section and answer of the plan as it stands, in English with times in UTC. */
  public byte[] pdf(long planId) {
    return pdf(planId, Locale.ENGLISH, ZoneOffset.UTC);
  }

  /**
   * Every section and answer of the plan as it stands, stamped with its last revision: labels in
   * the reader's language, times in their zone.
   */
  public byte[] pdf(long planId, Locale locale, ZoneId zone) {
    Plan plan = access.complete(planId);
    Optional<PlanRevision> last = em.createQuery("select r from PlanRevision r where r.plan = :plan order by r.number desc", PlanRevision.class)
        .setParameter("plan", plan)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
    Consultancy consultancy = consultancies.mine();
    byte[] logo = consultancy.getBranding().hasLogo() ? branding.logo().map(io.banyan.domain.tenancy.Logo::getContent).orElse(null) : null;
    byte[] pdf = render(plan, last, consultancy.shownName(), Color.decode(consultancy.getBranding().getAccentColour().readable().hex()), logo,
        Texts.supported(locale), zone == null ? ZoneOffset.UTC : zone, clock.instant());
    audit.record(caller.actor(), AuditAction.PLAN_EXPORTED, "exported '" + plan.getTitle() + "' as PDF");
    return pdf;
  }

  /** The plan as a PDF; apart from the data it is given it reads nothing, so a unit test can call it. */
  static byte[] render(Plan plan, Optional<PlanRevision> last, String brand, Color accent, byte[] logo, Locale locale, ZoneId zone,
      Instant printedAt) {
    PdfText.Style brandStyle = new PdfText.Style(Cut.BOLD, 11, accent);
    PdfText.Style titleStyle = new PdfText.Style(Cut.BOLD, 20, Color.BLACK);
    PdfText.Style sectionStyle = new PdfText.Style(Cut.BOLD, 14, accent);
    PdfText.Style labelStyle = new PdfText.Style(Cut.BOLD, 10, Color.BLACK);
    PdfText.Style bodyStyle = new PdfText.Style(Cut.REGULAR, 10, Color.BLACK);
    PdfText.Style quietStyle = new PdfText.Style(Cut.ITALIC, 9, Color.GRAY);

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 54, 54, 54, 54);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(plan.getTitle());
      document.addAuthor(brand);
      HeaderFooter footer = new HeaderFooter(
          PdfText.phrase(brand + " · " + plan.getTitle() + " · " + Texts.of(locale, "pdf.page") + " ", quietStyle), true);
      footer.setAlignment(Element.ALIGN_CENTER);
      footer.setBorder(0);
      document.setFooter(footer);
      document.open();
      Page page = new Page(document, locale);

      addLogo(document, logo);
      page.add(brand, brandStyle, 0, 0);
      page.add(plan.getTitle(), titleStyle, 0, 0);
      page.add(Texts.of(locale, "pdf.for", plan.getClient().getName(), plan.getTemplateVersion().getTemplate().getName(),
          String.valueOf(plan.getTemplateVersion().getNumber()), plan.getConsultant().getDisplayName()), bodyStyle, 0, 0);
      page.add(stamp(last, locale, zone, printedAt), quietStyle, 0, 0);

      Map<String, PlanAnswer> answers = plan.currentAnswers();
      for (TemplateSection section : plan.getTemplateVersion().getSections()) {
        page.add(section.getTitle(), sectionStyle, 16, 4);
        for (TemplateQuestion question : section.getQuestions()) {
          PlanAnswer answer = answers.get(question.getKey());
          addAnswer(page, question.getLabel(), answer == null ? "" : answer.value().display(), labelStyle, bodyStyle, quietStyle);
        }
      }
      List<PlanAnswer> retired = plan.answersNoLongerAsked();
      if (!retired.isEmpty()) {
        page.add(Texts.of(locale, "pdf.noLongerAsked"), sectionStyle, 16, 0);
        for (PlanAnswer answer : retired) {
          addAnswer(page, answer.getQuestion().getLabel(), answer.value().display(), labelStyle, bodyStyle, quietStyle);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("The PDF could not be written", e);
    }
    return out.toByteArray();
  }

  /** The document's text column: each text is set as lines that fit it, with space before and after. */
  private record Page(Document document, Locale locale) {

    void add(String text, PdfText.Style style, float spacingBefore, float spacingAfter) {
      // a point to spare, so that OpenPDF never breaks a line again on rounding
      float width = document.right() - document.left() - 1;
      List<Paragraph> lines = PdfText.lines(text, style, width, locale);
      lines.get(0).setSpacingBefore(spacingBefore);
      lines.get(lines.size() - 1).setSpacingAfter(spacingAfter);
      for (Paragraph line : lines) {
        document.add(line);
      }
    }
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

  private static void addAnswer(Page page, String label, String text, PdfText.Style labelStyle, PdfText.Style bodyStyle,
      PdfText.Style quietStyle) {
    page.add(label, labelStyle, 6, 0);
    if (text.isBlank()) {
      page.add(Texts.of(page.locale(), "pdf.notAnswered"), quietStyle, 0, 0);
    } else {
      page.add(text, bodyStyle, 0, 0);
    }
  }

  /** "Printed 3 Dec 2026, 18:47 · last revision 2 of 1 Dec 2026, 09:15 by ana@…: Q1 results", in the reader's zone. */
  private static String stamp(Optional<PlanRevision> last, Locale locale, ZoneId zone, Instant printedAt) {
    String printed = Texts.of(locale, "pdf.printed", dateTime(printedAt, locale, zone));
    String revision = last.map(r -> Texts.of(locale, "pdf.lastRevision", String.valueOf(r.getNumber()),
            dateTime(r.getMadeAt(), locale, zone), r.getMadeBy(), r.getReason()))
        .orElseGet(() -> Texts.of(locale, "pdf.noRevision"));
    return printed + " · " + revision;
  }

  /** As pages show times: "1 Dec 2026, 18:47", "1 dic 2026, 18:47". */
  private static String dateTime(Instant at, Locale locale, ZoneId zone) {
    return DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Texts.supported(locale)).format(at.atZone(zone)).replace(".", "");
  }

  /** The plan list, filtered as on the page, as CSV for a spreadsheet, with an English header. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public String csv(PlanQuery query) {
    return csv(query, Locale.ENGLISH);
  }

  /** The plan list, filtered as on the page, as CSV for a spreadsheet, the header in the reader's language. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public String csv(PlanQuery query, Locale locale) {
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, Texts.of(locale, "csv.plans.plan"), Texts.of(locale, "csv.plans.client"), Texts.of(locale, "csv.plans.template"),
        Texts.of(locale, "csv.plans.version"), Texts.of(locale, "csv.plans.consultant"), Texts.of(locale, "csv.plans.answered"),
        Texts.of(locale, "csv.plans.required"), Texts.of(locale, "csv.plans.progress"), Texts.of(locale, "csv.plans.lastRevision"));
    for (PlanRow row : plans.page(query, 0, CSV_MAX_ROWS)) {
      Csv.line(csv, row.title(), row.clientName(), row.templateName(), String.valueOf(row.templateVersion()), row.consultantName(),
          String.valueOf(row.progress().answered()), String.valueOf(row.progress().required()),
          String.valueOf(row.progress().percent()), String.valueOf(row.lastRevision()));
    }
    return csv.toString();
  }
}
