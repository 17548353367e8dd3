package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The living plan: the owner starts a plan for a client from the starter template; the client's
 * member answers (and the answer is still there after a reload); the owner marks a revision,
 * records a metric check-in and sees the chart; the PDF carries the answers.
 */
@ExtendWith(TestDomain.class)
class PlanJourneyIT {

  private static final String WHY = "Why did you start this business";
  private static final String MAIN_METRIC = "Your main metric";
  private static final String EXPECT = "What do you expect social media to do for the business?";
  private static final String BUSINESS_PLAN = "Do you have a written business plan?";


  @Test
  void aClientAnswersAndTheConsultantRevisesMeasuresAndExports() throws IOException {
    String slug = Journeys.unique("plan");
    String owner = "owner@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String otherMember = "bo@shop-" + slug + ".example";
    String why = "We bake bread the old way and love our regulars.";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      browser.type("clients:name", "Sunrise Bakery").click("clients:create").waitForText("Added Sunrise Bakery");
      browser.clickLink("Sunrise Bakery").waitForPath("/t/" + slug + "/client");
      browser.type("client:memberEmail", member).type("client:memberName", "Ana Baker").click("client:inviteMember")
          .waitForText("Invitation sent to " + member);

      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      browser.type("clients:name", "Corner Shop").click("clients:create").waitForText("Added Corner Shop");
      browser.clickLink("Corner Shop").waitForPath("/t/" + slug + "/client");
      browser.type("client:memberEmail", otherMember).type("client:memberName", "Bo Shop").click("client:inviteMember")
          .waitForText("Invitation sent to " + otherMember);

      browser.click("nav-plans").waitForPath("/t/" + slug + "/plans");
      browser.selectByLabel("start:client", "Sunrise Bakery");
      browser.selectByLabel("start:version", "Social Media Strategy Plan · version 1");
      browser.click("start:create").waitForPath("/t/" + slug + "/plan");
      String planUrl = browser.path() + "?" + java.net.URI.create(browser.hrefOf(By.id("tab-plan"))).getQuery();
      assertTrue(browser.find(By.id("progress-text")).getText().startsWith("0 of "), "a new plan has nothing answered");
      browser.signOut();

      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      browser.clickLink("Social Media Strategy Plan for Sunrise Bakery").waitForPath("/t/" + slug + "/plan");
      browser.answer(WHY, null, why).waitUntilSaved(WHY);
      browser.answer(MAIN_METRIC, ":metricName", "Followers").waitUntilSaved(MAIN_METRIC);
      browser.answer(MAIN_METRIC, ":metricTarget", "500").waitUntilSaved(MAIN_METRIC);
      browser.typeWithoutLeaving(EXPECT, "More bookings for the bakery class");
      browser.reload();
      assertEquals(why, browser.answerOf(WHY), "the autosaved answer survives a reload");
      browser.waitForText("We restored what you typed");
      assertEquals("More bookings for the bakery class", browser.answerOf(EXPECT), "typing not yet sent survives a reload too");
      browser.waitUntilSaved(EXPECT);
      String progress = browser.find(By.id("progress-text")).getText();
      assertTrue(progress.startsWith("3 of "), "progress counts the three answered required questions: " + progress);
      browser.reload();
      assertEquals("More bookings for the bakery class", browser.answerOf(EXPECT), "the restored draft was saved");

      // a yes/no click that meets an ended session is kept in the browser and saved after signing in
      browser.loseSession();
      browser.choose(BUSINESS_PLAN, "Yes");
      browser.waitForPath("/t/" + slug + "/login");
      browser.type("login:email", member).type("login:password", Journeys.PASSWORD).click("login:signIn");
      browser.waitForPath("/t/" + slug + "/plan");
      browser.waitUntilSaved(BUSINESS_PLAN);
      browser.reload();
      assertTrue(browser.isChosen(BUSINESS_PLAN, "Yes"), "the choice made while signed out was saved once signed in");
      browser.signOut();

      Journeys.acceptInvitation(browser, mailbox.linkFor(otherMember), slug);
      String planQuery = java.net.URI.create(planUrl).getQuery();
      for (String page : new String[] {"plan", "revisions", "metrics", "plan-pdf"}) {
        assertEquals(404, browser.get("/t/" + slug + "/" + page + "?" + planQuery).statusCode(),
            "another organisation's member cannot open the plan's " + page + " page");
      }
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.open(planUrl).click("tab-revisions").waitForPath("/t/" + slug + "/revisions");
      browser.type("revise:reason", "Kick-off: first answers in").click("revise:mark").waitForText("Revision 1 is marked.");
      browser.waitForText("Kick-off: first answers in");

      browser.click("tab-metrics").waitForPath("/t/" + slug + "/metrics");
      browser.selectByLabel("metrics:metric", "Followers");
      browser.type("metrics:actual", "120").click("metrics:record").waitForText("Recorded 120");
      assertTrue(browser.text().contains("1 check-in"), "one check-in, in the singular");
      assertTrue(browser.has(By.cssSelector(".metric-chart canvas")), "the metric is drawn against its target");

      byte[] pdf = browser.download("/t/" + slug + "/plan-pdf?" + java.net.URI.create(planUrl).getQuery());
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains("Social Media Strategy Plan for Sunrise Bakery"), "the PDF names the plan");
        assertTrue(text.contains(why), "the PDF carries the client's answer");
        assertTrue(text.contains("last revision 1"), "the PDF is stamped with its revision");
      }
    }
  }
}
