package io.banyan.domain.shared;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text a person reads, from the bundles {@code io/banyan/messages.properties} (English) and
 * {@code messages_es.properties} (Spanish), in the reader's language. Pages reach the same bundle
 * as {@code #{msg[...]}}; services use this for mails and exports, since they know the recipient.
 */
public final class Texts {

  public static final String BUNDLE = "io.banyan.messages";
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));
  private static final ResourceBundle.Control NO_JVM_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  public static ResourceBundle bundle(Locale locale) {
    return bundle(BUNDLE, locale);
  }

  /**
   * Another of Banyan's bundles (such as {@code io.banyan.starter}, the starter template's texts) in
   * the supported language closest to {@code locale}; like {@link #bundle(Locale)}, it never falls
   * back to the JVM's default locale, only to the English base file.
   */
  public static ResourceBundle bundle(String baseName, Locale locale) {
    return ResourceBundle.getBundle(baseName, supported(locale), Texts.class.getClassLoader(), NO_JVM_FALLBACK);
  }

  /** The language Banyan speaks that is closest to the one asked for: Spanish for any es-*, otherwise English. */
  public static Locale supported(Locale wanted) {
    if (wanted != null && "es".equals(wanted.getLanguage())) {
      return LANGUAGES.get(1);
    }
    return Locale.ENGLISH;
  }

  public static boolean isSupported(String languageTag) {
    return languageTag != null && LANGUAGES.stream().anyMatch(l -> l.toLanguageTag().equals(languageTag));
  }

  /**
   * The text under {@code key} with its parameters filled in for {@code locale}. A key the bundle
   * lacks is taken as the pattern itself, so that a missing text shows as its key rather than failing.
   */
  public static String of(Locale locale, String key, Object... params) {
    ResourceBundle bundle = bundle(locale);
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return params == null || params.length == 0 ? key : new MessageFormat(key, supported(locale)).format(params);
    }
    // as in pages: only a text with parameters is a MessageFormat pattern (and doubles its apostrophes)
    return params == null || params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
  }
}
