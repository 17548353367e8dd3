package io.banyan.domain.shared;

import java.util.Locale;

/**
 * A value a person typed that a value object refuses (an e-mail address, a colour, a URL name):
 * an {@link IllegalArgumentException}, as a constructor's refusal is, that carries a key of the
 * messages bundle and its parameters, so each reader sees it in their own language.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final String key;
  private final Object[] params;

  public InvalidValueException(String key, Object... params) {
    super(Texts.of(Locale.ENGLISH, key, params));
    this.key = key;
    this.params = params.clone();
  }

  public String key() {
    return key;
  }

  public Object[] params() {
    return params.clone();
  }

  public String messageIn(Locale locale) {
    return Texts.of(locale, key, params);
  }
}
