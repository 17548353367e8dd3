package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** An owner brands their consultancy; a person who forgot their password gets back in by mail. */
@ExtendWith(TestDomain.class)
class BrandingAndPasswordIT {

  /** A real 1×1 PNG. */
  private static final byte[] PNG = Base64.getDecoder().decode(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");


  private static byte[] withPngHeader(int size) {
    byte[] bytes = new byte[size];
    new java.util.Random(7).nextBytes(bytes);
    System.arraycopy(PNG, 0, bytes, 0, 16);
    return bytes;
  }

  @Test
  void anOwnersBrandingShowsOnEveryPageAndABadLogoIsRefusedBesideTheField() throws Exception {
    String slug = Journeys.unique("brand");
    String owner = "owner@" + slug + ".example";
    Path logo = Files.createTempFile("logo", ".png");
    Path notAnImage = Files.createTempFile("logo", ".png");
    Files.write(logo, PNG);
    Files.writeString(notAnImage, "<svg onload=alert(1)></svg>");
    // real sizes of photos people pick: a PNG header before megabytes of pixels
    Path photo = Files.createTempFile("photo", ".png");
    Path poster = Files.createTempFile("poster", ".png");
    Files.write(photo, withPngHeader(1_500_000));
    Files.write(poster, withPngHeader(20 * 1024 * 1024));
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      browser.click("nav-branding").waitForPath("/t/" + slug + "/branding");
      browser.type("branding:displayName", "Bright Path Coaching").type("branding:colour", "zz0000").click("branding:save")
          .waitForText("six hex digits");
      // a yellow under white text is refused beside the field, with the nearest shade that reads
      String suggested = new io.banyan.domain.tenancy.AccentColour("#ffcc00").readable().hex();
      browser.type("branding:colour", "ffcc00").click("branding:save").waitForText(suggested + " is the nearest shade");
      assertTrue(browser.find(By.xpath("//*[@id='branding:colour']/following-sibling::*[contains(@class,'ui-message')]")).getText()
          .contains("at least 4.5:1"), "the refusal stands beside the colour");
      browser.type("branding:colour", "aa3300").click("branding:save").waitForText("Branding saved.");

      browser.upload("logoForm:logo_input", notAnImage).click("logoForm:upload").waitForText("must be a PNG or JPEG");
      assertFalse(browser.has(By.cssSelector("img.brand-logo")));
      browser.upload("logoForm:logo_input", photo).click("logoForm:upload").waitForText("A logo may be at most 512 KB; this file has 1465 KB.");
      browser.upload("logoForm:logo_input", poster).click("logoForm:upload").waitForText("A logo may be at most 512 KB; this file has 20480 KB.");
      browser.upload("logoForm:logo_input", logo).click("logoForm:upload").waitForText("Logo uploaded.");

      browser.click("nav-clients").waitForPath("/t/" + slug + "/clients");
      assertTrue(browser.text().startsWith("Bright Path Coaching"), "the name heads every page");
      assertTrue(browser.has(By.cssSelector("img.brand-logo")), "the logo heads every page");
      assertEquals(200, browser.get("/t/" + slug + "/logo?v=1").statusCode());
      assertEquals("image/png", browser.get("/t/" + slug + "/logo?v=1").headers().firstValue("Content-Type").orElse(""));
      assertEquals(200, browser.get("/favicon.ico").statusCode(), "every page's icon is there");
      browser.signOut();
      assertTrue(browser.has(By.cssSelector("img.brand-logo")), "the sign-in page is branded too");
    }
  }

  @Test
  void aForgottenPasswordIsResetThroughAMailedLink() {
    String slug = Journeys.unique("forgot");
    String owner = "owner@" + slug + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, slug, owner);
      browser.open("/t/" + slug + "/login").clickLink("Forgot your password?");
      browser.type("forgot:email", owner).click("forgot:send").waitForText("a link to choose a new password is on its way");
      String link = mailbox.linkFor(owner);
      assertTrue(link.contains("/t/" + slug + "/reset?token="));

      browser.open(link).type("reset:password", "short").type("reset:confirmation", "short").click("reset:save")
          .waitForText("at least 10 characters");
      browser.type("reset:password", "a-brand-new-password").type("reset:confirmation", "a-brand-new-password").click("reset:save")
          .waitForText("Your password is changed");
      browser.type("login:email", owner).type("login:password", "a-brand-new-password").click("login:signIn");
      browser.waitForPath("/t/" + slug + "/home");

      browser.signOut();
      browser.open(link).waitForText("This link is not valid any more");
    }
  }
}
