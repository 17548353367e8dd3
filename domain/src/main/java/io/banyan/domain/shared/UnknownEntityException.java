package io.banyan.domain.shared;

import java.util.Locale;

/** Nothing with that id exists for the caller: the same answer whether it never existed or is another tenant's. */
public class UnknownEntityException extends BanyanException {

  private static final String PREFIX = "error.unknown.";

  /**
   * @param what the thing's key under {@code error.unknown.}, e.g. {@code "homework"} for "No such
   *     homework."; a thing the bundle has no key for is named as given, in English
   */
  public UnknownEntityException(String what) {
    super(known(what) ? PREFIX + what : PREFIX + "other", known(what) ? new Object[0] : new Object[] {what});
  }

  private static boolean known(String what) {
    return Texts.bundle(Locale.ENGLISH).containsKey(PREFIX + what);
  }
}
