package io.banyan.domain.team;

import io.banyan.domain.shared.BanyanException;

/** The link was already used, has expired, or never existed. */
public class CannotRedeemTokenException extends BanyanException {

  public CannotRedeemTokenException(String key, Object... params) {
    super(key, params);
  }
}
