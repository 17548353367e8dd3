package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Saved" means durable: a client answers one question of every kind (text, choice, number, date,
 * table, yes/no), each until the page says "Saved", and the server is killed (SIGKILL) the moment
 * the last one does, a few milliseconds after its commit. After a restart every answer is there.
 *
 * <p>Before the fix the embedded database wrote commits up to 500 ms after confirming them, so
 * the answers saved last before the kill were gone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SavedSurvivesAKillIT {

  private static final String WHY = "Why did you start this business";
  private static final String STAGE = "At this stage, social media is for you";
  private static final String BUSINESS_PLAN = "Do you have a written business plan?";
  private static final String HOURS = "Hours per week the team can give";
  private static final String REVIEW = "When will you review this plan next?";
  private static final String TEAM = "Who is on the social-media team?";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Journeys.ear();
  }

  @Test
  void everyKindOfAnswerConfirmedSavedIsThereAfterTheServerIsKilled() throws Exception {
    String slug = Journeys.unique("kill");
    String owner = "owner@" + slug + ".example";
    String member = "ana@bakery-" + slug + ".example";
    String why = "Our bakery has fed the street since 1962 — pan de leña, every morning 🍞";
    try (Mailbox mailbox = new Mailbox(); Browser browser = new Browser()) {
      Journeys.onboardConsultancy(browser, mailbox, slug, owner);
      Journeys.signIn(browser, slug, owner);
      String plan = Journeys.clientWithPlan(browser, slug, "Durable Bakery", member);
      Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
      browser.open(plan);
      TestServer.notePid();

      browser.answer(WHY, null, why).waitUntilSaved(WHY);
      browser.choose(STAGE, "A useful extra channel").waitUntilSaved(STAGE);
      browser.answer(HOURS, null, "6").waitUntilSaved(HOURS);
      browser.answer(REVIEW, "date_input", "2027-03-01").waitUntilSaved(REVIEW);
      browser.answer(TEAM, null, "Ana Baker, owner").waitUntilSaved(TEAM);
      // a yes/no answer has no copy in the browser: only the database can keep it
      browser.choose(BUSINESS_PLAN, "Yes").waitUntilSavedPromptly(BUSINESS_PLAN);
      Instant saved = Instant.now();
      long killedAfter = TestServer.kill(saved);
      System.out.println("SavedSurvivesAKillIT: SIGKILL sent " + killedAfter + " ms after the last \"Saved\" was seen");

      TestServer.start();
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

  /** The Arquillian-managed test domain, killed as a power cut would and started again. */
  private static final class TestServer {

    private static Path domain() {
      return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"));
    }

    /** Sends SIGKILL and waits until the process is gone; answers how long after {@code since} the signal went. */
    static long kill(Instant since) throws Exception {
      ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
      server.destroyForcibly();
      long after = Duration.between(since, Instant.now()).toMillis();
      server.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
      return after;
    }

    private static long pid;

    /** Read before the answers are typed, so the kill itself costs no file access. */
    static void notePid() throws IOException {
      pid = Long.parseLong(Files.readString(domain().resolve("config/pid")).trim());
    }

    static void start() throws IOException, InterruptedException {
      Path asadmin = Path.of(System.getProperty("payara.home"), "bin", "asadmin");
      Process start = new ProcessBuilder(asadmin.toString(), "--interactive=false", "--user", "admin",
          "--passwordfile", domain().resolve("config/admin-password").toString(), "start-domain", System.getProperty("test.domain"))
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      assertEquals(0, start.waitFor(), "the test domain starts again");
      // start-domain returns before applications are loaded: wait for Banyan's own sign-in page
      long deadline = System.currentTimeMillis() + 180_000;
      while (System.currentTimeMillis() < deadline) {
        try {
          java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
              java.net.http.HttpRequest.newBuilder(java.net.URI.create(Browser.BASE + "/login.xhtml")).GET().build(),
              java.net.http.HttpResponse.BodyHandlers.ofString());
          if (page.statusCode() == 200 && page.body().contains("login:email")) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new AssertionError("Banyan did not come back within 3 minutes");
    }
  }
}
