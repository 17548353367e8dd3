package io.banyan.domain.shared;

/**
 * Text Banyan builds for a bounded column (a mail subject, a notification, an audit detail), cut to
 * fit by construction: at the last word boundary that leaves room for an ellipsis, never inside a
 * surrogate pair, so an emoji is kept whole or dropped whole. The full text belongs somewhere
 * unbounded (the mail body, the page the notification links to).
 *
 * <p>Lengths are counted in UTF-16 units, which is never fewer than the characters MySQL and H2
 * count, so a value that fits here fits the column.
 */
public final class Excerpt {

  static final String ELLIPSIS = "…";

  private Excerpt() {}

  public static String of(String text, int max) {
    if (max < 2) {
      throw new IllegalArgumentException("An excerpt needs room for a character and an ellipsis");
    }
    if (text == null || text.length() <= max) {
      return text;
    }
    int end = max - ELLIPSIS.length();
    if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    int space = lastWhitespaceBefore(text, end);
    // A boundary far back would throw most of the room away: then cut inside the long word.
    if (space > end / 2) {
      end = space;
    }
    return stripTrailing(text.substring(0, end)) + ELLIPSIS;
  }

  private static int lastWhitespaceBefore(String text, int end) {
    for (int i = end; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static String stripTrailing(String s) {
    String stripped = s.stripTrailing();
    return stripped.endsWith(",") || stripped.endsWith(";") || stripped.endsWith(":")
        ? stripped.substring(0, stripped.length() - 1)
        : stripped;
  }
}
