package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.shared.EmailAddress;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessTokenTest {

  private static final Instant ISSUED = Instant.parse("2025-06-01T12:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration HOUR = Duration.ofHours(1);

  private final Account account =
      Account.staff(EmailAddress.of("ana@example.com"), "Ana", Roles.of(Role.CONSULTANT), ISSUED);

  private AccessToken invitation() {
    return new AccessToken(new SecretToken("invitation-secret"), TokenPurpose.INVITATION, account, ISSUED);
  }

  private AccessToken reset() {
    return new AccessToken(new SecretToken("reset-secret"), TokenPurpose.PASSWORD_RESET, account, ISSUED);
  }

  @Test
  void expiresAfterThePurposesLifetime() {
    assertEquals(ISSUED.plus(WEEK), invitation().getExpiresAt());
    assertEquals(ISSUED.plus(HOUR), reset().getExpiresAt());
    assertEquals(WEEK, TokenPurpose.INVITATION.lifetime());
    assertEquals(HOUR, TokenPurpose.PASSWORD_RESET.lifetime());
  }

  @Test
  void keepsPurposeAndAccount() {
    AccessToken token = reset();
    assertEquals(TokenPurpose.PASSWORD_RESET, token.getPurpose());
    assertSame(account, token.getAccount());
  }

  @Test
  void redeemWithinTheLifetimeReturnsTheAccountAndUsesTheLinkUp() {
    AccessToken token = invitation();
    Instant now = ISSUED.plus(Duration.ofDays(2));
    assertTrue(token.isUsable(now));
    assertSame(account, token.redeem(TokenPurpose.INVITATION, now));
    assertFalse(token.isUsable(now));
  }

  @Test
  void redeemOneNanosecondBeforeExpiryWorks() {
    AccessToken token = reset();
    assertSame(account, token.redeem(TokenPurpose.PASSWORD_RESET, ISSUED.plus(HOUR).minusNanos(1)));
  }

  @Test
  void refusesASecondRedemption() {
    AccessToken token = invitation();
    token.redeem(TokenPurpose.INVITATION, ISSUED.plusSeconds(10));
    CannotRedeemTokenException e =
        assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.INVITATION, ISSUED.plusSeconds(20)));
    assertEquals("This link has already been used. Ask for a new one.", e.getMessage());
  }

  @Test
  void refusesAnExpiredLink() {
    AccessToken token = reset();
    CannotRedeemTokenException e =
        assertThrows(
            CannotRedeemTokenException.class,
            () -> token.redeem(TokenPurpose.PASSWORD_RESET, ISSUED.plus(HOUR).plusSeconds(1)));
    assertEquals("This link has expired. Ask for a new one.", e.getMessage());
  }

  @Test
  void refusesALinkExactlyAtItsExpiry() {
    AccessToken token = reset();
    Instant expiry = ISSUED.plus(HOUR);
    assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, expiry));
    assertFalse(token.isUsable(expiry));
  }

  @Test
  void anExpiredRefusalDoesNotUseTheLinkUp() {
    AccessToken token = reset();
    Instant late = ISSUED.plus(HOUR);
    assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, late));
    // still reported as expired, not as used
    CannotRedeemTokenException e =
        assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, late));
    assertEquals("This link has expired. Ask for a new one.", e.getMessage());
  }

  @Test
  void refusesALinkMadeForAnotherPurpose() {
    AccessToken token = invitation();
    CannotRedeemTokenException e =
        assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, ISSUED.plusSeconds(1)));
    assertEquals("This link is not valid.", e.getMessage());
  }

  @Test
  void aWrongPurposeAttemptLeavesTheLinkUsableForItsOwnPurpose() {
    AccessToken token = invitation();
    Instant now = ISSUED.plusSeconds(1);
    assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.PASSWORD_RESET, now));
    assertTrue(token.isUsable(now));
    assertSame(account, token.redeem(TokenPurpose.INVITATION, now));
  }

  @Test
  void revokeMakesTheLinkUnusable() {
    AccessToken token = invitation();
    Instant now = ISSUED.plusSeconds(60);
    token.revoke(now);
    assertFalse(token.isUsable(now));
    assertThrows(CannotRedeemTokenException.class, () -> token.redeem(TokenPurpose.INVITATION, now));
  }

  @Test
  void isUsableOnlyBeforeExpiryAndWhileUnused() {
    AccessToken token = invitation();
    assertTrue(token.isUsable(ISSUED));
    assertTrue(token.isUsable(ISSUED.plus(WEEK).minusMillis(1)));
    assertFalse(token.isUsable(ISSUED.plus(WEEK)));
    assertFalse(token.isUsable(ISSUED.plus(WEEK).plusSeconds(1)));
  }
}
