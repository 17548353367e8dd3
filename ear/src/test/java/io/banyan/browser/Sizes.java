package io.banyan.browser;

import jakarta.persistence.Column;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Texts of real size and real script for fields with a bound, the bounds read from the product
 * itself, and a tally of what a test tried.
 */
final class Sizes {

  /**
   * What people type: accents, emoji (one with a skin tone: two surrogate pairs), Arabic, both
   * quotes, angle brackets and an ampersand that are not markup, single spaces only.
   */
  private static final String SAMPLE = "Añadir café ñandú, crème brûlée 🎉 مرحبا بكم في المقهى 'R&D' \"top\" 2<3 >_> 👍🏽 Ærøskøbing Íñigo ";

  /** Each field tried, with how many values it was tried with. */
  private final Map<String, Integer> tried = new LinkedHashMap<>();

  /**
   * Exactly {@code length} UTF-16 units of mixed text. It never ends in half an emoji, nor begins
   * or ends with a space a form would trim; {@code salt} makes texts of the same length differ.
   */
  static String mixed(int length, String salt) {
    StringBuilder text = new StringBuilder(salt).append(' ');
    while (text.length() < length) {
      text.append(SAMPLE);
    }
    text.setLength(length);
    char last = text.charAt(length - 1);
    if (Character.isHighSurrogate(last) || Character.isWhitespace(last)) {
      text.setCharAt(length - 1, '.');
    }
    return text.toString();
  }

  static String mixed(int length) {
    return mixed(length, "0");
  }

  /** Lines of mixed text, one per option or column, of exactly {@code length} units with their line breaks. */
  static String lines(int length, int count) {
    StringBuilder text = new StringBuilder();
    int each = (length - (count - 1)) / count;
    for (int i = 0; i < count; i++) {
      int size = i == count - 1 ? length - text.length() : each;
      text.append(mixed(size, String.valueOf(i + 1))).append(i == count - 1 ? "" : "\n");
    }
    return text.toString();
  }

  /** The bound the product puts on a field of an entity: its {@code @Size} maximum, else its column's length. */
  static int maxOf(Class<?> entity, String field) {
    try {
      java.lang.reflect.Field declared = entity.getDeclaredField(field);
      Size size = declared.getAnnotation(Size.class);
      if (size != null) {
        return size.max();
      }
      return declared.getAnnotation(Column.class).length();
    } catch (NoSuchFieldException e) {
      throw new IllegalArgumentException(entity.getSimpleName() + " has no field " + field, e);
    }
  }

  /** Counts a field tried with this many values (its maximum, one over; a file's sizes). */
  void tried(String field, int values) {
    tried.put(field, values);
  }

  /** "FullSizesIT: 33 fields × 2 values, 1 field × 4 values (…)". */
  String summary(String test) {
    Map<Integer, Long> byValues = new TreeMap<>();
    tried.values().forEach(values -> byValues.merge(values, 1L, Long::sum));
    StringJoiner counts = new StringJoiner(", ");
    byValues.forEach((values, fields) -> counts.add(fields + (fields == 1 ? " field" : " fields") + " × " + values + " values"));
    return test + ": " + counts + " (" + String.join(", ", tried.keySet()) + ")";
  }
}
