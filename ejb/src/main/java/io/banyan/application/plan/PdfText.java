package io.banyan.application.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import io.banyan.application.plan.PdfFonts.Cut;
import io.banyan.application.plan.PdfFonts.Face;
import java.awt.Color;
import java.text.Bidi;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Text set for the PDF exports in any script. Each character is shown in the first font that has
 * it, and one that no font has as "□" rather than dropped; Arabic letters are joined; and
 * right-to-left runs (Arabic, Hebrew) are put in reading order line by line, by the Unicode
 * bidirectional algorithm ({@link Bidi}). OpenPDF lays text out left to right only, so lines are
 * broken here and each is handed to it as one paragraph, ready to show.
 */
final class PdfText {

  /** Shown for a character that no font has. */
  static final String MISSING = "\u25A1";

  private static final Map<Integer, Integer> MIRRORED = Map.ofEntries(
      Map.entry((int) '(', (int) ')'), Map.entry((int) ')', (int) '('), Map.entry((int) '[', (int) ']'),
      Map.entry((int) ']', (int) '['), Map.entry((int) '{', (int) '}'), Map.entry((int) '}', (int) '{'),
      Map.entry((int) '<', (int) '>'), Map.entry((int) '>', (int) '<'), Map.entry(0xAB, 0xBB), Map.entry(0xBB, 0xAB),
      Map.entry(0x2039, 0x203A), Map.entry(0x203A, 0x2039), Map.entry(0x2264, 0x2265), Map.entry(0x2265, 0x2264));

  private PdfText() {}

  /** A cut, size and colour to set text in, with the fonts for it. */
  static final class Style {

    private final List<Face> faces;
    private final Font[] fonts;
    private final float size;

    Style(Cut cut, float size, Color color) {
      this.faces = PdfFonts.faces(cut);
      this.size = size;
      this.fonts = new Font[faces.size()];
      for (int i = 0; i < fonts.length; i++) {
        fonts[i] = new Font(faces.get(i).font(), size, faces.get(i).imitated(), color);
      }
    }

    float leading() {
      return size * 1.5f;
    }

    /** The first font that has the character, or -1. */
    int faceOf(int codePoint) {
      for (int i = 0; i < fonts.length; i++) {
        if (faces.get(i).font().charExists(codePoint)) {
          return i;
        }
      }
      return -1;
    }

    boolean has(int codePoint) {
      return faceOf(codePoint) >= 0;
    }

    float width(int codePoint, int face) {
      return faces.get(face).font().getWidthPoint(codePoint, size);
    }
  }

  /**
   * The text as one paragraph per line, each at most {@code width} wide: lines break between words
   * (inside a word only when it is longer than a line) and at the text's own line breaks. A
   * paragraph that starts right to left is set flush right.
   */
  static List<Paragraph> lines(String text, Style style, float width, Locale locale) {
    List<Paragraph> lines = new ArrayList<>();
    for (String paragraph : clean(text).split("\n", -1)) {
      String shaped = ArabicShaping.shape(paragraph, style::has);
      Bidi bidi = bidi(shaped);
      int alignment = bidi != null && !bidi.baseIsLeftToRight() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
      for (int[] line : breakLines(shaped, style, width, locale)) {
        Paragraph shown = new Paragraph(style.leading());
        shown.setAlignment(alignment);
        addRuns(shown, visual(shaped, bidi, line[0], line[1]), style);
        lines.add(shown);
      }
    }
    return lines;
  }

  /** The text as one line, not broken (a footer): in reading order, each character in a font that has it. */
  static Phrase phrase(String text, Style style) {
    String shaped = ArabicShaping.shape(clean(text).replace('\n', ' '), style::has);
    Bidi bidi = bidi(shaped);
    Phrase phrase = new Phrase(style.leading(), "", style.fonts[0]);
    addRuns(phrase, visual(shaped, bidi, 0, shaped.length()), style);
    return phrase;
  }

