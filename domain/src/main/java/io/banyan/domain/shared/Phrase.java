package io.banyan.domain.shared;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A part of a text that is itself read in the reader's language, e.g. a section's status inside a
 * refusal. Passed as a parameter of a {@link BanyanException} (or of another phrase), it is filled
 * in in the same language as the text around it.
 */
@FunctionalInterface
public interface Phrase extends Serializable {

  /** This part as {@code locale}'s reader reads it. */
  String in(Locale locale);

  /** The text under {@code key} with its parameters, any of which may be phrases too. */
  static Phrase of(String key, Object... params) {
    Object[] kept = params == null ? new Object[0] : params.clone();
    return locale -> Texts.of(locale, key, resolved(locale, kept));
  }

  /** The word for an enum constant, from the key {@code enum.<SimpleName>.<CONSTANT>}. */
  static Phrase label(Enum<?> value) {
    return of(labelKey(value));
  }

  /** The word for an enum constant as it reads inside a sentence: in lower case. */
  static Phrase lowerCaseLabel(Enum<?> value) {
    String key = labelKey(value);
    return locale -> Texts.of(locale, key).toLowerCase(Texts.supported(locale));
  }

  /** Several phrases one after the other, with {@code separator} between them. */
  static Phrase joined(String separator, List<? extends Phrase> parts) {
    List<Phrase> kept = List.copyOf(parts);
    return locale -> kept.stream().map(p -> p.in(locale)).collect(Collectors.joining(separator));
  }

  static String labelKey(Enum<?> value) {
    return "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** The parameters with every phrase among them read in {@code locale}; the others as they are. */
  static Object[] resolved(Locale locale, Object[] params) {
    if (params == null) {
      return new Object[0];
    }
    Object[] out = params.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Phrase phrase) {
        out[i] = phrase.in(locale);
      }
    }
    return out;
  }
}
