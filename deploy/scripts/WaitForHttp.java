import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until a URL answers 200, for at most the given seconds: the run script's readiness check,
 * with nothing but the JDK (java WaitForHttp.java URL SECONDS). Exits 1 on time-out.
 */
public class WaitForHttp {

  public static void main(String[] args) throws InterruptedException {
    URI url = URI.create(args[0]);
    long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[1])).toNanos();
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
            HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (java.io.IOException notYet) {
        // the server is still starting
      }
      Thread.sleep(500);
    }
    System.exit(1);
  }
}
