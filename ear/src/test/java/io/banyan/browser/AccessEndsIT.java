package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Taking access away works at once: a deactivated person's open session ends, and a suspended
 * consultancy's people are signed out and told why when they come back.
 */
@ExtendWith(TestDomain.class)
class AccessEndsIT {


  @Test
  void aDeactivatedPersonsOpenSessionEndsAtOnce() {
    String slug = Journeys.unique("deact");
    String owner = "owner@" + slug + ".example";
    String consultant = "consultant@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser ownerBrowser = new Browser(); Browser consultantBrowser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(ownerBrowser, slug, owner);
      ownerBrowser.open("/t/" + slug + "/staff").type("staff:email", consultant).type("staff:name", "Dora Departing")
          .click("staff:invite").waitForText("Invitation sent");
      Journeys.acceptInvitation(consultantBrowser, mailbox.linkFor(consultant), slug);
      assertEquals(200, consultantBrowser.get("/t/" + slug + "/clients").statusCode());

      ownerBrowser.clickInRow(consultant, "Deactivate").confirm().waitForText("Dora Departing is deactivated");

      assertEquals(302, consultantBrowser.get("/t/" + slug + "/clients").statusCode(), "the open session is over");
      consultantBrowser.open("/t/" + slug + "/login").type("login:email", consultant).type("login:password", Journeys.PASSWORD)
          .click("login:signIn").waitForText("do not match");
    }
  }

  @Test
  void aSuspendedConsultancysPeopleAreSignedOutAndToldWhy() {
    String slug = Journeys.unique("susp");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser admin = new Browser(); Browser ownerBrowser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(ownerBrowser, slug, owner);

      Journeys.signInAsPlatformAdmin(admin);
      admin.clickInRow("/t/" + slug + "/", "Suspend").confirm().waitForText("is suspended; its people were signed out");

      assertEquals(302, ownerBrowser.get("/t/" + slug + "/home").statusCode());
      ownerBrowser.open("/t/" + slug + "/login");
      assertTrue(ownerBrowser.text().contains("is suspended on Banyan"), ownerBrowser.text());

      admin.clickInRow("/t/" + slug + "/", "Reactivate").waitForText("is active again");
      Journeys.signIn(ownerBrowser, slug, owner);
      assertEquals("Your workspace", ownerBrowser.heading());
    }
  }
}
