package io.banyan.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * A signed-in person without a browser: signs in through the consultancy's own sign-in form (its
 * view state included) and then requests pages with that session's cookie, many at once if asked.
 */
final class HttpPerson {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

  private final HttpClient http;
  private final String slug;
  private final String email;
  private String session;

  HttpPerson(HttpClient http, String slug, String email) {
    this.http = http;
    this.slug = slug;
    this.email = email;
  }

  String email() {
    return email;
  }

  HttpPerson signIn(String password) {
    HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/t/" + slug + "/login")).GET());
    Matcher viewState = VIEW_STATE.matcher(form.body());
    if (!viewState.find()) {
      throw new IllegalStateException("no sign-in form for " + slug);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("login", "login");
    fields.put("login:next", "");
    fields.put("login:email", email);
    fields.put("login:password", password);
    fields.put("login:signIn", "");
    fields.put("jakarta.faces.ViewState", viewState.group(1));
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    HttpResponse<String> signedIn = send(HttpRequest.newBuilder(uri("/t/" + slug + "/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    if (signedIn.statusCode() != 302 || !signedIn.headers().firstValue("Location").orElse("").contains("/t/" + slug + "/")) {
      throw new IllegalStateException(email + " could not sign in: " + signedIn.statusCode());
    }
    return this;
  }

  HttpResponse<String> get(String page) {
    return send(HttpRequest.newBuilder(uri("/t/" + slug + "/" + page)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session);
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").stream().map(SESSION::matcher).filter(Matcher::find)
          .forEach(m -> session = m.group(1));
      return response;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static URI uri(String path) {
    return URI.create(Browser.BASE + path);
  }
}
