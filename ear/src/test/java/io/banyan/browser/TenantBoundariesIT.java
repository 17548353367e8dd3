package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Over HTTP, signed in to consultancy A: B's pages and B's client and office ids answer 404, not
 * B's data and not a stack trace. The same holds the other way round, and for people not signed in.
 */
@ExtendWith(TestDomain.class)
class TenantBoundariesIT {

  private static final java.util.regex.Pattern STACK_TRACE = java.util.regex.Pattern.compile("Caused by|\\.java:\\d+\\)|\\bat (io|java|jakarta|org|com)\\.");


  @Test
  void signedInToAConsultancyAnotherConsultancysUrlsAnswerNotFound() {
    String a = Journeys.unique("bound-a");
    String b = Journeys.unique("bound-b");
    String ownerA = "owner@" + a + ".example";
    String ownerB = "owner@" + b + ".example";
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      Journeys.onboardConsultancy(mailbox, a, ownerA);
      Journeys.onboardConsultancy(mailbox, b, ownerB);

      Journeys.signIn(browser, b, ownerB);
      browser.open("/t/" + b + "/clients").type("clients:name", "Secret Client of B").click("clients:create").waitForText("Added Secret Client of B");
      String bClientUrl = browser.hrefOf(By.linkText("Secret Client of B"));
      String bClientId = bClientUrl.substring(bClientUrl.indexOf("id=") + 3);
      browser.open("/t/" + b + "/offices").type("office:name", "B Office").type("office:timeZone_input", "Europe/Madrid").click("office:save").waitForText("Saved B Office");
      browser.signOut();

      Journeys.signIn(browser, a, ownerA);
      for (String page : new String[] {"home", "clients", "staff", "offices", "branding", "audit", "client?id=" + bClientId}) {
        HttpResponse<String> response = browser.get("/t/" + b + "/" + page);
        assertEquals(404, response.statusCode(), "A's owner asking for B's " + page);
        assertFalse(response.body().contains("Secret Client of B"));
        assertFalse(STACK_TRACE.matcher(response.body()).find(), "no stack trace");
      }
      HttpResponse<String> bClientInA = browser.get("/t/" + a + "/client?id=" + bClientId);
      assertEquals(404, bClientInA.statusCode(), "B's client id under A's own URL");
      assertFalse(bClientInA.body().contains("Secret Client of B"));
      assertEquals(404, browser.get("/t/" + a + "/client?id=not-a-number").statusCode());
      assertEquals(404, browser.get("/app/home.xhtml").statusCode(), "views only through the tenant gate");
      assertEquals(200, browser.get("/t/" + a + "/clients").statusCode());
      assertFalse(browser.get("/t/" + a + "/clients").body().contains("Secret Client of B"));
      browser.signOut();

      // a person of B cannot reach A's pages either; and nobody signed in is sent to sign in
      Journeys.signIn(browser, b, ownerB);
      assertEquals(404, browser.get("/t/" + a + "/clients").statusCode());
      browser.expectingAnError(() -> {
        browser.open("/t/" + a + "/clients");
        assertTrue(browser.heading().contains("Not found"));
      });
      browser.open("/t/" + b + "/home");
      browser.signOut();
      HttpResponse<String> anonymous = browser.get("/t/" + a + "/clients");
      assertEquals(302, anonymous.statusCode());
      assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("/t/" + a + "/login"));
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    try (Browser browser = new Browser()) {
      for (String path : new String[] {"/", "/login.xhtml", "/t/no-such-place/login"}) {
        HttpResponse<String> response = browser.get(path);
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"), path + " CSP: " + csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), path);
      }
    }
  }
}
