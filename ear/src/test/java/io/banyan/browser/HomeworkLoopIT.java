package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The homework loop end to end: the consultant hands a section out; the client fills it (the
 * answers survive a reload) and submits; the consultant comments on one question and asks for
 * changes; the client replies and resubmits; the consultant approves; the plan shows the new
 * revision and the client's home shows the section approved.
 */
@ExtendWith(TestDomain.class)
class HomeworkLoopIT {

  private static final String SECTION = "Why you are doing this";
  private static final String WHY = "Why did you start this business";
  private static final String EXPECT = "What do you expect social media to do for the business?";
  private static final String STAGE = "At this stage, social media is for you";


  @Test
  void assignFillSubmitCommentRequestChangesReplyResubmitApprove() {
    String slug = Journeys.unique("loop");
    String owner = "owner@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      handOutAndSubmit(browser, mailbox, slug, owner, member, due);

      Journeys.signIn(browser, slug, owner);
      assertTrue(browser.find(By.id("nav-reviews")).getText().contains("(1)"), "the menu counts what waits for review");
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/review");
      browser.waitForText("In review");
      browser.typeNear("We bake bread the old way.", "comment-form", "Tell us more about your regulars.").pressNear("We bake bread the old way.", "comment-form")
          .waitForText("Comment added.");
      browser.click("decide:requestChanges").waitForText("Changes requested");
      browser.signOut();

      Journeys.signIn(browser, slug, member);
      browser.waitForText("feedback waiting for you");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/plan");
      browser.waitForText("Tell us more about your regulars.");
      browser.typeNear("Tell us more about your regulars.", "reply-form", "They come every morning at seven.")
          .pressNear("Tell us more about your regulars.", "reply-form").waitForText("Reply sent.");
      browser.answer(WHY, null, "We bake bread the old way; our regulars come every morning.").waitUntilSaved(WHY);
      browser.clickButton("Submit for review").waitForText("Submitted '" + SECTION + "' for review");
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/review");
      browser.waitForText("Changed since the last attempt");
      browser.waitForText("They come every morning at seven.");
      browser.click("decide:approve").waitForText("Approved. The plan has a new revision.");
      browser.click("nav-plans").waitForPath("/t/" + slug + "/plans");
      browser.clickLink("Social Media Strategy Plan for Sunrise Bakery").waitForPath("/t/" + slug + "/plan");
      browser.click("tab-revisions").waitForPath("/t/" + slug + "/revisions");
      browser.waitForText("Section '" + SECTION + "' approved");
      browser.open("/t/" + slug + "/home").waitForText("Recent activity");
      assertTrue(browser.find(By.id("activity")).getText().contains("in review → approved"), "the dashboard shows the approval");
      browser.signOut();

      Journeys.signIn(browser, slug, member);
      browser.find(By.xpath("//table//span[contains(@class,'homework-status') and normalize-space()='Approved']"));
      browser.waitForText("100% approved");
    }
  }

  /** A client with a member, a plan, its first section handed out, answered and submitted; signed out at the end. */
  private static void handOutAndSubmit(Browser browser, Mailbox mailbox, String slug, String owner, String member, String due) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      browser.type("clients:name", "Sunrise Bakery").click("clients:create").waitForText("Added Sunrise Bakery");
      browser.clickLink("Sunrise Bakery").waitForPath("/t/" + slug + "/client");
      browser.type("client:memberEmail", member).type("client:memberName", "Ana Baker").click("client:inviteMember")
          .waitForText("Invitation sent to " + member);
      browser.signOut();
      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      browser.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.click("nav-plans").waitForPath("/t/" + slug + "/plans");
      browser.selectByLabel("start:client", "Sunrise Bakery");
      browser.selectByLabel("start:version", "Social Media Strategy Plan · version 1");
      browser.click("start:create").waitForPath("/t/" + slug + "/plan");

      browser.clickLabel(SECTION);
      browser.type("homework:assignMessage", "Start with the why, please.");
      browser.typeAndLeave("homework:assignDue_input", due);
      browser.click("homework:assign").waitForText("Handed out 1 section, due " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
          .format(LocalDate.parse(due)) + ".");
      browser.signOut();

      Journeys.signIn(browser, slug, member);
      browser.waitForText(SECTION);
      assertTrue(browser.text().contains("Not started"), "the client's home lists the homework");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/plan");
      browser.answer(WHY, null, "We bake bread the old way.").waitUntilSaved(WHY);
      browser.answer(EXPECT, null, "More regulars in the morning.").waitUntilSaved(EXPECT);
      browser.choose(STAGE, "A critical part of our marketing").waitUntilSaved(STAGE);
      browser.reload();
      assertTrue(browser.answerOf(WHY).equals("We bake bread the old way."), "autosaved answers survive a reload");
      browser.find(By.xpath("//span[contains(@class,'homework-status') and normalize-space()='Draft']"));
      browser.clickButton("Submit for review").waitForText("Submitted '" + SECTION + "' for review");
      browser.signOut();
  }

  @Test
  void aCommentTypedWhenTheSessionEndedIsBackAfterSigningInAgainAndNothingWasDecided() {
    String slug = Journeys.unique("lapse");
    String owner = "owner@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String due = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    String comment = "Lovely start — tell us which mornings are busiest, and why? ¿Por qué los martes? 🥖";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      handOutAndSubmit(browser, mailbox, slug, owner, member, due);
      Journeys.signIn(browser, slug, owner);
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/review");
      String review = browser.url();
      browser.typeNear("We bake bread the old way.", "comment-form", comment);

      browser.loseSession();
      browser.click("decide:approve");
      browser.waitForPath("/t/" + slug + "/login");
      browser.type("login:email", owner).type("login:password", Journeys.PASSWORD).click("login:signIn");
      browser.waitForPath("/t/" + slug + "/review");
      org.junit.jupiter.api.Assertions.assertEquals(review, browser.url(), "back on the same section's review");
      browser.waitForText("is back in its box");
      org.junit.jupiter.api.Assertions.assertEquals(comment,
          browser.find(By.xpath("//form[contains(@class,'comment-form')]//textarea[contains(@class,'restored')]")).getAttribute("value"),
          "the comment typed before is there again");
      assertTrue(browser.text().contains("In review"), "the click that met the ended session decided nothing");
      browser.pressNear("We bake bread the old way.", "comment-form").waitForText("Comment added.");
      browser.reload();
      assertTrue(browser.text().contains(comment), "sent once signed in");
      assertTrue(browser.find(By.xpath("(//form[contains(@class,'comment-form')]//textarea)[1]")).getAttribute("value").isEmpty(),
          "and not offered again after it was sent");
    }
  }
}
