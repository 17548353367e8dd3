package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The README's guided tour ("Demo sign-ins"), step by step as it is written there: first the
 * two-minute tour through the demo data the test domain seeds as the run command does, then "To
 * build it all yourself instead". Every step carries the README's words it follows: when the
 * tour changes, this test changes with it, and the README cannot promise what does not work.
 *
 * <p>The first test changes the demo data as the tour does (Ana submits, Carlos approves), so it
 * can run once per deployment: a second run would find revision 4 already there.
 */
@ExtendWith(TestDomain.class)
class GuidedTourIT {

  private static final String DEMO_PASSWORD = "banyan-demo-2026";
  private static final String SOL_PLAN = "Social Media Strategy Plan for Panadería Sol";
  private static final String METRICS = "Metrics and cadence";
  private static final String ANOTHER_METRIC = "Another metric";
  private static final String CUSTOMERS = "Target customers and platforms";
  private static final String CUSTOMERS_ANSWER = "Office workers from the business park";

  private static final String WHY_SECTION = "Why you are doing this";
  private static final String WHY = "Why did you start this business";
  private static final String EXPECT = "What do you expect social media to do for the business?";
  private static final String STAGE = "At this stage, social media is for you";
  private static final String MAIN_METRIC = "Your main metric";

  /** A real 1×1 PNG, for the logo. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Test
  void theTwoMinuteTourThroughTheDemoData() throws IOException {
    try (Browser browser = new Browser()) {
      // 1. Plan. "sign in as carlos@demo.test: the bell shows 2 and Home's My clients lists Panadería
      // Sol with 1 submitted, 2 approved, 1 overdue"
      signIn(browser, "demo", "carlos@demo.test", DEMO_PASSWORD);
      assertEquals("2", browser.find(By.id("bell")).getText().trim(), 
          "Carlos has two unread notifications (a rerun in the same deployment finds the tour taken already)");
      List<String> sol = cells(browser, "dashboard:clients", "Panadería Sol");
      assertEquals(List.of("1", "2", "1"), sol.subList(2, 5), "Home's row of Panadería Sol: submitted, approved, overdue " + sol);
      // "Open Plans and click Social Media Strategy Plan for Panadería Sol: the Homework table shows a
      // section at every stage (approved, late, submitted, changes requested)"
      browser.click("nav-plans").waitForPath("/t/demo/plans");
      browser.clickLink(SOL_PLAN).waitForPath("/t/demo/plan");
      assertEquals("Approved", status(browser, "Why you are doing this"));
      assertEquals("Approved", status(browser, "Goals"));
      assertTrue(status(browser, "Your team and your consultant").endsWith("late"), "a section is late");
      assertEquals("Submitted", status(browser, CUSTOMERS));
      assertEquals("Changes requested", status(browser, METRICS));
      // "scroll to Metrics and cadence to read the comment thread under Your main metric"
      String thread = browser.find(By.xpath("//form[contains(@class,'question')][.//label[contains(., '" + MAIN_METRIC + "')]]"
          + "/following-sibling::div[contains(@class,'comments')][1]")).getText();
      assertTrue(thread.contains("Carlos Consultant") && thread.contains("Followers are a good start"), "Carlos's comment: " + thread);
      assertTrue(thread.contains("Ana Sol") && thread.contains("Good idea."), "and Ana's reply: " + thread);
      browser.signOut();

      // 2. Homework. "Sign in as ana@panaderia-sol.test: My homework shows Your team and your
      // consultant late and Metrics and cadence with feedback waiting"
      signIn(browser, "demo", "ana@panaderia-sol.test", DEMO_PASSWORD);
      assertTrue(cells(browser, "homework", "Your team and your consultant").get(1).endsWith("late"), "the team section is late");
      assertTrue(cells(browser, "homework", METRICS).get(2).contains("feedback waiting for you"), "feedback waits on the metrics");
      // "Click Metrics and cadence, fill in Another metric (say "Lunch orders via Instagram", orders,
      // target 20, weekly) and press Submit for review on that section"
      browser.clickLink(METRICS).waitForPath("/t/demo/plan");
      saved(browser, ANOTHER_METRIC, () -> browser.answer(ANOTHER_METRIC, ":metricName", "Lunch orders via Instagram"));
      saved(browser, ANOTHER_METRIC, () -> browser.answer(ANOTHER_METRIC, ":metricUnit", "orders"));
      saved(browser, ANOTHER_METRIC, () -> browser.answer(ANOTHER_METRIC, ":metricTarget", "20"));
      String cadence = browser.find(By.xpath(question(ANOTHER_METRIC) + "//div[contains(@class,'ui-selectonemenu')]")).getAttribute("id");
      saved(browser, ANOTHER_METRIC, () -> browser.selectByLabel(cadence, "Weekly"));
      browser.find(By.xpath(section(METRICS) + "//button[normalize-space(.)='Submit for review']")).click();
      browser.waitForText("Submitted '" + METRICS + "' for review");
      browser.signOut();

      // 3. Review. "Back as Carlos, open Reviews (now 2 waiting). Click Metrics and cadence: the page
      // shows what changed since the last attempt; press Approve."
      signIn(browser, "demo", "carlos@demo.test", DEMO_PASSWORD);
      assertTrue(browser.find(By.id("nav-reviews")).getText().contains("(2)"), "two sections wait for Carlos");
      browser.click("nav-reviews").waitForPath("/t/demo/reviews");
      browser.clickLink(METRICS).waitForPath("/t/demo/review");
      browser.waitForText("Changed since the last attempt");
      String changed = browser.find(By.id("sinceLast")).getText();
      assertTrue(changed.contains(ANOTHER_METRIC) && changed.contains("Lunch orders via Instagram"), "Ana's new metric: " + changed);
      browser.click("decide:approve").waitForText("Approved. The plan has a new revision.");
      // "Then, back in Reviews, open Target customers and platforms, comment on an answer and press
      // Request changes."
      browser.click("nav-reviews").waitForPath("/t/demo/reviews");
      browser.clickLink(CUSTOMERS).waitForPath("/t/demo/review");
      browser.typeNear(CUSTOMERS_ANSWER, "comment-form", "Which of the offices could you visit with a tray of samples?")
          .pressNear(CUSTOMERS_ANSWER, "comment-form").waitForText("Comment added.");
      browser.click("decide:requestChanges").waitForText("Changes requested: the client's team has been told.");

      // 4. Revision. "Back on the plan (Plans, then the plan), open its Revisions tab: the approval is
      // revision 4, "Section 'Metrics and cadence' approved"."
      browser.click("nav-plans").waitForPath("/t/demo/plans");
      browser.clickLink(SOL_PLAN).waitForPath("/t/demo/plan");
      browser.click("tab-revisions").waitForPath("/t/demo/revisions");
      assertEquals("4", cells(browser, "history:revisions", "Section '" + METRICS + "' approved").get(0), "the approval is revision 4");
      // "Compare revision 2 with revision 3: the two answers the campaign changed."
      browser.selectByLabel("history:before", "Revision 2");
      browser.selectByLabel("history:after", "Revision 3");
      browser.click("history:compare").waitForText("2 answers differ.");
      String differ = String.join("\n", browser.findAll(By.cssSelector("tr.changed")).stream().map(WebElement::getText).toList());
      assertTrue(differ.contains("A second goal") && differ.contains("Instagram pre-orders a week"), "the second goal: " + differ);
      assertTrue(differ.contains("Where is the business today?") && differ.contains("Awareness"), "the maturity stage: " + differ);

      // 5. Chart. "Open the Metrics tab: six months of lunch orders climbing toward the target line,
      // Instagram followers beside them, and the maturity stage by revision."
      browser.click("tab-metrics").waitForPath("/t/demo/metrics");
      String lunches = metricCard(browser, "Lunch orders a week from nearby offices");
      assertTrue(lunches.contains("Target 40") && lunches.contains("6 check-ins"), "six months of lunch orders: " + lunches);
      assertTrue(metricCard(browser, "Instagram followers").contains("6 check-ins"), "the followers beside them");
      assertTrue(browser.findAll(By.cssSelector(".metric-chart canvas")).size() >= 2, "both are drawn");
      browser.find(By.cssSelector("[id='metrics:maturityChart'] canvas")); // the maturity stage by revision
      // "Instagram pre-orders a week has no check-in yet: record one for today with Record."
      assertTrue(metricCard(browser, "Instagram pre-orders a week").contains("No check-ins yet"));
      browser.selectByLabel("metrics:metric", "Instagram pre-orders a week");
      String today = browser.find(By.id("metrics:measuredOn_input")).getAttribute("value");
      assertEquals(LocalDate.now(ZoneOffset.UTC).toString(), today, "the check-in is for today");
      browser.type("metrics:actual", "3").click("metrics:record").waitForText("Recorded 3");
      browser.waitFor("the check-in to be counted", () -> metricCard(browser, "Instagram pre-orders a week").contains("1 check-in"));

      // 6. PDF. "Click Download PDF in the plan's tabs: the whole plan as it stands, to print."
      String pdfPath = java.net.URI.create(browser.hrefOf(By.id("pdf"))).getRawPath() + "?"
          + java.net.URI.create(browser.hrefOf(By.id("pdf"))).getRawQuery();
      byte[] pdf = browser.download(pdfPath);
      assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII), "Download PDF gives a PDF");
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains(SOL_PLAN), "the PDF names the plan");
        assertTrue(text.contains("Lunch orders via Instagram"), "the plan as it stands, with the metric just approved");
        assertTrue(text.contains("last revision 4"), "stamped with its newest revision");
      }
    }
  }

  @Test
  void buildingItAllYourself() throws IOException {
    String slug = Journeys.unique("tour");
    String owner = "owner@" + slug + ".example";
    String consultant = "carla@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    Path logo = Files.createTempFile("logo", ".png");
    Files.write(logo, PNG);
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      // "sign in as the platform admin and create a consultancy"
      Journeys.signInAsPlatformAdmin(browser);
      Journeys.createConsultancy(browser, "Tour Coaching", slug, owner);
      // "open Mail to follow the owner's invitation link": the test domain has a mail server (the run
      // command has none), so Mail keeps only the envelope and the link is read from the mailbox
      browser.click("nav-mail").waitForPath("/admin/mail.xhtml");
      assertTrue(cells(browser, "mail:table", owner).get(3).equals("Sent"), "the Mail page lists the owner's invitation");
      browser.signOut();
      Journeys.acceptInvitation(browser, mailbox.linkFor(owner), slug);

      // "as that owner invite a consultant under Staff, set a logo and colour under Branding"
      browser.click("nav-staff").waitForPath("/t/" + slug + "/staff");
      browser.type("staff:email", consultant).type("staff:name", "Carla Consultant").click("staff:invite")
          .waitForText("Invitation sent to " + consultant);
      browser.click("nav-branding").waitForPath("/t/" + slug + "/branding");
      browser.type("branding:colour", "aa3300").click("branding:save").waitForText("Branding saved.");
      browser.upload("logoForm:logo_input", logo).click("logoForm:upload").waitForText("Logo uploaded.");
      assertTrue(browser.has(By.cssSelector("img.brand-logo")), "the logo heads the page");
      browser.signOut();

      // "as the consultant (their invitation is on Mail too) add a client under Clients and invite one
      // of its people; follow that invitation and you are on the client's home"
      Journeys.acceptInvitation(browser, mailbox.linkFor(consultant), slug);
      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      browser.type("clients:name", "Sunrise Bakery").click("clients:create").waitForText("Added Sunrise Bakery");
      browser.clickLink("Sunrise Bakery").waitForPath("/t/" + slug + "/client");
      browser.type("client:memberEmail", member).type("client:memberName", "Ana Baker").click("client:inviteMember")
          .waitForText("Invitation sent to " + member);
      browser.signOut();
      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      assertEquals("Sunrise Bakery", browser.heading(), "the client's home");
      assertTrue(browser.text().contains("Welcome, Ana Baker"));
      browser.signOut();

      // "As the consultant, under Templates press New draft from it beside the starter Social Media
      // Strategy Plan's version 1"
      Journeys.signIn(browser, slug, consultant);
      browser.click("nav-templates").waitForPath("/t/" + slug + "/templates");
      browser.clickButton("New draft from it").waitForPath("/t/" + slug + "/template");
      assertEquals("Social Media Strategy Plan · version 2", browser.heading());
      // "drag its sections into another order (reload: the order is kept)": the second goes first
      By rows = By.xpath("//tbody[@id='editor:sections_data']/tr");
      By first = By.xpath("//tbody[@id='editor:sections_data']/tr[1]/td[1]");
      By second = By.xpath("//tbody[@id='editor:sections_data']/tr[2]/td[1]");
      String secondTitle = browser.find(By.xpath("//tbody[@id='editor:sections_data']/tr[2]//strong[contains(@class,'section-title')]")).getText();
      assertEquals("Review of your business plan", secondTitle);
      browser.drag(second, 0, browser.find(first).getLocation().getY() - browser.find(second).getLocation().getY() - 6);
      browser.waitFor("the dragged section to come first", () -> browser.findAll(rows).get(0).getText().contains(secondTitle));
      browser.reload();
      assertTrue(browser.findAll(rows).get(0).getText().contains(secondTitle), "the new order is kept");
      assertTrue(browser.findAll(rows).get(1).getText().contains(WHY_SECTION));
      // "add a question"
      browser.clickInRow(WHY_SECTION, "Add question");
      browser.type("editor:label", "Who first told you to try social media?").click("editor:saveQuestion").waitForText("Question saved.");
      // "preview it as a client sees it"
      browser.clickLink("Preview as a client sees it").waitForPath("/t/" + slug + "/preview");
      assertTrue(browser.text().contains("Who first told you to try social media?"), "the preview shows the new question");
      browser.clickLink("← Back to version 2").waitForPath("/t/" + slug + "/template");
      // "and publish it as version 2"
      browser.click("editor:publish").confirm().waitForText("is published");
      // the status is re-rendered by the same answer: read it again until it holds still
      browser.waitFor("the version's status to read PUBLISHED", () -> "PUBLISHED".equals(browser.find(By.id("status")).getText()));

      // "Under Plans, start a plan for your client from Social Media Strategy Plan · version 1"
      browser.click("nav-plans").waitForPath("/t/" + slug + "/plans");
      browser.selectByLabel("start:client", "Sunrise Bakery");
      browser.selectByLabel("start:version", "Social Media Strategy Plan · version 1");
      browser.click("start:create").waitForPath("/t/" + slug + "/plan");
      String plan = browser.path() + "?" + java.net.URI.create(browser.hrefOf(By.id("tab-plan"))).getRawQuery();
      browser.signOut();

      // "as the client's person answer a few questions, Your main metric among them (reload: it is all
      // still there)"
      Journeys.signIn(browser, slug, member);
      browser.clickLink("Social Media Strategy Plan for Sunrise Bakery").waitForPath("/t/" + slug + "/plan");
      browser.answer(WHY, null, "We bake bread the old way.").waitUntilSaved(WHY);
      saved(browser, MAIN_METRIC, () -> browser.answer(MAIN_METRIC, ":metricName", "Followers"));
      saved(browser, MAIN_METRIC, () -> browser.answer(MAIN_METRIC, ":metricTarget", "500"));
      browser.reload();
      assertEquals("We bake bread the old way.", browser.answerOf(WHY), "the answer is still there after a reload");
      assertEquals("Followers", browser.answerOf(MAIN_METRIC), "and so is the metric");
      browser.signOut();

      // "back as the consultant, mark a revision under Revisions, compare it with now"
      Journeys.signIn(browser, slug, consultant);
      browser.open(plan).click("tab-revisions").waitForPath("/t/" + slug + "/revisions");
      browser.type("revise:reason", "Kick-off: first answers in").click("revise:mark").waitForText("Revision 1 is marked.");
      browser.selectByLabel("history:before", "Revision 1");
      browser.selectByLabel("history:after", "Now");
      browser.click("history:compare").waitForText("No answers differ.");
      assertTrue(cells(browser, "history", "We bake bread the old way.").size() >= 4, "the answers side by side");
      // "record a check-in of the plan's main metric under Metrics"
      browser.click("tab-metrics").waitForPath("/t/" + slug + "/metrics");
      browser.selectByLabel("metrics:metric", "Followers");
      browser.type("metrics:actual", "120").click("metrics:record").waitForText("Recorded 120");
      assertTrue(metricCard(browser, "Followers").contains("1 check-in"));
      // "and download the PDF"
      byte[] pdf = browser.download(java.net.URI.create(browser.hrefOf(By.id("pdf"))).getRawPath() + "?"
          + java.net.URI.create(browser.hrefOf(By.id("pdf"))).getRawQuery());
      try (PDDocument document = Loader.loadPDF(pdf)) {
        String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        assertTrue(text.contains("We bake bread the old way."), "the PDF carries the client's answer");
      }

      // "On the plan page, hand out the first section as homework"
      browser.click("tab-plan").waitForPath("/t/" + slug + "/plan");
      browser.clickLabel(WHY_SECTION);
      browser.typeAndLeave("homework:assignDue_input", due);
      browser.click("homework:assign").waitForText("Handed out 1 section, due "
          + DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.parse(due)) + ".");
      browser.signOut();

      // "as the client, answer it and submit"
      Journeys.signIn(browser, slug, member);
      browser.clickLink(WHY_SECTION).waitForPath("/t/" + slug + "/plan");
      browser.answer(EXPECT, null, "More regulars in the morning.").waitUntilSaved(EXPECT);
      saved(browser, STAGE, () -> browser.choose(STAGE, "A critical part of our marketing"));
      browser.clickButton("Submit for review").waitForText("Submitted '" + WHY_SECTION + "' for review");
      browser.signOut();

      // "as the consultant, open Reviews, comment on an answer, request changes"
      Journeys.signIn(browser, slug, consultant);
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(WHY_SECTION).waitForPath("/t/" + slug + "/review");
      browser.typeNear("We bake bread the old way.", "comment-form", "Tell us more about your regulars.")
          .pressNear("We bake bread the old way.", "comment-form").waitForText("Comment added.");
      browser.click("decide:requestChanges").waitForText("Changes requested");
      browser.signOut();

      // "as the client, reply and resubmit"
      Journeys.signIn(browser, slug, member);
      browser.clickLink(WHY_SECTION).waitForPath("/t/" + slug + "/plan");
      browser.typeNear("Tell us more about your regulars.", "reply-form", "They come every morning at seven.")
          .pressNear("Tell us more about your regulars.", "reply-form").waitForText("Reply sent.");
      browser.clickButton("Submit for review").waitForText("Submitted '" + WHY_SECTION + "' for review");
      browser.signOut();

      // "as the consultant, approve: the plan's Revisions show "Section … approved""
      Journeys.signIn(browser, slug, consultant);
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(WHY_SECTION).waitForPath("/t/" + slug + "/review");
      browser.click("decide:approve").waitForText("Approved. The plan has a new revision.");
      browser.open(plan).click("tab-revisions").waitForPath("/t/" + slug + "/revisions");
      assertEquals("2", cells(browser, "history:revisions", "Section '" + WHY_SECTION + "' approved").get(0));
      browser.signOut();

      // "Sign in to demo (as Olivia, say) and try /t/northwind/clients: it answers 404."
      signIn(browser, "demo", "olivia@demo.test", DEMO_PASSWORD);
      assertEquals(404, browser.get("/t/northwind/clients").statusCode(), "Demo Consulting's owner asking for Northwind's clients");
    }
  }

  private static void signIn(Browser browser, String slug, String email, String password) {
    browser.open("/t/" + slug + "/login").type("login:email", email).type("login:password", password).click("login:signIn");
    browser.waitForPath("/t/" + slug + "/home");
  }

  /** The visible texts of the cells of the row of this table that mentions {@code rowText}. */
  private static List<String> cells(Browser browser, String tableId, String rowText) {
    return browser.findAll(By.xpath("//*[@id='" + tableId + "']//tr[contains(., \"" + rowText + "\")]/td")).stream()
        .map(cell -> cell.getText().trim()).toList();
  }

  /** The status a section has in the plan's Homework table, "late" included. */
  private static String status(Browser browser, String sectionTitle) {
    return cells(browser, "homework:assigned", sectionTitle).get(1).replaceAll("\\s+", " ");
  }

  private static String question(String label) {
    return "//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + label + "\")]]";
  }

  private static String section(String title) {
    return "//section[contains(@class,'plan-section')][.//h2[contains(normalize-space(.), \"" + title + "\")]]";
  }

  /** The card of the metric whose label begins so (a label ends with the metric's unit). */
  private static String metricCard(Browser browser, String label) {
    return browser.find(By.xpath("//section[contains(@class,'metric')][h2[starts-with(normalize-space(.), \"" + label + "\")]]")).getText();
  }

  /** Does what changes an answer and waits until the server has stored it (its version moved on). */
  private static void saved(Browser browser, String questionLabel, Runnable change) {
    By status = By.xpath(question(questionLabel) + "//*[contains(@class,'answer-status')]");
    String before = browser.find(status).getAttribute("data-version");
    change.run();
    browser.waitFor("the answer to '" + questionLabel + "' to be saved",
        () -> !String.valueOf(browser.find(status).getAttribute("data-version")).equals(String.valueOf(before)));
  }
}
