package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's main path, in a browser: the platform admin creates a consultancy; its owner
 * follows the mailed invitation and sets a password; the owner invites a consultant; the
 * consultant creates a client business and invites one of its people; that person signs in and
 * sees their client home.
 */
@ExtendWith(TestDomain.class)
class OnboardingJourneyIT {


  @Test
  void fromANewConsultancyToAClientMemberAtHome() {
    String slug = Journeys.unique("journey");
    String owner = "owner@" + slug + ".example";
    String consultant = "consultant@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.signInAsPlatformAdmin(browser);
      Journeys.createConsultancy(browser, "Journey Coaching", slug, owner);
      assertTrue(browser.text().contains("/t/" + slug + "/"), "the list shows the new consultancy");
      browser.signOut();

      String beforeSignIn = browser.open("/t/" + slug + "/login").sessionId();
      Journeys.acceptInvitation(browser, mailbox.linkFor(owner), slug);
      assertEquals("Your workspace", browser.heading());
      assertNotEquals(beforeSignIn, browser.sessionId(), "the session id changes at sign-in");

      browser.click("nav-staff").waitForPath("/t/" + slug + "/staff");
      browser.type("staff:email", consultant).type("staff:name", "Carla Consultant").click("staff:invite")
          .waitForText("Invitation sent to " + consultant);
      assertTrue(browser.text().contains("Carla Consultant"));
      browser.signOut();

      Journeys.acceptInvitation(browser, mailbox.linkFor(consultant), slug);
      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      browser.type("clients:name", "Sunrise Bakery").type("clients:industry", "Bakery").click("clients:create")
          .waitForText("Added Sunrise Bakery");
      browser.clickLink("Sunrise Bakery").waitForPath("/t/" + slug + "/client");
      assertEquals("Sunrise Bakery", browser.heading());
      browser.type("client:memberEmail", member).type("client:memberName", "Ana Baker").click("client:inviteMember")
          .waitForText("Invitation sent to " + member);
      browser.signOut();

      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      assertEquals("Sunrise Bakery", browser.heading());
      assertTrue(browser.text().contains("Welcome, Ana Baker"));
      assertTrue(browser.text().contains("My homework"));
      assertTrue(browser.text().contains("Carla Consultant"), "the client sees their consultant");
      assertTrue(browser.text().contains("Your team on Banyan: Ana Baker"));
    }
  }

  @Test
  void aWrongPasswordAndAnUnknownEmailReadTheSame() {
    String slug = Journeys.unique("refuse");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      browser.open("/t/" + slug + "/login").type("login:email", owner).type("login:password", "wrong-password!").click("login:signIn");
      browser.waitForText("do not match");
      String wrongPassword = browser.text();
      browser.open("/t/" + slug + "/login").type("login:email", "nobody@" + slug + ".example").type("login:password", "wrong-password!").click("login:signIn");
      browser.waitForText("do not match");
      assertEquals(wrongPassword.replace(owner, ""), browser.text().replace("nobody@" + slug + ".example", ""));
    }
  }
}
