package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.shared.InvalidValueException;

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

  // contrast, as WCAG 2 defines it; the reference figures are the ones contrast checkers print

  @Test
  void luminanceRunsFromBlackToWhite() {
    assertEquals(0.0, new AccentColour("#000000").luminance(), 1e-9);
    assertEquals(1.0, new AccentColour("#ffffff").luminance(), 1e-9);
    assertEquals(0.2159, new AccentColour("#808080").luminance(), 1e-4);
  }

  @Test
  void contrastOfKnownPairs() {
    AccentColour white = new AccentColour("#ffffff");
    assertEquals(21.0, new AccentColour("#000000").contrastWith(white), 1e-9);
    assertEquals(1.0, white.contrastWith(white), 1e-9);
    assertEquals(4.48, new AccentColour("#777777").contrastWith(white), 0.01);
    assertEquals(4.54, new AccentColour("#767676").contrastWith(white), 0.01);
    assertEquals(new AccentColour("#2e7d5b").contrastWith(white), white.contrastWith(new AccentColour("#2e7d5b")), 1e-12);
  }

  @Test
  void theDefaultAndDarkColoursAreReadableAndBrightOnesAreNot() {
    assertTrue(AccentColour.DEFAULT.isReadable());
    assertTrue(new AccentColour("#1d4ed8").isReadable());
    assertFalse(new AccentColour("#ffcc00").isReadable(), "yellow under white text");
    assertFalse(new AccentColour("#777777").isReadable(), "4.48:1 is just short");
  }

  @Test
  void aReadableColourIsItsOwnSuggestion() {
    assertEquals(AccentColour.DEFAULT, AccentColour.DEFAULT.readable());
  }

  @ParameterizedTest
  @ValueSource(strings = {"#ffcc00", "#00ff00", "#ffffff", "#ff6f61", "#7fb3d5", "#777777"})
  void theSuggestionIsReadableOfTheSameHueAndTheLightestSuch(String hex) {
    AccentColour chosen = new AccentColour(hex);
    AccentColour suggested = chosen.readable();
    assertTrue(suggested.isReadable(), suggested + " for " + hex);
    // the same hue: every channel scaled by one factor (to within rounding)
    int strongest = 1;
    for (int at = 3; at < 7; at += 2) {
      strongest = channel(chosen, at) > channel(chosen, strongest) ? at : strongest;
    }
    double factor = (double) channel(suggested, strongest) / channel(chosen, strongest);
    for (int at = 1; at < 7; at += 2) {
      assertEquals(factor * channel(chosen, at), channel(suggested, at), 1.5, hex);
    }
    // the nearest: one step lighter would not be readable any more
    AccentColour lighter = new AccentColour(String.format("#%02x%02x%02x", Math.min(255, channel(suggested, 1) + 1),
        Math.min(255, channel(suggested, 3) + 1), Math.min(255, channel(suggested, 5) + 1)));
    assertFalse(lighter.isReadable(), lighter + " is lighter than " + suggested + " and still readable");
  }

  @Test
  void anUnreadableChoiceIsRefusedWithTheSuggestionInTheMessage() {
    InvalidValueException refused = assertThrows(InvalidValueException.class, () -> AccentColour.chosen("#ffcc00"));
    assertEquals("invalid.colour.contrast", refused.key());
    assertEquals("#ffcc00", refused.params()[0]);
    assertEquals(new AccentColour("#ffcc00").readable().hex(), refused.params()[2]);
    assertEquals(AccentColour.DEFAULT, AccentColour.chosen("#2E7D5B"));
  }

  private static int channel(AccentColour colour, int at) {
    return Integer.parseInt(colour.hex().substring(at, at + 2), 16);
  }
}
