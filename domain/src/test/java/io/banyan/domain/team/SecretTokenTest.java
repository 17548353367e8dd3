package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretTokenTest {

  @Test
  void generatesFortyThreeUrlSafeCharacters() {
    for (int i = 0; i < 200; i++) {
      String value = SecretToken.generate().value();
      assertEquals(43, value.length(), value);
      assertTrue(value.matches("[A-Za-z0-9_-]{43}"), value);
    }
  }

  @Test
  void twoGenerationsDiffer() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(SecretToken.generate().value()));
    }
  }

  @Test
  void digestIsSixtyFourLowerCaseHexCharacters() {
    String digest = SecretToken.generate().digest();
    assertTrue(digest.matches("[0-9a-f]{64}"), digest);
  }

  @Test
  void digestIsTheSha256OfTheValue() {
    // SHA-256("abc") from FIPS 180-2
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", new SecretToken("abc").digest());
  }

  @Test
  void digestIsStable() {
    SecretToken token = SecretToken.generate();
    assertEquals(token.digest(), token.digest());
    assertEquals(token.digest(), SecretToken.digestOf(token.value()));
    assertEquals(token.digest(), new SecretToken(token.value()).digest());
  }

  @Test
  void differentValuesHaveDifferentDigests() {
    assertNotEquals(new SecretToken("abc").digest(), new SecretToken("abd").digest());
  }

  @Test
  void digestDoesNotContainTheValue() {
    SecretToken token = SecretToken.generate();
    assertFalse(token.digest().contains(token.value()));
  }

  @Test
  void toStringHidesTheValue() {
    SecretToken token = SecretToken.generate();
    assertFalse(token.toString().contains(token.value()));
    assertEquals("SecretToken[hidden]", token.toString());
  }
}
