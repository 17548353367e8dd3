package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccentColourTest {

  @Test
  void lowerCasesTheHexDigits() {
    assertEquals("#abcdef", new AccentColour("#ABCDEF").hex());
    assertEquals("#a1b2c3", new AccentColour("#A1b2C3").hex());
  }

  @Test
  void keepsAnAlreadyLowerCaseColour() {
    assertEquals("#2e7d5b", new AccentColour("#2e7d5b").hex());
  }

  @Test
  void equalsIgnoresTheCaseItWasWrittenIn() {
    assertEquals(new AccentColour("#ff00aa"), new AccentColour("#FF00AA"));
  }

  @Test
  void printsAsItsHex() {
    assertEquals("#ff00aa", new AccentColour("#FF00AA").toString());
  }

  @Test
  void defaultIsAValidLowerCaseColour() {
    assertEquals("#2e7d5b", AccentColour.DEFAULT.hex());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "red",
        "#12345",
        "#1234567",
        "#12345g",
        "123456",
        "#fff",
        "",
        " #123456",
        "#123456 ",
        "#123456\n",
        "##12345",
        "#fff;}body{",
        "#123456;}body{background:url(x)}",
        "rgb(1,2,3)"
      })
  void refusesAnythingButHashAndSixHexDigits(String bad) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AccentColour(bad));
    assertEquals("A colour is written as # followed by six hex digits, e.g. #2e7d5b.", e.getMessage());
  }

  @Test
  void refusesNull() {
    assertThrows(IllegalArgumentException.class, () -> new AccentColour(null));
  }
}
