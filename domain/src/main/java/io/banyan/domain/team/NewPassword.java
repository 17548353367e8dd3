package io.banyan.domain.team;

import io.banyan.domain.shared.InvalidValueException;
/** A password a person chose: long enough to resist guessing, short enough to hash quickly. */
public record NewPassword(String value) {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  public NewPassword {
    if (value == null || value.length() < MIN_LENGTH) {
      throw new InvalidValueException("invalid.password.short", MIN_LENGTH);
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidValueException("invalid.password.long", MAX_LENGTH);
    }
    if (value.isBlank() || value.chars().distinct().count() < 4) {
      throw new InvalidValueException("invalid.password.plain");
    }
  }

  @Override
  public String toString() {
    return "NewPassword[hidden]";
  }
}
