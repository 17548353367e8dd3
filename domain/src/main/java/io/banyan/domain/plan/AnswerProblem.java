package io.banyan.domain.plan;

import io.banyan.domain.shared.Phrase;
import io.banyan.domain.shared.Texts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Why an answer cannot be kept as it is: the part of the answer concerned, and a sentence for the
 * client, as a key of the messages bundle and its parameters.
 */
public final class AnswerProblem implements Phrase {

  private static final long serialVersionUID = 1L;
  private final String part;
  private final String key;
  private final Object[] params;

  public AnswerProblem(String part, String key, Object... params) {
    this.part = part;
    this.key = key;
    this.params = params == null ? new Object[0] : params.clone();
  }

  public static AnswerProblem of(String key, Object... params) {
    return new AnswerProblem("", key, params);
  }

  /** The part of the answer concerned (e.g. {@code "target"}), or empty for the answer as a whole. */
  public String part() {
    return part;
  }

  public String key() {
    return key;
  }

  public Object[] params() {
    return params.clone();
  }

  /** The sentence as {@code locale}'s reader reads it. */
  public String messageIn(Locale locale) {
    return Texts.of(locale, key, Phrase.resolved(locale, params));
  }

  /** The sentence in English. */
  public String message() {
    return messageIn(Locale.ENGLISH);
  }

  @Override
  public String in(Locale locale) {
    return messageIn(locale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnswerProblem p && Objects.equals(part, p.part) && key.equals(p.key) && Arrays.equals(params, p.params);
  }

  @Override
  public int hashCode() {
    return Objects.hash(part, key, Arrays.hashCode(params));
  }

  @Override
  public String toString() {
    return message();
  }
}
