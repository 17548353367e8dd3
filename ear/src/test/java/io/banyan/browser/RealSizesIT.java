package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The homework loop with what people really type: every section of the starter plan handed out
 * at once with a message of 2,000 characters, comments and replies of 2,000 characters with
 * accents and emoji from staff and client, a 70,000-character paste refused beside its box and
 * kept in it; and the same pages at phone width, with nothing to scroll sideways.
 */
@ExtendWith(TestDomain.class)
class RealSizesIT {

  private static final String SECTION = "Why you are doing this";
  private static final String WHY = "Why did you start this business";
  private static final String EXPECT = "What do you expect social media to do for the business?";
  private static final String STAGE = "At this stage, social media is for you";

  @Test
  void longMessagesCommentsAndRepliesGoThroughAndAPasteTooLongIsRefusedBesideItsBox() {
    String slug = Journeys.unique("sizes");
    String owner = "owner@" + slug + ".example";
    String member = "ana@cafe-" + slug + ".example";
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();
    String message = Journeys.text(2_000, "Mensaje para el equipo: ñandú, café, crème brûlée 🎉 — plan before tools. ");
    String comment = Journeys.text(2_000, "Comentario del consultor: ¿quién responde los sábados? Très bien 👍 ");
    String reply = Journeys.text(2_000, "Respuesta de Ana: los sábados responde Íñigo, y el domingo cerramos 🍰 ");
    String staffReply = Journeys.text(2_000, "Carlos otra vez: perfecto, añadidlo al plan de contenido ✅ ");
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      String plan = Journeys.clientWithPlan(browser, slug, "Café Ñandú", member);
      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.open(plan);
      List<WebElement> sections = browser.findAll(By.cssSelector("[id='homework:assignSections'] label"));
      assertEquals(11, sections.size(), "the starter plan has eleven sections to hand out");
      sections.forEach(WebElement::click);
      browser.pasteInto("homework:assignMessage", message);
      browser.typeAndLeave("homework:assignDue_input", due);
      browser.click("homework:assign").waitForText("Handed out 11 sections");
      assertEquals(1, browser.timesShown("Handed out 11 sections"), "the page's message is shown once, not under every question");
      browser.signOut();

      Journeys.signIn(browser, slug, member);
      browser.open(plan);
      browser.answer(WHY, null, "We roast our own beans.").waitUntilSaved(WHY);
      browser.answer(EXPECT, null, "Regulars on Saturdays.").waitUntilSaved(EXPECT);
      browser.choose(STAGE, "A critical part of our marketing").waitUntilSaved(STAGE);
      browser.clickButton("Submit for review").waitForText("Submitted '" + SECTION + "' for review");
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/review");
      String review = browser.url();
      String tooLong = "x".repeat(70_000);
      browser.pasteNear("We roast our own beans.", "comment-form", tooLong).pressNear("We roast our own beans.", "comment-form")
          .waitForText("A comment or reply has at most 2,000 characters");
      assertEquals(70_000, browser.valueNear("We roast our own beans.", "comment-form").length(), "the paste is kept whole in its box");
      browser.pasteNear("We roast our own beans.", "comment-form", comment).pressNear("We roast our own beans.", "comment-form")
          .waitForText("Comment added.");
      assertTrue(browser.text().contains(comment), "the comment is shown whole, accents and emoji included");
      browser.click("decide:requestChanges").waitForText("Changes requested");
      browser.signOut();

      String commentStart = comment.substring(0, 40);
      Journeys.signIn(browser, slug, member);
      browser.open(plan).waitForText(commentStart);
      browser.pasteNear(commentStart, "reply-form", reply).pressNear(commentStart, "reply-form").waitForText("Reply sent.");
      assertTrue(browser.text().contains(reply), "the client's reply is shown whole");
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      // changes were requested, so the section has left the queue: its review page is where the thread goes on
      browser.open(review);
      browser.pasteNear(commentStart, "reply-form", staffReply).pressNear(commentStart, "reply-form").waitForText("Reply sent.");
      assertTrue(browser.text().contains(staffReply), "the consultant's reply is shown whole");
      assertTrue(browser.has(By.cssSelector("#bell .pi-bell")), "the bell is drawn with the icon font, not an emoji");
      browser.signOut();

      try (Browser phone = new Browser(390, 844)) {
        Journeys.signIn(phone, slug, owner);
        for (String page : List.of("/t/" + slug + "/home", "/t/" + slug + "/clients", "/t/" + slug + "/plans", plan, "/t/" + slug + "/reviews",
            review, "/t/" + slug + "/templates", "/t/" + slug + "/profile")) {
          phone.open(page);
          assertTrue(phone.fitsTheWindow(), page + " fits a phone's width without scrolling sideways");
        }
        assertFalse(phone.find(By.id("mainnav")).isDisplayed(), "on a phone the menu waits behind its button");
        phone.click("menu-toggle");
        assertTrue(phone.find(By.id("nav-plans")).isDisplayed(), "the menu button opens the menu");
        assertEquals("true", phone.find(By.id("menu-toggle")).getAttribute("aria-expanded"));
        phone.signOut();
        Journeys.signIn(phone, slug, member);
        for (String page : List.of("/t/" + slug + "/home", plan, "/t/" + slug + "/profile")) {
          phone.open(page);
          assertTrue(phone.fitsTheWindow(), page + " fits a phone's width for the client");
        }
      }
    }
  }
}
