package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A page left open while the person works elsewhere keeps working, and a click that meets an ended
 * session leads through sign-in back to that same page, its query (which client, which plan) included.
 */
@ExtendWith(TestDomain.class)
class SessionLifeIT {


  @Test
  void aFormLeftOpenWhileFortyPagesAreOpenedElsewhereStillSaves() {
    String slug = Journeys.unique("tabs");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.open("/t/" + slug + "/clients");
      // other tabs of the same session: each page load is a view the server keeps
      for (int i = 0; i < 40; i++) {
        assertEquals(200, browser.get("/t/" + slug + (i % 2 == 0 ? "/home" : "/clients")).statusCode());
      }
      browser.type("clients:name", "Opened Long Ago Ltd").click("clients:create").waitForText("Added Opened Long Ago Ltd");
    }
  }

  @Test
  void aClickAfterTheSessionEndedSignsInAndReturnsToTheSamePage() {
    String slug = Journeys.unique("ended");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.open("/t/" + slug + "/clients").type("clients:name", "Returning Client").click("clients:create").waitForText("Added Returning Client");
      String clientUrl = browser.hrefOf(By.linkText("Returning Client"));
      browser.open(clientUrl);
      assertEquals("Returning Client", browser.heading());

      browser.loseSession();
      browser.type("client:memberEmail", "late@" + slug + ".example").type("client:memberName", "Late Member").click("client:inviteMember");
      browser.waitForPath("/t/" + slug + "/login");
      browser.waitForText("Sign in to continue where you were");
      browser.type("login:email", owner).type("login:password", Journeys.PASSWORD).click("login:signIn");
      browser.waitForPath("/t/" + slug + "/client");
      assertEquals(clientUrl, browser.url(), "back on the same client, not on a page without its id");
      assertEquals("Returning Client", browser.heading());
      assertTrue(!browser.text().contains("Late Member"), "nothing was sent while signed out");
    }
  }
}
