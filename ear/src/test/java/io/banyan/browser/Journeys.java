package io.banyan.browser;

import java.util.Map;
import java.util.UUID;

/** Steps several journeys share, each done through the pages as a person would. */
final class Journeys {

  static final String ADMIN_EMAIL = "admin@banyan.test";
  static final String ADMIN_PASSWORD = "admin-password-for-tests";
  static final String PASSWORD = "a-long-test-password";

  private Journeys() {}

  /** Exactly {@code length} UTF-16 units of {@code sample} repeated, never ending in half an emoji. */
  static String text(int length, String sample) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      text.append(sample);
    }
    text.setLength(length);
    // half an emoji, or a space a page would not show at the end, becomes a full stop
    if (Character.isHighSurrogate(text.charAt(length - 1)) || Character.isWhitespace(text.charAt(length - 1))) {
      text.setCharAt(length - 1, '.');
    }
    return text.toString();
  }

  static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static void signInAsPlatformAdmin(Browser browser) {
    browser.open("/login.xhtml").type("login:email", ADMIN_EMAIL).type("login:password", ADMIN_PASSWORD).click("login:signIn");
    browser.waitForPath("/admin/consultancies.xhtml");
  }

  static void createConsultancy(Browser browser, String name, String slug, String ownerEmail) {
    browser.type("consultancies:name", name).type("consultancies:slug", slug).type("consultancies:ownerEmail", ownerEmail)
        .click("consultancies:create").waitForText("Created " + name);
  }

  /** Follows an invitation link from a mail, chooses a password and lands signed in at home. */
  static void acceptInvitation(Browser browser, String link, String slug) {
    browser.open(link).type("invitation:password", PASSWORD).type("invitation:confirmation", PASSWORD).click("invitation:accept");
    browser.waitForPath("/t/" + slug + "/home");
  }

  static void signIn(Browser browser, String slug, String email) {
    browser.open("/t/" + slug + "/login").type("login:email", email).type("login:password", PASSWORD).click("login:signIn");
    browser.waitForPath("/t/" + slug + "/home");
  }

  /**
   * A new consultancy whose owner has accepted their invitation, made through the same pages by
   * plain form posts: the platform admin creates it, the owner follows the mailed link and
   * chooses a password. The browser is not used and stays signed out; the journey itself, in a
   * browser, is {@link OnboardingJourneyIT}'s.
   */
  static void onboardConsultancy(Mailbox mailbox, String slug, String ownerEmail) {
    String name = "Consultancy " + slug;
    new FormPoster().open("/login.xhtml")
        .submit("login", Map.of("login:email", ADMIN_EMAIL, "login:password", ADMIN_PASSWORD), "login:signIn")
        .submit("consultancies", Map.of("consultancies:name", name, "consultancies:slug", slug, "consultancies:ownerEmail", ownerEmail,
            "consultancies:language_input", "en"), "consultancies:create")
        .expect("Created " + name);
    FormPoster owner = new FormPoster().open(mailbox.linkFor(ownerEmail))
        .submit("invitation", Map.of("invitation:password", PASSWORD, "invitation:confirmation", PASSWORD), "invitation:accept");
    if (!owner.path().equals("/t/" + slug + "/home")) {
      throw new AssertionError("The owner of " + slug + " did not land at home but at " + owner.path());
    }
  }

  /**
   * As the signed-in owner: a new client business with these members invited (named after their
   * e-mail's first part) and a plan of the starter template started for it. Answers the plan's
   * address; the browser ends signed out.
   */
  static String clientWithPlan(Browser browser, String slug, String client, String... memberEmails) {
    browser.open("/t/" + slug + "/clients").type("clients:name", client).click("clients:create").waitForText("Added " + client);
    browser.clickLink(client).waitForPath("/t/" + slug + "/client");
    for (String member : memberEmails) {
      browser.type("client:memberEmail", member).type("client:memberName", "Member " + member.substring(0, member.indexOf('@')))
          .click("client:inviteMember").waitForText("Invitation sent to " + member);
    }
    browser.open("/t/" + slug + "/plans");
    browser.selectByLabel("start:client", client);
    browser.selectByLabel("start:version", "Social Media Strategy Plan · version 1");
    browser.click("start:create").waitForPath("/t/" + slug + "/plan");
    String plan = browser.url();
    browser.signOut();
    return plan;
  }
}
