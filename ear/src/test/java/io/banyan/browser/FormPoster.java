package io.banyan.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's steps through Banyan's own forms without a browser: opens a page, fills a form's
 * fields and presses its button as a plain form post, with the page's view state and its session
 * cookie. For the setup a test needs but is not about (a consultancy and its owner): it goes
 * through the same pages and rules as a person, in a fraction of a browser's time.
 */
final class FormPoster {

  private static final Pattern HIDDEN = Pattern.compile("<input[^>]*type=\"hidden\"[^>]*>");
  private static final Pattern NAME = Pattern.compile("name=\"([^\"]+)\"");
  private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");

  private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL).build();
  private HttpResponse<String> page;

  FormPoster open(String pathOrUrl) {
    page = send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    return this;
  }

  /** Fills the fields of the form with this id, presses {@code button} and waits for the answer. */
  FormPoster submit(String formId, Map<String, String> fields, String button) {
    String body = page.body();
    Matcher start = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(body);
    if (!start.find()) {
      throw new AssertionError("No form '" + formId + "' at " + page.uri() + ": " + body);
    }
    String form = body.substring(start.end(), body.indexOf("</form>", start.end()));
    Map<String, String> posted = new LinkedHashMap<>();
    posted.put(formId, formId);
    Matcher hidden = HIDDEN.matcher(form);
    while (hidden.find()) {
      Matcher name = NAME.matcher(hidden.group());
      Matcher value = VALUE.matcher(hidden.group());
      if (name.find()) {
        posted.put(name.group(1), value.find() ? value.group(1).replace("&amp;", "&") : "");
      }
    }
    posted.putAll(fields);
    posted.put(button, "");
    String encoded = posted.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    URI action = page.uri().resolve(start.group(1).replace("&amp;", "&"));
    page = send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    return this;
  }

  /** Fails unless the page now answered says this: the step did what it should. */
  FormPoster expect(String text) {
    if (!page.body().contains(text)) {
      throw new AssertionError("After a post to " + page.uri() + " the page did not say '" + text + "': " + page.body());
    }
    return this;
  }

  String path() {
    return page.uri().getPath();
  }

  /** The page last answered, as HTML. */
  String body() {
    return page.body();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() >= 400) {
        throw new AssertionError(response.request().method() + " " + response.uri() + " answered " + response.statusCode());
      }
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String pathOrUrl) {
    return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : Browser.BASE + pathOrUrl);
  }
}
