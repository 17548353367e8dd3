package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An owner finds the starter template, authors a template of their own with a question of every
 * kind, previews it exactly as a client would see it, and publishes it.
 */
@ExtendWith(TestDomain.class)
class TemplateAuthoringIT {

  /** Every kind but the two asked first, by the label the editor offers. */
  private static final java.util.List<String> OTHER_KINDS = java.util.List.of("Long text", "Number", "Date", "Multiple choice",
      "Yes / no", "Table", "S.M.A.R.T. goal", "Platform choice", "Departments × functions", "Maturity self-assessment",
      "Metric definition");


  @Test
  void anOwnerAuthorsPreviewsAndPublishesATemplate() {
    String slug = Journeys.unique("author");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.click("nav-templates").waitForPath("/t/" + slug + "/templates");
      assertTrue(browser.text().contains("Social Media Strategy Plan"), "every consultancy starts with the starter template");
      browser.type("templates:platforms", "LinkedIn\nInstagram\nlinkedin\nOur blog").click("templates:savePlatforms")
          .waitForText("Clients now choose from: LinkedIn, Instagram, Our blog.");

      browser.type("templates:name", "Workshop plan").type("templates:description", "For the spring cohort").click("templates:create");
      browser.waitForPath("/t/" + slug + "/template");
      browser.type("editor:sectionTitle", "Why you are here").type("editor:sectionGuidance", "<p>Start with <b>passion</b></p><script>alert(1)</script>")
          .click("editor:saveSection").waitForText("Section saved: Why you are here.");
      browser.clickInRow("Why you are here", "Add question");
      browser.type("editor:label", "Why did you start the business?").click("editor:saveQuestion").waitForText("Question saved.");
      browser.clickInRow("Why you are here", "Add question");
      browser.selectByLabel("editor:kind", "Single choice");
      browser.type("editor:label", "Social media is for you…").type("editor:options", "A trial balloon\nA critical element")
          .click("editor:saveQuestion").waitForText("Question saved.");
      assertTrue(browser.text().contains("Why did you start the business?") && browser.text().contains("Single choice"));
      for (String kind : OTHER_KINDS) {
        browser.clickInRow("Why you are here", "Add question");
        browser.selectByLabel("editor:kind", kind);
        browser.type("editor:label", "Asked as " + kind);
        if (kind.equals("Multiple choice")) {
          browser.type("editor:options", "Sales\nService");
        }
        if (kind.equals("Table")) {
          browser.type("editor:columns", "Course\nWho");
        }
        browser.click("editor:saveQuestion").waitForText("Asked as " + kind);
      }

      // sections are put in order by dragging their rows: the new one goes first
      browser.type("editor:sectionTitle", "Your customers").click("editor:saveSection").waitForText("Section saved: Your customers.");
      By customers = By.xpath("//tbody/tr[contains(., 'Your customers')]/td[1]");
      By why = By.xpath("//tbody/tr[contains(., 'Why you are here')]/td[1]");
      browser.drag(customers, 0, browser.find(why).getLocation().getY() - browser.find(customers).getLocation().getY() - 6);
      browser.waitFor("the dragged section to come first", () -> browser.find(By.xpath("//tbody/tr[1]")).getText().contains("Your customers"));
      browser.reload();
      assertTrue(browser.find(By.xpath("//tbody/tr[1]")).getText().contains("Your customers"), "the new order is kept");
      assertTrue(browser.find(By.xpath("//tbody/tr[2]")).getText().contains("Why you are here"));
      browser.clickInRow("Your customers", "Add question");
      browser.type("editor:label", "Who buys from you today?").click("editor:saveQuestion").waitForText("Question saved.");

      browser.clickLink("Preview as a client sees it").waitForPath("/t/" + slug + "/preview");
      assertTrue(browser.text().contains("Start with passion"), "guidance shows as rich text");
      assertFalse(browser.pageSource().contains("<script>alert(1)</script>"), "but scripts never reach the page");
      assertTrue(browser.text().contains("A critical element"));
      for (String kind : OTHER_KINDS) {
        assertTrue(browser.text().contains("Asked as " + kind), "the preview shows the " + kind + " question");
      }
      assertTrue(browser.text().contains("Integrated: Social media is part of marketing"), "maturity stages are offered as the client sees them");
      assertTrue(browser.pageSource().contains("Customer service"), "the department matrix starts with the usual departments");
      assertFalse(browser.has(By.cssSelector(".plan-section textarea:not([disabled])")), "nothing in a preview can be typed into");
      browser.clickLink("← Back to version 1").waitForPath("/t/" + slug + "/template");

      browser.click("editor:publish").confirm().waitForText("is published");
      browser.waitFor("the version's status to read PUBLISHED", () -> "PUBLISHED".equals(browser.find(By.id("status")).getText()));
      assertFalse(browser.has(By.id("editor:saveSection")), "a published version has no editing controls");
    }
  }
}
