package io.banyan.domain.tenancy;

import io.banyan.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A brand colour as {@code #rrggbb}; the strict form is what makes it safe to put into CSS. */
public record AccentColour(String hex) {

  public static final String PATTERN = "^#[0-9a-fA-F]{6}$";
  private static final Pattern VALID = Pattern.compile(PATTERN);
  public static final AccentColour DEFAULT = new AccentColour("#2e7d5b");

  public AccentColour {
    if (hex == null || !VALID.matcher(hex).matches()) {
      throw new InvalidValueException("invalid.colour");
    }
    hex = hex.toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return hex;
  }
}
