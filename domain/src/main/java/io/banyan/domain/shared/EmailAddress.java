package io.banyan.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so that sign-in and uniqueness ignore case. */
public record EmailAddress(String value) {

  public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
  private static final Pattern VALID = Pattern.compile(PATTERN);
  public static final int MAX_LENGTH = 254;

  public EmailAddress {
    if (value == null) {
      throw new InvalidValueException("invalid.email.required");
    }
    value = value.trim().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !VALID.matcher(value).matches()) {
      throw new InvalidValueException("invalid.email", value);
    }
  }

  public static EmailAddress of(String value) {
    return new EmailAddress(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
