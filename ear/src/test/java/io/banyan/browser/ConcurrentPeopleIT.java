package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Four signed-in people of two consultancies request their pages at the same moment, twelve
 * requests in flight: every answer is a 200 that shows that person's own name and consultancy
 * data, and nobody else's. (Before the fix in {@code BanyanAuthentication}, 2 to 4 % answered 500.)
 */
@ExtendWith(TestDomain.class)
class ConcurrentPeopleIT {

  // 4,000 requests in all: at the 4.7 % of failures seen before the fix, the chance that every one
  // of them passes is below 1e-80, so more requests would only make the suite slower
  private static final int REQUESTS_EACH = 1_000;
  private static final int IN_FLIGHT = 12;


  /** A person, the page they ask for, and what only their answer may contain. */
  private record Asking(HttpPerson person, String page, String ownName, String ownData) {}

  @Test
  void fourPeopleOfTwoConsultanciesAtOnceEachGetTheirOwnPageEveryTime() throws Exception {
    List<Asking> people = new ArrayList<>();
    Mailbox mailbox = Mailbox.shared();
    try (Browser browser = new Browser()) {
      for (String letter : new String[] {"a", "b"}) {
        String slug = Journeys.unique("busy-" + letter);
        String owner = "owner@" + slug + ".example";
        String member = "member@" + slug + ".example";
        String client = "Client of " + slug;
        Journeys.onboardConsultancy(mailbox, slug, owner);
        Journeys.signIn(browser, slug, owner);
        browser.open("/t/" + slug + "/clients").type("clients:name", client).click("clients:create").waitForText("Added " + client);
        browser.clickLink(client).waitForPath("/t/" + slug + "/client");
        browser.type("client:memberEmail", member).type("client:memberName", "Member " + slug).click("client:inviteMember")
            .waitForText("Invitation sent to " + member);
        browser.signOut();
        Journeys.acceptInvitation(browser, mailbox.linkFor(member), slug);
        browser.signOut();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        people.add(new Asking(new HttpPerson(http, slug, owner).signIn(Journeys.PASSWORD), "clients", ownerName(slug), client));
        people.add(new Asking(new HttpPerson(http, slug, member).signIn(Journeys.PASSWORD), "home", "Welcome, Member " + slug, client));
      }
    }

    Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
    List<Future<?>> done = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < REQUESTS_EACH * people.size(); i++) {
      Asking asking = people.get(i % people.size());
      done.add(pool.submit(() -> outcomes.computeIfAbsent(outcome(asking, people), k -> new AtomicInteger()).incrementAndGet()));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    pool.awaitTermination(1, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("ConcurrentPeopleIT: %d requests of 4 people, %d in flight, in %.1f s (%.0f/s): %s%n",
        REQUESTS_EACH * people.size(), IN_FLIGHT, seconds, REQUESTS_EACH * people.size() / seconds, outcomes);

    assertEquals(Map.of("own page", REQUESTS_EACH * people.size()),
        outcomes.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())),
        "every request answered with the asker's own page");
  }

  /** An owner invited by the platform admin has no display name yet: the header shows their e-mail. */
  private static String ownerName(String slug) {
    return "owner@" + slug + ".example";
  }

  private static String outcome(Asking asking, List<Asking> everyone) {
    HttpResponse<String> response = asking.person().get(asking.page());
    if (response.statusCode() != 200) {
      return "HTTP " + response.statusCode();
    }
    String body = response.body();
    if (!body.contains(asking.ownName()) || !body.contains(asking.ownData())) {
      return "not their own page";
    }
    for (Asking other : everyone) {
      if (other != asking && !other.ownName().equals(asking.ownName()) && body.contains(other.ownName())) {
        return "someone else's name";
      }
      if (!other.ownData().equals(asking.ownData()) && body.contains(other.ownData())) {
        return "another consultancy's data";
      }
    }
    return "own page";
  }
}
