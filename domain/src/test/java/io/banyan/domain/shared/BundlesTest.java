package io.banyan.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * English and Spanish say the same things: both bundles have the same keys, each text the same
 * placeholders, every pattern parses, and every key is used somewhere in the sources.
 */
class BundlesTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  @ParameterizedTest
  @ValueSource(strings = {"io/banyan/messages", "ValidationMessages", "io/banyan/starter"})
  void bothLanguagesHaveTheSameKeys(String bundle) {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
    onlyEnglish.removeAll(spanish.stringPropertyNames());
    Set<String> onlySpanish = new TreeSet<>(spanish.stringPropertyNames());
    onlySpanish.removeAll(english.stringPropertyNames());
    assertEquals(Set.of(), onlyEnglish, "keys with no Spanish text");
    assertEquals(Set.of(), onlySpanish, "keys with no English text");
  }

  @ParameterizedTest
  @ValueSource(strings = {"io/banyan/messages", "ValidationMessages", "io/banyan/starter"})
  void eachTextHasTheSamePlaceholdersInBothLanguagesAndParses(String bundle) {
    Properties english = load(bundle + ".properties");
    Properties spanish = load(bundle + "_es.properties");
    List<String> problems = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String en = english.getProperty(key);
      String es = spanish.getProperty(key, "");
      if (!placeholders(en).equals(placeholders(es))) {
        problems.add(key + ": " + placeholders(en) + " in English, " + placeholders(es) + " in Spanish");
      }
      if (!placeholders(en).isEmpty() && !bundle.equals("ValidationMessages")) {
        try {
          new MessageFormat(en, Locale.ENGLISH);
          new MessageFormat(es, Locale.forLanguageTag("es"));
        } catch (IllegalArgumentException e) {
          problems.add(key + ": " + e.getMessage());
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyKeyIsUsedSomewhere() throws IOException {
    String sources = sources();
    List<String> unused = load("io/banyan/messages.properties").stringPropertyNames().stream()
        .filter(key -> !usedIn(sources, key))
        .sorted()
        .toList();
    assertEquals(List.of(), unused, "keys no page, bean or service reads");
  }

  @Test
  void textsAreReadInTheReadersLanguage() {
    assertEquals("Guardar", Texts.of(Locale.forLanguageTag("es-ES"), "common.save"));
    assertEquals("Save", Texts.of(Locale.FRENCH, "common.save"));
    assertEquals("hace 3 horas", Texts.of(Locale.forLanguageTag("es"), "time.hoursAgo", 3));
    assertEquals("1 hour ago", Texts.of(Locale.ENGLISH, "time.hoursAgo", 1));
  }

  private static boolean usedIn(String sources, String key) {
    if (sources.contains("\"" + key + "\"") || sources.contains("'" + key + "'")) {
      return true;
    }
    // keys built from a prefix and a value: enum labels and the like
    int dot = key.lastIndexOf('.');
    while (dot > 0) {
      String prefix = key.substring(0, dot + 1);
      if (sources.contains("\"" + prefix + "\"") || sources.contains("'" + prefix + "'")) {
        return true;
      }
      dot = key.lastIndexOf('.', dot - 1);
    }
    return false;
  }

  private static String sources() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    StringBuilder all = new StringBuilder();
    for (String module : List.of("domain", "ejb", "web")) {
      Path main = root.resolve(module).resolve("src/main");
      try (Stream<Path> files = Files.walk(main)) {
        files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml") || f.toString().endsWith(".js"))
            .forEach(f -> {
              try {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    }
    return all.toString();
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = BundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertTrue(in != null, resource + " is on the class path");
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
