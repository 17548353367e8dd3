package io.banyan.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with HMAC-SHA512, 210,000 iterations and a 32-byte salt (OWASP's floor for this
 * algorithm); the container's default of 2,048 iterations is far too low.
 */
@ApplicationScoped
public class PasswordHasher {

  public static final int ITERATIONS = 210_000;

  @Inject private Pbkdf2PasswordHash pbkdf2;

  /** Verified against when no account matches, so an unknown e-mail costs as much time as a wrong password. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(settings(ITERATIONS));
    decoy = pbkdf2.generate("decoy-password-never-used".toCharArray());
  }

  /** Banyan's PBKDF2 settings at this many iterations; the verifier reads them back from each stored hash. */
  public static Map<String, String> settings(int iterations) {
    return Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", String.valueOf(iterations),
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64");
  }

  public String hash(String password) {
    return pbkdf2.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return password != null && storedHash != null && pbkdf2.verify(password.toCharArray(), storedHash);
  }

  /** Spends the time of one verification and fails. */
  public boolean matchesNothing(String password) {
    pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
    return false;
  }
}
