package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest
  @ValueSource(strings = {"abc", "acme", "acme-consulting", "a1b", "a-b", "north-east-2", "x9-y8-z7"})
  void acceptsLowerCaseLettersDigitsAndSingleInnerHyphens(String candidate) {
    assertEquals(candidate, new Slug(candidate).value());
    assertTrue(Slug.isValid(candidate));
  }

  @Test
  void acceptsExactlyThreeAndExactlyFortyCharacters() {
    assertTrue(Slug.isValid("abc"));
    assertTrue(Slug.isValid("a" + "b".repeat(39)));
  }

  @Test
  void refusesTwoCharacters() {
    assertFalse(Slug.isValid("ab"));
  }

  @Test
  void refusesFortyOneCharacters() {
    assertFalse(Slug.isValid("a" + "b".repeat(40)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Acme", "ACME", "acMe"})
  void refusesUpperCase(String candidate) {
    assertFalse(Slug.isValid(candidate));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1acme", "9ab", "-acme"})
  void refusesAStartOtherThanALetter(String candidate) {
    assertFalse(Slug.isValid(candidate));
  }

  @Test
  void refusesADoubleHyphen() {
    assertFalse(Slug.isValid("acme--consulting"));
  }

  @Test
  void refusesATrailingHyphen() {
    assertFalse(Slug.isValid("acme-"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ac me", "acme_co", "acmé", "acme.co", "acme/x", " acme", "acme\n", ""})
  void refusesOtherCharacters(String candidate) {
    assertFalse(Slug.isValid(candidate));
  }

  @Test
  void refusesNull() {
    assertFalse(Slug.isValid(null));
    assertThrows(IllegalArgumentException.class, () -> new Slug(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "api", "login", "logout", "resources", "static", "www", "banyan", "platform"})
  void refusesReservedWordsAndSaysSo(String reserved) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Slug(reserved));
    assertTrue(e.getMessage().contains("reserved"), e.getMessage());
    assertFalse(Slug.isValid(reserved));
  }

  @Test
  void allowsReservedWordsAsPartOfALongerName() {
    assertTrue(Slug.isValid("admin-team"));
    assertTrue(Slug.isValid("banyans"));
  }

  @Test
  void explainsTheFormWhenMalformed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Slug("A"));
    assertTrue(e.getMessage().contains("3 to 40"), e.getMessage());
  }

  @Test
  void printsAsItsValue() {
    assertEquals("acme", new Slug("acme").toString());
  }
}
