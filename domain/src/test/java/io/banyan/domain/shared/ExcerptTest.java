package io.banyan.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void leavesTextThatFitsAlone() {
    String text = "Plan before tools";
    assertSame(text, Excerpt.of(text, text.length()));
  }

  @Test
  void cutsAtTheLastWordThatFitsAndAddsAnEllipsis() {
    assertEquals("Ana replied: the café…", Excerpt.of("Ana replied: the café opens at seven", 24));
  }

  @Test
  void dropsPunctuationLeftBeforeTheEllipsis() {
    assertEquals("Goals…", Excerpt.of("Goals, platforms and metrics", 12));
  }

  @Test
  void cutsInsideAWordThatTakesMostOfTheRoom() {
    String excerpt = Excerpt.of("a " + "x".repeat(50), 20);
    assertEquals(20, excerpt.length());
    assertTrue(excerpt.startsWith("a xxx"));
  }

  @Test
  void neverSplitsAnEmoji() {
    // 9 letters then a two-unit emoji: the cut at 10 would fall between its halves.
    String excerpt = Excerpt.of("abcdefghi\uD83C\uDF89 and more", 11);
    assertEquals("abcdefghi…", excerpt);
    for (int i = 0; i < excerpt.length(); i++) {
      assertFalse(Character.isSurrogate(excerpt.charAt(i)), "a lone surrogate at " + i);
    }
  }

  @Test
  void fitsTwoThousandCharactersOfAccentsAndEmojiIntoTheColumn() {
    String reply = "Ñandú, café y crème brûlée 🎉 para el equipo de ventas. ".repeat(40);
    String excerpt = Excerpt.of("[Demo Consultancy] Ana Sol replied: " + reply, 200);
    assertTrue(excerpt.length() <= 200);
    assertTrue(excerpt.endsWith("…"));
    assertTrue(excerpt.codePoints().allMatch(cp -> !Character.isSurrogate((char) cp) || cp > 0xFFFF));
  }
}
