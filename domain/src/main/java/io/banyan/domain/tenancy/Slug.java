package io.banyan.domain.tenancy;

import io.banyan.domain.shared.InvalidValueException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URL name of a consultancy, as in {@code /t/{slug}/}: 3 to 40 lower-case letters, digits and
 * single hyphens, starting with a letter. A few words are reserved for the platform's own pages.
 */
public record Slug(String value) {

  public static final String PATTERN = "^[a-z](?:[a-z0-9]|-(?=[a-z0-9])){2,39}$";
  private static final Pattern VALID = Pattern.compile(PATTERN);
  private static final Set<String> RESERVED =
      Set.of("admin", "api", "login", "logout", "resources", "static", "www", "banyan", "platform");

  public Slug {
    if (value == null || !VALID.matcher(value).matches()) {
      throw new InvalidValueException("invalid.slug");
    }
    if (RESERVED.contains(value)) {
      throw new InvalidValueException("invalid.slug.reserved", value);
    }
  }

  public static boolean isValid(String candidate) {
    try {
      new Slug(candidate);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
