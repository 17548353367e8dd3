package io.banyan.domain.notification;

import io.banyan.domain.shared.TenantOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;

/**
 * That a person got their reminders for a day. Written in the same transaction as the digest it
 * stands for, so a run repeated after a restart skips everyone already done.
 */
@Entity
@Table(name = "digest_sent", uniqueConstraints = @UniqueConstraint(name = "uk_digest_day", columnNames = {"tenant_id", "account_id", "sent_on"}))
public class DigestSent extends TenantOwned {

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "sent_on", nullable = false)
  private LocalDate sentOn;

  protected DigestSent() {}

  public DigestSent(Long accountId, LocalDate sentOn) {
    this.accountId = accountId;
    this.sentOn = sentOn;
  }

  public Long getAccountId() {
    return accountId;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }
}
