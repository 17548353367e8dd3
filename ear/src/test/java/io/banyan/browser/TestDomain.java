package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test domain running the EAR the build just packaged, exactly as it ships: started and
 * deployed once for every browser test of the run, undeployed and stopped after the last one.
 * Browser tests make their own consultancy each, so they share one deployment and run side by
 * side; the services' tests deploy archives of their own through Arquillian.
 */
final class TestDomain implements BeforeAllCallback {

  private static final String APPLICATION = "banyan";

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Deployed.class, key -> Deployed.start(),
        Deployed.class);
  }

  static Path folder() {
    return Path.of(System.getProperty("payara.home"), "glassfish", "domains", System.getProperty("test.domain"));
  }

  /** Sends SIGKILL as a power cut would and waits until the process is gone; answers how long after {@code since} it went. */
  static long kill(long pid, Instant since) throws Exception {
    ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
    server.destroyForcibly();
    long after = Duration.between(since, Instant.now()).toMillis();
    server.onExit().get(30, TimeUnit.SECONDS);
    return after;
  }

  /** The running server's process id, read from the domain's own record of it. */
  static long pid() throws IOException {
    return Long.parseLong(Files.readString(folder().resolve("config/pid")).trim());
  }

  /** Starts the domain again after {@link #kill} and waits until Banyan's sign-in page answers. */
  static void start() throws InterruptedException {
    startDomain();
    awaitSignInPage();
  }

  private static void startDomain() {
    // the build leaves the domain running after the service tests; starting it twice fails
    if (asadmin("list-domains").output().matches("(?s).*\\b" + java.util.regex.Pattern.quote(System.getProperty("test.domain")) + " running\\b.*")) {
      return;
    }
    Result started = asadmin("start-domain", System.getProperty("test.domain"));
    if (started.code() != 0 && !started.output().contains("already running")) {
      throw new IllegalStateException("The test domain did not start: " + started.output());
    }
  }

  private static void awaitSignInPage() throws InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.currentTimeMillis() + 180_000;
    while (System.currentTimeMillis() < deadline) {
      try {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml")).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (page.statusCode() == 200 && page.body().contains("login:email")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet, or the application is still loading
      }
      Thread.sleep(250);
    }
    throw new AssertionError("Banyan did not answer on " + Browser.BASE + " within 3 minutes");
  }

  private record Result(int code, String output) {}

  private static Result asadmin(String... command) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("payara.home"), "bin", "asadmin").toString(),
        "--interactive=false", "--port", System.getProperty("test.admin.port"), "--user", "admin", "--passwordfile",
        folder().resolve("config/admin-password").toString()));
    line.addAll(List.of(command));
    try {
      Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return new Result(process.waitFor(), output);
    } catch (IOException e) {
      throw new IllegalStateException("Could not run asadmin", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The one deployment of the run; JUnit closes it when the last test is done. */
  private static final class Deployed implements ExtensionContext.Store.CloseableResource {

    static Deployed start() {
      startDomain();
      Result deployed = asadmin("deploy", "--force=true", "--name", APPLICATION, Path.of("target", "banyan.ear").toAbsolutePath().toString());
      assertEquals(0, deployed.code(), () -> "the EAR deploys: " + deployed.output());
      try {
        awaitSignInPage();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return new Deployed();
    }

    @Override
    public void close() {
      asadmin("undeploy", APPLICATION);
      asadmin("stop-domain", System.getProperty("test.domain"));
    }
  }
}
