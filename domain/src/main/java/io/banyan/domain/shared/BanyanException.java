package io.banyan.domain.shared;

import jakarta.ejb.ApplicationException;

/**
 * A refusal a person can read and act on. Services throw it to roll back and tell why; pages show
 * its message as is, so the message must never carry another tenant's data.
 */
@ApplicationException(rollback = true, inherited = true)
public class BanyanException extends RuntimeException {

  public BanyanException(String message) {
    super(message);
  }
}
