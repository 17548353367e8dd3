package io.banyan.domain.team;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A single-use, expiring link that lets a person set a password (invitation or reset). */
@Entity
@Table(
    name = "access_token",
    uniqueConstraints = @UniqueConstraint(name = "uk_token_digest", columnNames = {"tenant_id", "digest"}),
    indexes = @Index(name = "ix_token_account", columnList = "account_id"))
@NamedQuery(name = "AccessToken.byDigest", query = "select t from AccessToken t join fetch t.account where t.digest = :digest")
@NamedQuery(
    name = "AccessToken.openFor",
    query = "select t from AccessToken t where t.account = :account and t.purpose = :purpose and t.usedAt is null")
public class AccessToken extends TenantOwned {

  @Column(nullable = false, length = 64)
  private String digest;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TokenPurpose purpose;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected AccessToken() {}

  public AccessToken(SecretToken secret, TokenPurpose purpose, Account account, Instant now) {
    this.digest = secret.digest();
    this.purpose = purpose;
    this.account = account;
    this.createdAt = now;
    this.expiresAt = now.plus(purpose.lifetime());
  }

  /** Uses the link up; a second use, an expired link or one for another purpose is refused. */
  public Account redeem(TokenPurpose expected, Instant now) {
    if (purpose != expected) {
      throw new CannotRedeemTokenException("error.link.invalid");
    }
    if (usedAt != null) {
      throw new CannotRedeemTokenException("error.link.used");
    }
    if (!now.isBefore(expiresAt)) {
      throw new CannotRedeemTokenException("error.link.expired");
    }
    usedAt = now;
    return account;
  }

  /** A newer link replaces this one. */
  public void revoke(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  public boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public TokenPurpose getPurpose() {
    return purpose;
  }

  public Account getAccount() {
    return account;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
