package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NewPasswordTest {

  @Test
  void acceptsTenCharactersWithVariety() {
    assertEquals("abcd123456", new NewPassword("abcd123456").value());
  }

  @Test
  void refusesNineCharacters() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NewPassword("abcd12345"));
    assertEquals("A password has at least 10 characters.", e.getMessage());
  }

  @Test
  void refusesNull() {
    assertThrows(IllegalArgumentException.class, () -> new NewPassword(null));
  }

  @Test
  void acceptsExactly128Characters() {
    String value = "abcd".repeat(32);
    assertEquals(128, value.length());
    assertEquals(value, new NewPassword(value).value());
  }

  @Test
  void refuses129Characters() {
    String value = "abcd".repeat(32) + "e";
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NewPassword(value));
    assertEquals("A password has at most 128 characters.", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"aaaaaaaaaa", "ababababab", "abcabcabcabc", "          ", "1111111111111"})
  void refusesFewerThanFourDistinctCharacters(String weak) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NewPassword(weak));
    assertEquals("Choose a password with more variety than that.", e.getMessage());
  }

  @Test
  void refusesOnlyWhitespaceEvenWithVariety() {
    assertThrows(IllegalArgumentException.class, () -> new NewPassword(" \t\n\u000B \t\n\u000B  "));
  }

  @Test
  void acceptsExactlyFourDistinctCharacters() {
    assertEquals("abcdabcdab", new NewPassword("abcdabcdab").value());
  }

  @Test
  void toStringHidesTheValue() {
    NewPassword password = new NewPassword("correct horse battery");
    assertFalse(password.toString().contains("correct"));
    assertEquals("NewPassword[hidden]", password.toString());
  }
}
