package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two people of one business edit the same answer of their plan at the same moment, each in their
 * own browser. Whoever saves second sees both texts and chooses; a reload settles nothing on its
 * own; after the choice and reloads both see the same answer, and no text was lost on the way.
 */
@ExtendWith(TestDomain.class)
class ConcurrentEditIT {

  private static final String WHY = "Why did you start this business";


  @Test
  void twoPeopleOnOneAnswerEachSeeTheOutcomeAndTheSecondChoosesWithBothTexts() {
    String slug = Journeys.unique("both");
    String owner = "owner@" + slug + ".example";
    String ana = "ana@bakery-" + slug + ".example";
    String bo = "bo@bakery-" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser anasBrowser = new Browser(); Browser bosBrowser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(anasBrowser, slug, owner);
      String plan = Journeys.clientWithPlan(anasBrowser, slug, "Twin Bakery", ana, bo);
      Journeys.acceptInvitation(anasBrowser, mailbox.linkFor(ana), slug);
      Journeys.acceptInvitation(bosBrowser, mailbox.linkFor(bo), slug);

      // both open the plan; Ana saves first, Bo second from the page he opened before her save
      anasBrowser.open(plan);
      bosBrowser.open(plan);
      String anasText = "We bake the old way — Ana's words, with accents: pan de leña, señora 🍞";
      String bosText = "Bo's words: we wanted a place where the street meets every morning.";
      anasBrowser.answer(WHY, null, anasText).waitUntilSaved(WHY);
      bosBrowser.answer(WHY, null, bosText);
      String bosView = bosBrowser.waitForTextInQuestion(WHY, "Someone else changed this answer");
      assertTrue(bosView.contains(anasText), "Bo sees Ana's text beside his own: " + bosView);
      assertEquals(bosText, bosBrowser.answerOf(WHY), "and his own is still in the field");
      bosBrowser.pressInQuestion(WHY, "Keep mine").waitUntilSaved(WHY);
      anasBrowser.reload();
      assertEquals(bosText, anasBrowser.answerOf(WHY), "Ana sees the outcome after a reload");

      // Ana types without her text reaching the server; Bo saves again; Ana reloads
      String anasDraft = "Ana again, typed but not yet sent when Bo saved.";
      anasBrowser.typeWithoutLeaving(WHY, anasDraft);
      String bosSecond = "Bo's second answer, saved while Ana was typing.";
      bosBrowser.reload();
      bosBrowser.answer(WHY, null, bosSecond).waitUntilSaved(WHY);
      anasBrowser.reload();
      String anasView = anasBrowser.waitForTextInQuestion(WHY, "Choose which one to keep");
      assertTrue(anasView.contains(anasDraft) && anasView.contains(bosSecond), "the reload shows both texts: " + anasView);
      assertEquals(bosSecond, anasBrowser.answerOf(WHY), "nothing was overwritten before she chose");
      bosBrowser.reload();
      assertEquals(bosSecond, bosBrowser.answerOf(WHY), "Bo's saved answer stands until Ana chooses");

      anasBrowser.pressInQuestion(WHY, "Keep mine").waitUntilSaved(WHY);
      anasBrowser.reload();
      assertEquals(anasDraft, anasBrowser.answerOf(WHY), "her choice was saved");
      bosBrowser.reload();
      assertEquals(anasDraft, bosBrowser.answerOf(WHY), "and Bo sees it");
    }
  }
}
