package io.banyan.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The starter template says the same things in English and Spanish: one structure, two languages. */
class StarterTemplateTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private static TemplateVersion v1(Locale language) {
    return StarterTemplate.create(language, NOW).latestPublished().orElseThrow();
  }

  private static List<TemplateQuestion> questions(TemplateVersion version) {
    return version.getSections().stream().flatMap(s -> s.getQuestions().stream()).toList();
  }

  private static <T> List<T> each(TemplateVersion version, Function<TemplateQuestion, T> what) {
    return questions(version).stream().map(what).toList();
  }

  @Test
  void spanishAndEnglishHaveTheSameStructure() {
    TemplateVersion english = v1(Locale.ENGLISH);
    TemplateVersion spanish = v1(SPANISH);
    assertEquals(11, spanish.getSections().size());
    assertEquals(english.getSections().size(), spanish.getSections().size(), "sections");
    assertEquals(english.getSections().stream().map(s -> s.getQuestions().size()).toList(),
        spanish.getSections().stream().map(s -> s.getQuestions().size()).toList(), "questions per section");
    assertEquals(each(english, TemplateQuestion::getKind), each(spanish, TemplateQuestion::getKind), "question kinds, in order");
    assertEquals(each(english, TemplateQuestion::isRequired), each(spanish, TemplateQuestion::isRequired), "required questions");
    assertEquals(each(english, q -> q.getSettings().options().size()), each(spanish, q -> q.getSettings().options().size()), "options");
    assertEquals(each(english, q -> q.getSettings().columns().size()), each(spanish, q -> q.getSettings().columns().size()), "columns");
    assertEquals(each(english, q -> q.getHelp() == null), each(spanish, q -> q.getHelp() == null), "help texts");
    assertEquals(each(english, q -> q.getSettings().minimum()), each(spanish, q -> q.getSettings().minimum()), "minimums");
    assertEquals(each(english, q -> q.getSettings().maximum()), each(spanish, q -> q.getSettings().maximum()), "maximums");
    assertEquals(each(english, q -> q.getSettings().unit() == null), each(spanish, q -> q.getSettings().unit() == null), "units");
  }

  @Test
  void theSpanishStarterIsWrittenInSpanish() {
    PlanTemplate spanishTemplate = StarterTemplate.create(SPANISH, NOW);
    TemplateVersion english = v1(Locale.ENGLISH);
    TemplateVersion spanish = spanishTemplate.latestPublished().orElseThrow();

    assertEquals("Plan de estrategia en redes sociales", spanishTemplate.getName());
    assertEquals(StarterTemplate.name(SPANISH), spanishTemplate.getName());
    assertNotEquals(StarterTemplate.NAME, spanishTemplate.getName());
    assertNotEquals(StarterTemplate.create(NOW).getDescription(), spanishTemplate.getDescription());
    assertEquals("Por qué lo haces", spanish.getSections().get(0).getTitle());
    for (int i = 0; i < english.getSections().size(); i++) {
      TemplateSection en = english.getSections().get(i);
      TemplateSection es = spanish.getSections().get(i);
      assertNotEquals(en.getTitle(), es.getTitle(), "section " + (i + 1) + "'s title");
      assertNotEquals(en.getGuidance(), es.getGuidance(), "section " + (i + 1) + "'s guidance");
      assertTrue(es.getGuidance().startsWith("<p>") && es.getGuidance().endsWith("</p>"), "guidance is HTML paragraphs");
    }
    List<TemplateQuestion> en = questions(english);
    List<TemplateQuestion> es = questions(spanish);
    for (int i = 0; i < en.size(); i++) {
      assertNotEquals(en.get(i).getLabel(), es.get(i).getLabel(), "question " + (i + 1));
      if (en.get(i).getHelp() != null) {
        assertNotEquals(en.get(i).getHelp(), es.get(i).getHelp(), "help of question " + (i + 1));
      }
      for (int o = 0; o < en.get(i).getSettings().options().size(); o++) {
        assertNotEquals(en.get(i).getSettings().options().get(o), es.get(i).getSettings().options().get(o));
      }
      for (int c = 0; c < en.get(i).getSettings().columns().size(); c++) {
        assertNotEquals(en.get(i).getSettings().columns().get(c), es.get(i).getSettings().columns().get(c));
      }
    }
    assertEquals("horas", es.stream().filter(q -> q.getKind() == QuestionKind.NUMBER).findFirst().orElseThrow().getSettings().unit());
  }

  @Test
  void englishIsTheStarterOfAnyOtherLanguageAndKeepsItsWords() {
    TemplateVersion english = StarterTemplate.create(NOW).latestPublished().orElseThrow();
    assertEquals(StarterTemplate.NAME, StarterTemplate.create(NOW).getName());
    assertEquals(StarterTemplate.NAME, StarterTemplate.name(Locale.ENGLISH));
    assertEquals(StarterTemplate.NAME, StarterTemplate.create(Locale.FRENCH, NOW).getName());
    assertEquals(StarterTemplate.name(SPANISH), StarterTemplate.name(Locale.forLanguageTag("es-MX")));
    assertEquals(List.of(StarterTemplate.NAME, "Plan de estrategia en redes sociales"), StarterTemplate.names());
    assertEquals("Why you are doing this", english.getSections().get(0).getTitle());
    assertEquals("Why did you start this business, and what do you enjoy about it?", questions(english).get(0).getLabel());
    assertEquals("Write it as you would tell a new customer.", questions(english).get(0).getHelp());
    assertEquals(List.of("A trial balloon", "A useful extra channel", "A critical part of our marketing"),
        questions(english).get(2).getSettings().options());
    assertEquals("At this stage, social media is for you…", questions(english).get(2).getLabel());
    assertTrue(english.getSections().get(4).getGuidance().contains("\"Be on Instagram\" is not a goal"));
    assertEquals(each(english, TemplateQuestion::getLabel), each(v1(Locale.ENGLISH), TemplateQuestion::getLabel));
  }

  @Test
  void bothBundlesListTheSameKeysInTheSameOrderAndNoPatterns() throws IOException {
    List<String> english = keys("io/banyan/starter.properties");
    List<String> spanish = keys("io/banyan/starter_es.properties");
    assertTrue(english.containsAll(List.of("template.name", "why.title", "why.3.option.3", "steps.2.help")), "keys: " + english);
    assertEquals(english, spanish);
    for (String resource : List.of("io/banyan/starter.properties", "io/banyan/starter_es.properties")) {
      for (String line : lines(resource).stream().filter(l -> !l.startsWith("#")).toList()) {
        assertTrue(!line.contains("''") && !line.matches(".*\\{\\d.*"), resource + ": texts are used as they are, not as patterns: " + line);
      }
    }
  }

  private static List<String> keys(String resource) throws IOException {
    List<String> keys = new ArrayList<>();
    boolean continued = false;
    for (String line : lines(resource)) {
      boolean startsValue = !continued && !line.isBlank() && !line.startsWith("#");
      if (startsValue) {
        keys.add(line.substring(0, line.indexOf('=')));
      }
      continued = (startsValue || continued) && line.endsWith("\\");
    }
    return keys;
  }

  private static List<String> lines(String resource) throws IOException {
    try (InputStream in = StarterTemplateTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, resource + " is on the class path");
      try (Stream<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()) {
        return lines.toList();
      }
    }
  }
}
