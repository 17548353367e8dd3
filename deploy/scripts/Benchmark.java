import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load on a running Banyan with its demo data, by several signed-in people at once: each demo
 * person signs in through the sign-in form and asks for their own page, all of them interleaved,
 * with a number of requests in flight. Prints requests per second, the ratio to a static file of
 * the same server measured the same way, the median and 99th percentile, and every answer that
 * was not a 200 showing the asker's own name. Nothing but the JDK:
 *
 * <pre>java deploy/scripts/Benchmark.java [BASE_URL] [SECONDS_PER_ROUND] [IN_FLIGHT]</pre>
 *
 * Defaults: http://localhost:8080, 15 s, 12. A few seconds of warm-up precede each round.
 */
public class Benchmark {

  private static final String PASSWORD = "banyan-demo-2026";
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  /** A demo person, the page they ask for, and the name the page's header shows for them. */
  record Person(String slug, String email, String page, String name) {}

  record Asker(Person person, String cookie) {}

  record Round(String label, double perSecond, long p50Micros, long p99Micros, int requests, int failed) {}

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    int inFlight = args.length > 2 ? Integer.parseInt(args[2]) : 12;
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    List<Person> people = List.of(
        new Person("demo", "ana@panaderia-sol.test", "home", "Ana Sol"),
        new Person("northwind", "hugo@harbour-cafe.test", "home", "Hugo Harbour"),
        new Person("demo", "carlos@demo.test", "clients", "Carlos Consultant"),
        new Person("demo", "olivia@demo.test", "clients", "Olivia Owner"));
    List<Asker> askers = new ArrayList<>();
    for (Person p : people) {
      askers.add(new Asker(p, signIn(http, base, p)));
    }
    System.out.printf("Banyan at %s, %d s a round, %d requests in flight, %d signed-in people of 2 consultancies%n",
        base, seconds, inFlight, askers.size());
    List<Round> rounds = new ArrayList<>();
    Round statics = round(http, base, "static file (/resources/banyan/css/banyan.css)", List.of(), seconds, inFlight);
    rounds.add(statics);
    for (Asker a : askers) {
      rounds.add(round(http, base, a.person().email() + " → " + a.person().page(), List.of(a), seconds, inFlight));
    }
    rounds.add(round(http, base, "all four people interleaved", askers, seconds, inFlight));
    System.out.printf("%n| %-52s | %10s | %9s | %8s | %8s | %8s | %6s |%n", "what", "requests/s", "vs static", "p50", "p99", "requests", "failed");
    System.out.println("|" + "-".repeat(54) + "|" + "-".repeat(12) + "|" + "-".repeat(11) + "|" + "-".repeat(10) + "|"
        + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(8) + "|");
    for (Round r : rounds) {
      System.out.printf("| %-52s | %10.0f | %9s | %6.1f ms | %6.1f ms | %8d | %6d |%n", r.label(), r.perSecond(),
          r == statics ? "1" : String.format("1/%.0f", statics.perSecond() / r.perSecond()), r.p50Micros() / 1000.0,
          r.p99Micros() / 1000.0, r.requests(), r.failed());
    }
    int failed = rounds.stream().mapToInt(Round::failed).sum();
    if (failed > 0) {
      System.out.println(failed + " answers were not a 200 with the asker's own page");
      System.exit(1);
    }
  }

  /** Requests for the given time, round-robin over the askers (none: the static file). */
  private static Round round(HttpClient http, String base, String label, List<Asker> askers, int seconds, int inFlight)
      throws InterruptedException {
    run(http, base, askers, 3, inFlight, new long[100_000], new AtomicInteger(), new AtomicInteger());
    long[] micros = new long[2_000_000];
    AtomicInteger count = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    long started = System.nanoTime();
    run(http, base, askers, seconds, inFlight, micros, count, failed);
    double elapsed = (System.nanoTime() - started) / 1e9;
    int n = Math.min(count.get(), micros.length);
    long[] sorted = Arrays.copyOf(micros, n);
    Arrays.sort(sorted);
    return new Round(label, n / elapsed, sorted[n / 2], sorted[Math.min(n - 1, (int) (n * 0.99))], n, failed.get());
  }

  private static void run(HttpClient http, String base, List<Asker> askers, int seconds, int inFlight, long[] micros,
      AtomicInteger count, AtomicInteger failed) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicInteger turn = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(inFlight);
    for (int t = 0; t < inFlight; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          Asker asker = askers.isEmpty() ? null : askers.get(Math.floorMod(turn.getAndIncrement(), askers.size()));
          String path = asker == null ? "/resources/banyan/css/banyan.css" : "/t/" + asker.person().slug() + "/" + asker.person().page();
          HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
          if (asker != null) {
            request.header("Cookie", "JSESSIONID=" + asker.cookie());
          }
          long start = System.nanoTime();
          boolean ok;
          try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            ok = response.statusCode() == 200 && (asker == null || response.body().contains(asker.person().name()));
          } catch (IOException | InterruptedException e) {
            ok = false;
          }
          int i = count.getAndIncrement();
          if (i < micros.length) {
            micros[i] = (System.nanoTime() - start) / 1000;
          }
          if (!ok) {
            failed.incrementAndGet();
          }
        }
        return null;
      });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
  }

  private static String signIn(HttpClient http, String base, Person p) throws IOException, InterruptedException {
    URI login = URI.create(base + "/t/" + p.slug() + "/login");
    HttpResponse<String> form = http.send(HttpRequest.newBuilder(login).GET().build(), HttpResponse.BodyHandlers.ofString());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    String cookie = cookie(form, null);
    if (!viewState.find()) {
      throw new IllegalStateException("no sign-in form at " + login);
    }
    String body = String.join("&", field("login", "login"), field("login:next", ""), field("login:email", p.email()),
        field("login:password", PASSWORD), field("login:signIn", ""), field("jakarta.faces.ViewState", viewState.group(1)));
    HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(login).header("Cookie", "JSESSIONID=" + cookie)
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (signedIn.statusCode() != 302) {
      throw new IllegalStateException(p.email() + " could not sign in (is the demo data there?)");
    }
    return cookie(signedIn, cookie);
  }

  private static String cookie(HttpResponse<?> response, String previous) {
    return response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
        .map(m -> m.group(1)).reduce((a, b) -> b).orElse(previous);
  }

  private static String field(String name, String value) {
    return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
