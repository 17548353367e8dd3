package io.banyan.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a person types arrives and comes back exactly, wherever its characters fall in the request
 * and in the page: a text of emoji (four bytes in UTF-8, two UTF-16 units each), shifted by 0 to 3
 * characters so that every buffer boundary of the request and of the response falls inside one of
 * them, is read back unchanged. A refused e-mail address on the sign-in page is shown again as it
 * was sent, so the page tells what the server read and wrote.
 */
@ExtendWith(TestDomain.class)
class FormEncodingIT {

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern EMAIL = Pattern.compile("id=\"login:email\"[^>]*value=\"([^\"]*)\"|value=\"([^\"]*)\"[^>]*id=\"login:email\"");

  @Test
  void anEmojiAtAnyOffsetOfAFormPostArrivesWhole() throws Exception {
    HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    List<String> wrong = new ArrayList<>();
    int tried = 0;
    for (int padding = 0; padding < 4; padding++) {
      tried += check(http, padding, wrong);
    }
    assertEquals(List.of(), wrong, "of " + tried + " posts, these came back changed");
  }

  /**
   * The same through a text box's content, which a page writes as text rather than as an
   * attribute: a client's notes of 999 emoji, shifted by 0 to 3 characters, saved and shown again.
   */
  @Test
  void emojiInATextBoxAreShownBackWhole() {
    String slug = Journeys.unique("emoji");
    String owner = "owner@" + slug + ".example";
    Journeys.onboardConsultancy(Mailbox.shared(), slug, owner);
    FormPoster person = new FormPoster().open("/t/" + slug + "/login")
        .submit("login", java.util.Map.of("login:email", owner, "login:password", Journeys.PASSWORD), "login:signIn");
    person.open("/t/" + slug + "/clients").submit("clients", java.util.Map.of("clients:name", "Emoji Bakery"), "clients:create")
        .expect("Emoji Bakery");
    Matcher link = Pattern.compile("href=\"([^\"]*/client\\?id=\\d+)\"").matcher(person.open("/t/" + slug + "/clients").body());
    if (!link.find()) {
      throw new AssertionError("no link to the client: " + person.body());
    }
    String client = link.group(1).replace("&amp;", "&");
    List<String> wrong = new ArrayList<>();
    for (int shift = 0; shift < 4; shift++) {
      String notes = "x".repeat(shift) + "👍🏽".repeat(999);
      person.open(client).submit("client", java.util.Map.of("client:name", "Emoji Bakery", "client:notes", notes), "client:save");
      Matcher shown = Pattern.compile("<textarea[^>]*id=\"client:notes\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(person.open(client).body());
      String back = shown.find() ? unescape(shown.group(1)).replaceFirst("^\n", "") : "(no text box)";
      if (!notes.equals(back)) {
        wrong.add("shifted by " + shift + ": " + back.length() + " characters came back, " + back.chars().filter(c -> c == '?').count()
            + " of them '?'");
      }
    }
    assertEquals(List.of(), wrong, "the notes came back changed");
  }

  private static int check(HttpClient http, int padding, List<String> wrong) throws Exception {
    String page = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
    Matcher viewState = VIEW_STATE.matcher(page);
    viewState.find();
    // 24,000 UTF-16 units, 48,000 bytes: past several buffers of the request and of the response
    String typed = "x".repeat(padding) + "👍🏽".repeat(6_000);
    String body = "login=login&login%3Aemail=" + URLEncoder.encode(typed, StandardCharsets.UTF_8) + "&login%3Apassword=x&login%3AsignIn="
        + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
    String answer = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + "/login.xhtml"))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    Matcher shown = EMAIL.matcher(answer);
    String back = shown.find() ? unescape(shown.group(1) != null ? shown.group(1) : shown.group(2)) : "(no field)";
    if (!typed.equals(back)) {
      int at = 0;
      while (at < Math.min(typed.length(), back.length()) && typed.charAt(at) == back.charAt(at)) {
        at++;
      }
      wrong.add("shifted by " + padding + ": first difference at character " + at + " of " + typed.length()
          + " (" + back.length() + " came back)");
    }
    return 1;
  }

  private static String unescape(String html) {
    Matcher entity = Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(html);
    StringBuilder text = new StringBuilder();
    while (entity.find()) {
      int code = Integer.parseInt(entity.group(2), entity.group(1).isEmpty() ? 10 : 16);
      // a reference to half a surrogate pair is no character: a browser shows U+FFFD for it
      String character = code >= 0xD800 && code <= 0xDFFF ? "\uFFFD" : new String(Character.toChars(code));
      entity.appendReplacement(text, Matcher.quoteReplacement(character));
    }
    entity.appendTail(text);
    return text.toString().replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
