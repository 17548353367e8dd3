package io.banyan.domain.shared;

import java.util.Locale;

/** Someone else saved the same thing after it was opened for editing. */
public class ConcurrentChangeException extends BanyanException {

  private static final String PREFIX = "error.concurrent.";

  /**
   * @param what the thing's key under {@code error.concurrent.}, e.g. {@code "answer"} for "Someone
   *     else changed this answer while you were editing it. …", with that text's parameters; a thing
   *     the bundle has no key for is named as given, in English
   */
  public ConcurrentChangeException(String what, Object... params) {
    super(known(what) ? PREFIX + what : PREFIX + "other", known(what) ? params : new Object[] {what});
  }

  /** Throws unless the version the editor started from is still the stored one. */
  public static void check(Identified stored, long expectedVersion, String what, Object... params) {
    if (stored.getVersion() != expectedVersion) {
      throw new ConcurrentChangeException(what, params);
    }
  }

  private static boolean known(String what) {
    return Texts.bundle(Locale.ENGLISH).containsKey(PREFIX + what);
  }
}
