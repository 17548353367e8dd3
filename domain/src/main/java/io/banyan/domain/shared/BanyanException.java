package io.banyan.domain.shared;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A refusal a person can read and act on. Services throw it to roll back and tell why. It carries
 * a key of the messages bundle and its parameters, so each reader sees it in their own language;
 * the parameters must never carry another tenant's data. A parameter that is a {@link Phrase} is
 * read in the same language as the text around it.
 */
@ApplicationException(rollback = true, inherited = true)
public class BanyanException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final String key;
  private final Object[] params;

  public BanyanException(String key, Object... params) {
    super(Texts.of(Locale.ENGLISH, key, Phrase.resolved(Locale.ENGLISH, params)));
    this.key = key;
    this.params = params.clone();
  }

  public String key() {
    return key;
  }

  public Object[] params() {
    return params.clone();
  }

  /** The refusal as {@code locale}'s reader reads it. */
  public String messageIn(Locale locale) {
    return Texts.of(locale, key, Phrase.resolved(locale, params));
  }
}
