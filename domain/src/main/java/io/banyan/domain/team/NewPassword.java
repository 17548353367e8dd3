package io.banyan.domain.team;

/** A password a person chose: long enough to resist guessing, short enough to hash quickly. */
public record NewPassword(String value) {

  public static final int MIN_LENGTH = 10;
  public static final int MAX_LENGTH = 128;

  public NewPassword {
    if (value == null || value.length() < MIN_LENGTH) {
      throw new IllegalArgumentException("A password has at least " + MIN_LENGTH + " characters.");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("A password has at most " + MAX_LENGTH + " characters.");
    }
    if (value.isBlank() || value.chars().distinct().count() < 4) {
      throw new IllegalArgumentException("Choose a password with more variety than that.");
    }
  }

  @Override
  public String toString() {
    return "NewPassword[hidden]";
  }
}
