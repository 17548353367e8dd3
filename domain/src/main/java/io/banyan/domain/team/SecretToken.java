package io.banyan.domain.team;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in an invitation or reset link: 256 random bits, URL-safe. Only its SHA-256 digest is
 * stored, so a copy of the database does not hand out working links.
 */
public record SecretToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();

  public static SecretToken generate() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new SecretToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  public String digest() {
    return digestOf(value);
  }

  public static String digestOf(String raw) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "SecretToken[hidden]";
  }
}
