package io.banyan.browser;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven as a person would: open a page, type into fields by their
 * ids, press buttons, wait for what the page says.
 */
public final class Browser implements AutoCloseable {

  public static final String BASE = "http://localhost:" + System.getProperty("test.http.port", "18080");

  private final ChromeDriver driver;
  private final WebDriverWait wait;
  /** Set while a test walks into an error on purpose: the guard stands aside. */
  private boolean expectingAnError;

  public Browser() {
    this(1280, 900);
  }

  /** A browser of this window size, e.g. 390 × 844 for a phone. */
  public Browser(int width, int height) {
    this(width, height, "en-GB");
  }

  /** A browser that asks for pages in this language (its Accept-Language), as a person's browser set to Spanish does. */
  public static Browser speaking(String languageTag) {
    return new Browser(1280, 900, languageTag);
  }

  private Browser(int width, int height, String languageTag) {
    key = width + "x" + height + ":" + languageTag;
    ChromeDriver idle = IDLE.computeIfAbsent(key, k -> new java.util.concurrent.ConcurrentLinkedDeque<>()).poll();
    driver = idle != null ? idle : start(width, height, languageTag);
    // look every 50 ms, not every 500: the suite waits for hundreds of ajax answers
    wait = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(50));
    wait.ignoring(StaleElementReferenceException.class);
  }

  /**
   * Chromium processes a finished test left behind, by window size and language, cleared of
   * everything a person's visit leaves (cookies, stored drafts): starting one costs more than a
   * short test's steps, and the suite opens dozens.
   */
  private static final java.util.Map<String, java.util.Deque<ChromeDriver>> IDLE = new java.util.concurrent.ConcurrentHashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.values().forEach(drivers -> drivers.forEach(ChromeDriver::quit))));
  }

  private final String key;

  private static ChromeDriver start(int width, int height, String languageTag) {
    ChromeOptions options = new ChromeOptions();
    options.addArguments("--lang=" + languageTag);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", languageTag));
    options.setBinary("/usr/bin/chromium");
    // what a test needs of Chromium and no more: no background services, one renderer per page
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--disable-breakpad", "--disable-hang-monitor",
        "--disable-client-side-phishing-detection", "--disable-domain-reliability", "--metrics-recording-only",
        "--password-store=basic", "--disable-site-isolation-trials",
        "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,CertificateTransparencyComponentUpdater,IsolateOrigins,site-per-process",
        "--window-size=" + Math.max(width, 500) + "," + height);
    if (width < 500) {
      // headless Chromium's windows are at least 500 px wide: a phone's screen is emulated instead
      options.setExperimentalOption("mobileEmulation", java.util.Map.of("deviceMetrics",
          java.util.Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    }
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    return new ChromeDriver(service, options);
  }

  /**
   * The check made after every step: the page is not an error page, does not say that something
   * went wrong, and shows each message once. A user who hits any of these is stuck or confused,
   * so a test that does not ask for it fails at the step that caused it, not later.
   */
  private void guard() {
    if (expectingAnError) {
      return;
    }
    String trouble;
    try {
      trouble = (String) driver.executeScript(GUARD, TROUBLE);
    } catch (org.openqa.selenium.WebDriverException pageChanging) {
      return; // the page is being replaced: the next step looks at the new one
    }
    if (trouble != null) {
      throw new AssertionError(trouble + ". " + keepEvidence());
    }
  }

  /**
   * Runs steps that lead to an error page or an error message on purpose (a refused address, an
   * ended session): the guard stands aside for them, and only for them.
   */
  public Browser expectingAnError(Runnable steps) {
    boolean before = expectingAnError;
    expectingAnError = true;
    try {
      steps.run();
    } finally {
      expectingAnError = before;
    }
    return this;
  }

  /** "Something went wrong" in every language Banyan speaks, from the bundles the pages use. */
  private static final java.util.List<String> TROUBLE = java.util.stream.Stream.of(java.util.Locale.ENGLISH, new java.util.Locale("es"))
      .map(locale -> java.util.ResourceBundle.getBundle("io.banyan.messages", locale))
      .flatMap(bundle -> java.util.stream.Stream.of(bundle.getString("error.failed.title"), bundle.getString("error.unexpected")))
      .distinct().toList();

  private static final String GUARD = """
      const page = ['error-500', 'error-403', 'error-404', 'error-expired'].find(id => document.getElementById(id));
      if (page) return 'The page is the error page ' + page;
      const body = document.body ? document.body.textContent : '';
      const said = arguments[0].find(text => body.includes(text));
      if (said) return 'The page says "' + said + '"';
      const shown = [...document.querySelectorAll('.ui-messages li, .ui-message, .ui-growl-item')]
          .filter(m => m.offsetParent !== null)
          .map(m => m.innerText.replace(/\\s+/g, ' ').trim())
          .filter(text => text.length > 0);
      const twice = shown.find((text, i) => shown.indexOf(text) !== i);
      return twice ? 'The page shows the message "' + twice + '" more than once' : null;
      """;

  public Browser open(String pathOrUrl) {
    driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : BASE + pathOrUrl);
    guard();
    return this;
  }

  /** Types into a field; tries again if the page replaced the field meanwhile (a navigation or an ajax update). */
  public Browser type(String id, String text) {
    guard();
    wait.until(d -> {
      try {
        WebElement field = d.findElement(By.id(id));
        if (!field.isDisplayed() || !field.isEnabled()) {
          return false;
        }
        field.clear();
        field.sendKeys(text);
        return text.equals(field.getAttribute("value"));
      } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException e) {
        return false;
      } catch (org.openqa.selenium.WebDriverException e) {
        // "node does not belong to the document": the page changed under us
        return false;
      }
    });
    return this;
  }

  /**
   * Types into a field of the plan question with this label and leaves the field, as a person
   * does before the answer saves. {@code idPart} picks one field of a composite answer (its id
   * ends with it); null takes the question's first text field.
   */
  public Browser answer(String questionLabel, String idPart, String text) {
    return typeIntoQuestion(questionLabel, idPart, text, true);
  }

  /** Types into the question's first text field and stays there: nothing has told the server yet. */
  public Browser typeWithoutLeaving(String questionLabel, String text) {
    return typeIntoQuestion(questionLabel, null, text, false);
  }

  private Browser typeIntoQuestion(String questionLabel, String idPart, String text, boolean leave) {
    guard();
    String question = "//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]";
    By field = idPart == null
        ? By.xpath("(" + question + "//textarea | " + question + "//input[@type='text'])[1]")
        : By.xpath(question + "//input[substring(@id, string-length(@id) - " + (idPart.length() - 1) + ") = '" + idPart + "']");
    wait.until(d -> {
      try {
        WebElement input = d.findElement(field);
        // select what is there and type over it, as a person does: clear() would leave the field
        // and fire a change, that is an autosave of an empty answer
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(text);
        if (!text.equals(input.getAttribute("value"))) {
          return false;
        }
        if (leave) {
          input.sendKeys(org.openqa.selenium.Keys.TAB);
        }
        return true;
      } catch (org.openqa.selenium.WebDriverException e) {
        return false;
      }
    });
    return this;
  }

  /** Picks an option of a choice question of the plan by the option's label. */
  public Browser choose(String questionLabel, String option) {
    return clickOn(By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]"
        + "//label[normalize-space(.)=\"" + option + "\"]"));
  }

  /** Types into a field and leaves it, closing any pop-up the field opened (a date picker). */
  public Browser typeAndLeave(String id, String text) {
    type(id, text);
    driver.findElement(By.id(id)).sendKeys(org.openqa.selenium.Keys.ESCAPE);
    // the pop-up may still be fading out over the heading: the click is tried again until it lands
    return clickOn(By.tagName("h1"));
  }

  /** Types into the first field of the form that sits under the text {@code near} (a question or a comment). */
  public Browser typeNear(String near, String formClass, String text) {
    guard();
    By field = By.xpath("(//*[contains(normalize-space(text()), \"" + near + "\")]/following::form[contains(@class,'" + formClass + "')][1]"
        + "//*[self::textarea or self::input[@type='text']])[1]");
    wait.until(d -> {
      try {
        WebElement input = d.findElement(field);
        input.clear();
        input.sendKeys(text);
        return text.equals(input.getAttribute("value"));
      } catch (org.openqa.selenium.WebDriverException e) {
        return false;
      }
    });
    return this;
  }

  /**
   * Pastes {@code text} into the first field of the form under the text {@code near}, as the
   * browser's own paste does: a field's maxlength would cut it, as it cuts a person's paste.
   */
  public Browser pasteNear(String near, String formClass, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.xpath("(//*[contains(normalize-space(text()), \"" + near
        + "\")]/following::form[contains(@class,'" + formClass + "')][1]//*[self::textarea or self::input[@type='text']])[1]")));
    return paste(input, text);
  }

  /** Pastes into the field with this id. */
  public Browser pasteInto(String id, String text) {
    return paste(wait.until(ExpectedConditions.elementToBeClickable(By.id(id))), text);
  }

  private Browser paste(WebElement input, String text) {
    guard();
    driver.executeScript("arguments[0].focus(); arguments[0].select(); document.execCommand('insertText', false, arguments[1]);", input, text);
    return this;
  }

  /** The value of the first field of the form under the text {@code near}. */
  public String valueNear(String near, String formClass) {
    return find(By.xpath("(//*[contains(normalize-space(text()), \"" + near + "\")]/following::form[contains(@class,'" + formClass + "')][1]"
        + "//*[self::textarea or self::input[@type='text']])[1]")).getAttribute("value");
  }

  /** How often the page shows this text, counted in the rendered text of its body. */
  public int timesShown(String text) {
    String body = text();
    int count = 0;
    for (int at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + text.length())) {
      count++;
    }
    return count;
  }

  /** Whether the page is no wider than the window: nothing to scroll sideways. */
  public boolean fitsTheWindow() {
    // a phone widens its layout to fit what is too wide, so compare with the screen, not the layout
    Object fits = driver.executeScript("return document.documentElement.scrollWidth <= screen.width;");
    return Boolean.TRUE.equals(fits);
  }

  /** Waits until the condition holds, e.g. a row moved by a drag has arrived. */
  public Browser waitFor(String what, java.util.function.BooleanSupplier condition) {
    try {
      wait.until(d -> {
        try {
          return condition.getAsBoolean();
        } catch (org.openqa.selenium.WebDriverException notYet) {
          return false;
        }
      });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("Waited in vain for " + what + ". " + keepEvidence(), e);
    }
    guard();
    return this;
  }

  /** The script's answer, for checks a test makes in the page itself. */
  public Object script(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /** Drags the element by this offset with the mouse, in small steps as a hand would. */
  public Browser drag(By element, int dx, int dy) {
    guard();
    WebElement handle = wait.until(ExpectedConditions.visibilityOfElementLocated(element));
    new org.openqa.selenium.interactions.Actions(driver).clickAndHold(handle).moveByOffset(0, dy / 4).moveByOffset(dx, dy / 4)
        .moveByOffset(0, dy / 4).moveByOffset(0, dy - 3 * (dy / 4)).pause(Duration.ofMillis(200)).release().perform();
    return this;
  }

  /** Presses the button of the form under the text {@code near}. */
  public Browser pressNear(String near, String formClass) {
    return clickOn(By.xpath("(//*[contains(normalize-space(text()), \"" + near + "\")]/following::form[contains(@class,'" + formClass + "')][1]"
        + "//button)[1]"));
  }

  /** The value of the first text field of the plan question with this label. */
  public String answerOf(String questionLabel) {
    String question = "//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]";
    return find(By.xpath("(" + question + "//textarea | " + question + "//input[@type='text'])[1]")).getAttribute("value");
  }

  /** Whether the option with this label is the chosen one of the plan question (a radio button). */
  public boolean isChosen(String questionLabel, String option) {
    String question = "//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]";
    String forId = find(By.xpath(question + "//label[normalize-space(.)=\"" + option + "\"]")).getAttribute("for");
    return driver.findElement(By.id(forId)).isSelected();
  }

  /** Presses a button inside the plan question with this label (say "Keep mine"). */
  public Browser pressInQuestion(String questionLabel, String buttonText) {
    return clickOn(By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]"
        + "//button[normalize-space(.)=\"" + buttonText + "\"]"));
  }

  /** Waits until the plan question with this label shows the text (a conflict, a message). */
  public String waitForTextInQuestion(String questionLabel, String text) {
    guard();
    By question = By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]");
    try {
      wait.until(d -> d.findElement(question).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("The question '" + questionLabel + "' never said '" + text + "'. " + keepEvidence(), e);
    }
    return driver.findElement(question).getText();
  }

  /**
   * Like {@link #waitUntilSaved} but looks every few milliseconds rather than every half second:
   * for a test that must act the very moment the page says "Saved".
   */
  public Browser waitUntilSavedPromptly(String questionLabel) {
    By saved = By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]"
        + "//*[contains(@class,'saved')]");
    new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(5)).until(ExpectedConditions.presenceOfElementLocated(saved));
    return this;
  }

  /** Waits until the plan question with this label says its answer is saved. */
  public Browser waitUntilSaved(String questionLabel) {
    By saved = By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]"
        + "//*[contains(@class,'saved')]");
    try {
      wait.until(ExpectedConditions.presenceOfElementLocated(saved));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("The answer to '" + questionLabel + "' was never saved. " + keepEvidence(), e);
    }
    guard();
    return this;
  }

  public Browser reload() {
    driver.navigate().refresh();
    guard();
    return this;
  }

  /** GET with this browser's session, as bytes: a file download. */
  public byte[] download(String path) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + path + " answered " + response.statusCode());
      }
      return response.body();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Chooses a file in a file input, as a person picking it in the dialog. */
  public Browser upload(String inputId, java.nio.file.Path file) {
    guard();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id(inputId))).sendKeys(file.toAbsolutePath().toString());
    return this;
  }

  /**
   * Chooses an option of a PrimeFaces select-one menu by its visible label. Opening the menu and
   * picking the item are retried as one step, because an ajax update may replace the menu (and
   * close its panel) between the two clicks.
   */
  public Browser selectByLabel(String menuId, String label) {
    guard();
    // the menu's own panel: another menu's panel may still be closing, its items still shown
    By item = By.xpath("//*[@id='" + menuId + "_panel']//li[contains(@class,'ui-selectonemenu-item') and @data-label='" + label + "']");
    wait.until(d -> {
      try {
        if (d.findElement(By.id(menuId + "_label")).getText().equals(label)) {
          return true;
        }
        WebElement option = d.findElements(item).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        if (option != null) {
          option.click();
        } else {
          d.findElement(By.id(menuId)).click();
        }
        return false;
      } catch (org.openqa.selenium.WebDriverException e) {
        // the menu was replaced under us (stale, not found, detached): look again
        return false;
      }
    });
    return this;
  }

  public WebElement find(By element) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(element));
  }

  public String pageSource() {
    return driver.getPageSource();
  }

  public java.util.List<WebElement> findAll(By elements) {
    wait.until(ExpectedConditions.presenceOfElementLocated(elements));
    return driver.findElements(elements);
  }

  public boolean has(By element) {
    return !driver.findElements(element).isEmpty();
  }

  public Browser click(String id) {
    return clickOn(By.id(id));
  }

  /**
   * Clicks the element once it is shown and enabled; tries again when the page replaced it
   * meanwhile (a navigation or an ajax update still under way).
   */
  private Browser clickOn(By locator) {
    guard();
    wait.until(d -> {
      WebElement element;
      try {
        element = d.findElement(locator);
        if (!element.isDisplayed() || !element.isEnabled()) {
          return false;
        }
      } catch (org.openqa.selenium.NoSuchElementException | StaleElementReferenceException e) {
        return false;
      }
      try {
        element.click();
        return true;
      } catch (org.openqa.selenium.ElementNotInteractableException
          | StaleElementReferenceException e) {
        return false; // the click never reached the element: try again
      } catch (org.openqa.selenium.WebDriverException e) {
        // "node does not belong to the document" means the page replaced the element before the
        // click; anything else came after the click went in (a navigation), and clicking again
        // would send the form twice
        return e.getMessage() == null || !e.getMessage().contains("does not belong to the document") ? Boolean.TRUE : Boolean.FALSE;
      }
    });
    return this;
  }

  /** Presses the button with this label in the table row that mentions {@code rowText}. */
  public Browser clickInRow(String rowText, String buttonLabel) {
    return clickOn(By.xpath("//tr[contains(., '" + rowText + "')]//button[contains(., '" + buttonLabel + "')]"));
  }

  /** Clicks the label with this text, e.g. to tick a check box. */
  public Browser clickLabel(String text) {
    return clickOn(By.xpath("//label[normalize-space(.)=\"" + text + "\"]"));
  }

  /** Presses the button with this text. */
  public Browser clickButton(String text) {
    return clickOn(By.xpath("//button[normalize-space(.)=\"" + text + "\"]"));
  }

  /** Answers "Yes" in the confirmation dialog that is open. */
  public Browser confirm() {
    return clickOn(By.cssSelector(".ui-confirmdialog-yes"));
  }

  public Browser clickLink(String text) {
    return clickOn(By.linkText(text));
  }

  public Browser waitForText(String text) {
    try {
      // the cheap test (the DOM's text, no layout) first; the rendered text only once it may be there
      wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return document.body.textContent.includes(arguments[0]);", text))
          && d.findElement(By.tagName("body")).getText().contains(text));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("The page never said '" + text + "'. " + keepEvidence(), e);
    }
    guard();
    return this;
  }

  /** Saves a screenshot and the page source under target/browser-failures, for the person reading a red build. */
  private String keepEvidence() {
    try {
      java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "browser-failures"));
      String name = "failure-" + System.currentTimeMillis();
      java.nio.file.Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
      java.nio.file.Files.writeString(dir.resolve(name + ".html"), driver.getPageSource());
      return "At " + driver.getCurrentUrl() + " it said: " + driver.findElement(By.tagName("body")).getText().replace('\n', ' ')
          + " (screenshot: " + dir.resolve(name + ".png") + ")";
    } catch (java.io.IOException | RuntimeException e) {
      return "(no evidence kept: " + e + ")";
    }
  }

  public Browser waitForPath(String path) {
    wait.until(d -> URI.create(d.getCurrentUrl()).getPath().equals(path));
    guard();
    return this;
  }

  public String heading() {
    String heading = wait.until(d -> d.findElement(By.tagName("h1")).getText());
    guard();
    return heading;
  }

  public String text() {
    return wait.until(d -> d.findElement(By.tagName("body")).getText());
  }

  public String path() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  public String hrefOf(By link) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(link)).getAttribute("href");
  }

  /** GET with this browser's session cookie, to read the status code a person would not see. */
  public HttpResponse<String> get(String path) {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
    if (session != null) {
      request.header("Cookie", "JSESSIONID=" + session.getValue());
    }
    try {
      return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
          .send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String sessionId() {
    Cookie session = driver.manage().getCookieNamed("JSESSIONID");
    return session == null ? null : session.getValue();
  }

  /** Ends the session as a time-out or a restart does: the browser keeps the page, the server forgets it. */
  public Browser loseSession() {
    driver.manage().deleteCookieNamed("JSESSIONID");
    return this;
  }

  /** The page's address, query included. */
  public String url() {
    return driver.getCurrentUrl();
  }

  public void signOut() {
    click("signOutForm:signOut");
    wait.until(d -> d.findElements(By.id("signOutForm:signOut")).isEmpty());
  }

  /** The field of the plan question with this label whose draft key ends with {@code :part} (text, metric, 0:Name...). */
  public By answerField(String questionLabel, String part) {
    return By.xpath("//form[contains(@class,'question')][.//label[contains(normalize-space(.), \"" + questionLabel + "\")]]"
        + "//*[substring(@data-draft, string-length(@data-draft) - " + part.length() + ") = ':" + part + "']");
  }

  /** Pastes into the field as the browser's own paste does, then leaves it (a tab), as a person does before an answer saves. */
  public Browser pasteAndLeave(By field, String text) {
    WebElement input = wait.until(ExpectedConditions.elementToBeClickable(field));
    paste(input, text);
    input.sendKeys(org.openqa.selenium.Keys.TAB);
    return this;
  }

  /** Pastes into the field found so, as the browser's own paste does. */
  public Browser pasteInto(By field, String text) {
    return paste(wait.until(ExpectedConditions.elementToBeClickable(field)), text);
  }

  /** The field's value exactly as the page holds it. */
  public String valueOf(By field) {
    return find(field).getAttribute("value");
  }

  /**
   * Waits until the field is refused by a message beside it (in the field's own box, or its
   * question's or comment's form), not only in the page's message area, and answers it.
   */
  public String messageBeside(By field) {
    String[] said = new String[1];
    waitFor("a message beside the field " + field, () -> {
      said[0] = (String) driver.executeScript("""
          const box = arguments[0].closest('.field') || arguments[0].closest('form');
          const shown = [...box.querySelectorAll('.ui-message-error, .field-error')].filter(m => m.offsetParent !== null)
              .map(m => m.textContent.trim()).filter(t => t.length > 0);
          return shown.length ? shown.join(' ') : null;""", driver.findElement(field));
      return said[0] != null;
    });
    return said[0];
  }

  /** Whether the page's text (as the DOM holds it, before layout) contains this exactly. */
  public boolean shows(String text) {
    return Boolean.TRUE.equals(driver.executeScript("return document.body.textContent.includes(arguments[0]);", text));
  }

  /** Presses the button with this label in the table row (or list item) whose text contains {@code rowText}, whatever quotes it holds. */
  public Browser clickInRowWith(String rowText, String buttonLabel) {
    guard();
    WebElement button = wait.until(d -> (WebElement) driver.executeScript("""
        const press = row => [...row.querySelectorAll('button, a')].find(b => b.textContent.trim() === arguments[1]);
        const rows = [...document.querySelectorAll('tr, li')].filter(r => r.textContent.includes(arguments[0]) && press(r));
        // the innermost: a question's line rather than its section's row
        return rows.length ? press(rows[rows.length - 1]) : null;""",
        rowText, buttonLabel));
    button.click();
    return this;
  }

  /** Clicks the element once it is shown and enabled. */
  public Browser click(By element) {
    return clickOn(element);
  }

  /** Chooses an option of a PrimeFaces select-one menu by its label, whatever quotes the label holds. */
  public Browser chooseInMenu(String menuId, String label) {
    guard();
    // opening and picking retried as one step, as selectByLabel does
    waitFor("the menu " + menuId + " to show " + label, () -> {
      if (label.equals(driver.findElement(By.id(menuId + "_label")).getText())) {
        return true;
      }
      WebElement item = (WebElement) driver.executeScript("return [...document.querySelectorAll('[id=\"' + arguments[1]"
          + " + '_panel\"] li.ui-selectonemenu-item')].find(li => li.dataset.label === arguments[0] && li.offsetParent !== null) || null;",
          label, menuId);
      (item != null ? item : driver.findElement(By.id(menuId))).click();
      return false;
    });
    return this;
  }

  /** Waits until no ajax request of the page is under way or queued: what was sent has been answered. */
  public Browser settled() {
    return waitFor("the page's requests to be answered", () -> Boolean.TRUE.equals(driver.executeScript(
        "return !window.PrimeFaces || (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0));")));
  }

  /**
   * Leaves Chromium as a new one starts: one window, no cookies, nothing stored for Banyan's
   * address, and puts it back for the next test; a browser that cannot be cleared is closed.
   */
  @Override
  public void close() {
    try {
      String first = driver.getWindowHandles().iterator().next();
      for (String window : driver.getWindowHandles()) {
        if (!window.equals(first)) {
          driver.switchTo().window(window).close();
        }
      }
      driver.switchTo().window(first);
      driver.get(BASE + "/favicon.ico");
      driver.executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
      driver.manage().deleteAllCookies();
      driver.get("about:blank");
      IDLE.get(key).push(driver);
    } catch (RuntimeException unusable) {
      driver.quit();
    }
  }
}
