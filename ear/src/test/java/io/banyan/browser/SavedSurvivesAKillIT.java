package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;
import org.openqa.selenium.By;

/**
 * "Saved" means durable: a client answers one question of every kind (text, choice, number, date,
 * table, yes/no), each until the page says "Saved", and the server is killed (SIGKILL) the moment
 * the last one does, a few milliseconds after its commit. After a restart every answer is there.
 *
 * <p>Before the fix the embedded database wrote commits up to 500 ms after confirming them, so
 * the answers saved last before the kill were gone.
 */
@ExtendWith(TestDomain.class)
// it stops the server every other test runs on
@Isolated
class SavedSurvivesAKillIT {

  private static final String WHY = "Why did you start this business";
  private static final String STAGE = "At this stage, social media is for you";
  private static final String BUSINESS_PLAN = "Do you have a written business plan?";
  private static final String HOURS = "Hours per week the team can give";
  private static final String REVIEW = "When will you review this plan next?";
  private static final String TEAM = "Who is on the social-media team?";


  @Test
  void everyKindOfAnswerConfirmedSavedIsThereAfterTheServerIsKilled() throws Exception {
    String slug = Journeys.unique("kill");
    String owner = "owner@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String why = "Our bakery has fed the street since 1962 — pan de leña, every morning 🍞";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      String plan = Journeys.clientWithPlan(browser, slug, "Durable Bakery", member);
      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      browser.open(plan);
      long pid = TestDomain.pid();

      browser.answer(WHY, null, why).waitUntilSaved(WHY);
      browser.choose(STAGE, "A useful extra channel").waitUntilSaved(STAGE);
      browser.answer(HOURS, null, "6").waitUntilSaved(HOURS);
      browser.answer(REVIEW, "date_input", "2027-03-01").waitUntilSaved(REVIEW);
      browser.answer(TEAM, null, "Ana Baker, owner").waitUntilSaved(TEAM);
      // a yes/no answer has no copy in the browser: only the database can keep it
      browser.choose(BUSINESS_PLAN, "Yes").waitUntilSavedPromptly(BUSINESS_PLAN);
      Instant saved = Instant.now();
      long killedAfter = TestDomain.kill(pid, saved);
      System.out.println("SavedSurvivesAKillIT: SIGKILL sent " + killedAfter + " ms after the last \"Saved\" was seen");

      TestDomain.start();
      browser.open("/t/" + slug + "/login").type("login:email", member).type("login:password", Journeys.PASSWORD).click("login:signIn");
      browser.waitForPath("/t/" + slug + "/home");
      browser.open(plan);
      assertEquals(why, browser.answerOf(WHY), "long text");
      assertTrue(browser.isChosen(STAGE, "A useful extra channel"), "single choice");
      assertTrue(browser.isChosen(BUSINESS_PLAN, "Yes"), "yes/no");
      assertEquals("6", browser.answerOf(HOURS), "number");
      assertEquals("2027-03-01", browser.answerOf(REVIEW), "date");
      assertEquals("Ana Baker, owner", browser.answerOf(TEAM), "table");
    }
  }
}