  /** The directions of a paragraph, its base that of its first letter; null for one all left to right. */
  private static Bidi bidi(String paragraph) {
    return Bidi.requiresBidi(paragraph.toCharArray(), 0, paragraph.length())
        ? new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT)
        : null;
  }

  /** Composed characters, one kind of line break, tabs as spaces and no other control characters. */
  private static String clean(String text) {
    String composed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC)
        .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().filter(c -> c == '\n' || Character.getType(c) != Character.CONTROL).forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Where each line starts and ends in the (logical) text, trailing spaces left out. */
  private static List<int[]> breakLines(String text, Style style, float max, Locale locale) {
    List<int[]> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(locale);
    breaks.setText(text);
    int lineStart = 0;
    float used = 0;
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      float ink = width(text, start, trimEnd(text, start, end), style);
      if (used + ink > max && start > lineStart) {
        lines.add(new int[] {lineStart, trimEnd(text, lineStart, start)});
        lineStart = start;
        used = 0;
      }
      // a word longer than a line: cut where the line is full
      int from = start;
      while (used + ink > max && lineStart == from) {
        int cut = fill(text, from, end, max, style);
        if (cut >= trimEnd(text, from, end)) {
          break;
        }
        lines.add(new int[] {lineStart, cut});
        lineStart = cut;
        from = cut;
        ink = width(text, from, trimEnd(text, from, end), style);
      }
      used += width(text, from, end, style);
    }
    lines.add(new int[] {lineStart, trimEnd(text, lineStart, text.length())});
    return lines;
  }

  /** The end of the longest start of [from, to) that fits in {@code max}: at least one character and its marks. */
  private static int fill(String text, int from, int to, float max, Style style) {
    float used = 0;
    int i = from;
    while (i < to) {
      int next = clusterEnd(text, i, to);
      float w = width(text, i, next, style);
      if (used + w > max && i > from) {
        break;
      }
      used += w;
      i = next;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int end = to;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static float width(String text, int from, int to, Style style) {
    float width = 0;
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (invisible(c)) {
        continue;
      }
      int face = style.faceOf(c);
      if (face >= 0) {
        width += style.width(c, face);
      } else {
        int missing = style.faceOf(MISSING.codePointAt(0));
        width += missing >= 0 ? style.width(MISSING.codePointAt(0), missing) : style.size / 2;
      }
    }
    return width;
  }

  /** The characters of [from, to) in the order they are shown, left to right. */
  private static String visual(String text, Bidi paragraph, int from, int to) {
    if (paragraph == null || from == to) {
      return text.substring(from, to);
    }
    Bidi line = paragraph.createLineBidi(from, to);
    int runs = line.getRunCount();
    byte[] levels = new byte[runs];
    Integer[] order = new Integer[runs];
    for (int r = 0; r < runs; r++) {
      levels[r] = (byte) line.getRunLevel(r);
      order[r] = r;
    }
    Bidi.reorderVisually(levels, 0, order, 0, runs);
    StringBuilder out = new StringBuilder(to - from);
    for (int r : order) {
      int start = from + line.getRunStart(r);
      int limit = from + line.getRunLimit(r);
      if ((line.getRunLevel(r) & 1) == 0) {
        out.append(text, start, limit);
      } else {
        appendReversed(out, text, start, limit);
      }
    }
    return out.toString();
  }

  /** A right-to-left run, last character first, each keeping its marks after it and brackets turned round. */
  private static void appendReversed(StringBuilder out, String text, int start, int limit) {
    List<String> clusters = new ArrayList<>();
    for (int i = start; i < limit; ) {
      int end = clusterEnd(text, i, limit);
      int base = text.codePointAt(i);
      int mirrored = MIRRORED.getOrDefault(base, base);
      clusters.add(new StringBuilder().appendCodePoint(mirrored).append(text, i + Character.charCount(base), end).toString());
      i = end;
    }
    for (int k = clusters.size() - 1; k >= 0; k--) {
      out.append(clusters.get(k));
    }
  }

  /** The end of the character at {@code i} and the marks on it. */
  private static int clusterEnd(String text, int i, int limit) {
    int end = i + Character.charCount(text.codePointAt(i));
    while (end < limit) {
      int c = text.codePointAt(end);
      int type = Character.getType(c);
      if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK && type != Character.COMBINING_SPACING_MARK) {
        break;
      }
      end += Character.charCount(c);
    }
    return end;
  }

  /** Adds the (visual) text as chunks, one per run of characters in the same font. */
  private static void addRuns(Phrase to, String text, Style style) {
    StringBuilder run = new StringBuilder();
    int runFace = -1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (invisible(c)) {
        continue;
      }
      int face = style.faceOf(c);
      String shown = new String(Character.toChars(c));
      if (face < 0) {
        shown = MISSING;
        face = Math.max(0, style.faceOf(MISSING.codePointAt(0)));
      }
      if (face != runFace && run.length() > 0) {
        to.add(new Chunk(run.toString(), style.fonts[runFace]));
        run.setLength(0);
      }
      runFace = face;
      run.append(shown);
    }
    if (run.length() > 0) {
      to.add(new Chunk(run.toString(), style.fonts[runFace]));
    }
    if (to.isEmpty()) {
      to.add(new Chunk(" ", style.fonts[0]));
    }
  }

  /**
   * Characters that show nothing by themselves, left out once they have served for joining and
   * direction: format characters (joiners, direction marks, soft hyphens), variation selectors,
   * emoji tags; and skin tones, which no font here has.
   */
  private static boolean invisible(int c) {
    return Character.getType(c) == Character.FORMAT
        || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)
        || (c >= 0xE0000 && c <= 0xE007F) || (c >= 0x1F3FB && c <= 0x1F3FF);
  }
}
