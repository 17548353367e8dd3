package io.banyan.application.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanRevision;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The plan PDF without a server: text in any script (accents, Arabic, emoji) comes back out of it,
 * and its labels and dates are in the reader's language and zone.
 */
class PlanPdfTest {

  private static final Instant NOW = Instant.parse("2026-12-01T17:47:00Z");
  private static final Locale SPANISH = Locale.forLanguageTag("es");
  private static final String MIXED = "Café 🎉 مرحبا بالعالم";

  private final Account consultant = Account.staff(EmailAddress.of("c@x.example"), "Cora", Roles.of(Role.CONSULTANT), NOW);

  /** A plan of two questions, the first answered, with one revision marked. */
  private Plan plan(String answer) {
    TemplateVersion v1 = new PlanTemplate("Strategy", null, NOW).firstDraft();
    TemplateSection why = v1.addSection("Why", null);
    why.ask(QuestionKind.LONG_TEXT, "Why are you doing this?", null, true, QuestionSettings.NONE);
    why.ask(QuestionKind.SHORT_TEXT, "Who decides?", null, false, QuestionSettings.NONE);
    v1.publish(NOW);
    Plan plan = Plan.start(new ClientOrganisation("Bakery", NOW), v1, consultant, "Bakery plan 2030", NOW);
    String key = v1.getSections().get(0).getQuestions().get(0).getKey();
    plan.answer(key).orElseThrow().record(new AnswerValue.Text(answer), "Cora", NOW);
    return plan;
  }

  private byte[] pdf(Plan plan, Locale locale, ZoneId zone) {
    Optional<PlanRevision> last = Optional.of(plan.markRevision("Kick-off", "Cora", NOW));
    return PlanExport.render(plan, last, "Acme Consulting", Color.decode("#1F6FEB"), null, locale, zone, NOW);
  }

  @Test
  void accentsArabicAndEmojiAreWrittenAndReadBack() {
    String text = text(pdf(plan(MIXED), Locale.ENGLISH, ZoneOffset.UTC));
    assertTrue(text.contains("Café"), text);
    // PDFBox gives right-to-left text back in reading order, the joined letters as the plain ones
    assertTrue(text.contains("مرحبا بالعالم"), text);
    // no font here has 🎉: it shows as a box, not as nothing
    assertTrue(text.contains("Café " + PdfText.MISSING + " ") || text.contains("🎉"), text);
    assertTrue(text.contains("Bakery plan 2030"), text);
    assertTrue(text.contains("For Bakery · Strategy, version 1 · consultant Cora"), text);
    assertTrue(text.contains("Printed 1 Dec 2026, 17:47 · last revision 1 of 1 Dec 2026, 17:47 by Cora: Kick-off"), text);
    assertTrue(text.contains("Not answered yet"), text);
    assertTrue(text.contains("Acme Consulting · Bakery plan 2030 · page 1"), text);
  }

  @Test
  void aSpanishReaderGetsSpanishLabelsAndTheirOwnTime() {
    String text = text(pdf(plan("Pan de masa madre"), SPANISH, ZoneId.of("Europe/Madrid")));
    assertTrue(text.contains("Para Bakery · Strategy, versión 1 · consultor/a Cora"), text);
    assertTrue(text.contains("Impreso el 1 dic 2026, 18:47 · última revisión 1 del 1 dic 2026, 18:47 por Cora: Kick-off"), text);
    assertTrue(text.contains("Aún sin responder"), text);
    assertTrue(text.contains("página 1"), text);
    assertFalse(text.contains("Not answered yet"), text);
  }

  @Test
  void aRightToLeftAnswerAndLongAnswersComeBackWhole() {
    String arabic = "الخطة تبدأ في يناير (٢٠٢٧) مع ٣ منشورات أسبوعياً على لينكدإن وإنستغرام";
    String english = "We bake sourdough and rye every night and deliver to the offices nearby before nine. ".repeat(12);
    String text = text(pdf(plan(arabic + "\n" + english), Locale.ENGLISH, ZoneOffset.UTC));
    // PDFBox reads a vowel mark back before its letter rather than after it: compare the letters
    for (String word : withoutMarks(arabic).split(" ")) {
      assertTrue(withoutMarks(text).contains(word), word + " in " + text);
    }
    assertEquals(12, text.split("deliver to the offices nearby before nine", -1).length - 1, text);
  }

  @Test
  void arabicLettersTakeTheirJoinedForms() {
    // meem initial, reh final; hah initial, beh medial, alef final; lam-alef as one ligature
    assertEquals("\uFEE3\uFEAE\uFEA3\uFE92\uFE8E", ArabicShaping.shape("مرحبا", c -> true));
    assertEquals("\uFEFB", ArabicShaping.shape("لا", c -> true));
    assertEquals("مرحبا", Normalizer.normalize(ArabicShaping.shape("مرحبا", c -> true), Normalizer.Form.NFKC));
    assertEquals("مرحبا", ArabicShaping.shape("مرحبا", c -> false), "a form no font has is left as the letter");
    assertEquals("Café", ArabicShaping.shape("Café", c -> true));
  }

  private static String withoutMarks(String text) {
    return text.replaceAll("\\p{Mn}", "");
  }

  /** The PDF's text with every run of white space as one space, as a reader would search it. */
  private static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
