package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The homework loop in Spanish: an owner chooses Spanish on their profile, a client member's
 * browser asks for Spanish; each then reads the loop's pages, messages and dates in Spanish, while
 * the consultancy's default stays English.
 */
@ExtendWith(TestDomain.class)
class ReadingInSpanishIT {

  private static final String SECTION = "Why you are doing this";
  private static final String WHY = "Why did you start this business";
  private static final String EXPECT = "What do you expect social media to do for the business?";
  private static final String STAGE = "At this stage, social media is for you";

  @Test
  void anOwnerWhoChoseSpanishAndAClientWhoseBrowserAsksForItWalkTheLoopInSpanish() {
    String slug = Journeys.unique("es");
    String owner = "owner@" + slug + ".example";
    String member = "lucia@panaderia-" + slug + ".example";
    LocalDate dueOn = LocalDate.now(ZoneOffset.UTC).plusDays(9);
    String dueInSpanish = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("es")).format(dueOn).replace(".", "");
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser(); Browser lucia = Browser.speaking("es-ES")) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      String plan = Journeys.clientWithPlan(browser, slug, "Panadería Lucía", member);
      Journeys.acceptInvitation(lucia, mailbox.linkFor(member), slug);
      assertEquals("es", lucia.find(By.tagName("html")).getAttribute("lang"), "her browser asks for Spanish, and gets it");
      lucia.signOut();

      Journeys.signIn(browser, slug, owner);
      browser.click("nav-profile").waitForPath("/t/" + slug + "/profile");
      browser.selectByLabel("profile:language", "Español");
      browser.click("profile:save").waitForText("Tu perfil está guardado.");
      assertEquals("es", browser.find(By.tagName("html")).getAttribute("lang"), "the page declares the language it is in");
      assertEquals("Tu perfil", browser.heading());
      browser.open(plan);
      browser.clickLabel(SECTION);
      browser.typeAndLeave("homework:assignDue_input", dueOn.toString());
      browser.click("homework:assign").waitForText("Se ha asignado 1 sección, con fecha de entrega el " + dueInSpanish + ".");
      browser.signOut();

      lucia.open("/t/" + slug + "/login").type("login:email", member).type("login:password", Journeys.PASSWORD).click("login:signIn");
      lucia.waitForPath("/t/" + slug + "/home");
      lucia.waitForText("Mis tareas");
      assertTrue(lucia.text().contains(dueInSpanish), "the due date is written the Spanish way: " + lucia.text());
      lucia.clickLink(SECTION).waitForPath("/t/" + slug + "/plan");
      lucia.answer(WHY, null, "Hacemos pan de leña desde 1962.").waitUntilSaved(WHY);
      lucia.answer(EXPECT, null, "Más clientes por la mañana.").waitUntilSaved(EXPECT);
      lucia.choose(STAGE, "A critical part of our marketing").waitUntilSaved(STAGE);
      lucia.clickButton("Enviar a revisión").waitForText("Has enviado «" + SECTION + "» a revisión.");
      lucia.signOut();

      Journeys.signIn(browser, slug, owner);
      assertEquals("Tu espacio de trabajo", browser.heading(), "the owner's choice holds at the next sign-in");
      browser.click("nav-reviews").waitForPath("/t/" + slug + "/reviews");
      assertEquals("Revisiones pendientes", browser.heading());
      browser.clickLink(SECTION).waitForPath("/t/" + slug + "/review");
      browser.typeNear("Hacemos pan de leña desde 1962.", "comment-form", "¿Qué días hay más clientes?")
          .pressNear("Hacemos pan de leña desde 1962.", "comment-form").waitForText("Comentario añadido.");
      browser.click("decide:approve").waitForText("Aprobada. El plan tiene una revisión nueva.");
      browser.signOut();
    }
  }
}
