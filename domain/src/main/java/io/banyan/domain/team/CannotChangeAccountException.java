package io.banyan.domain.team;

import io.banyan.domain.shared.BanyanException;

/** A change to a person's account that would break a rule of the consultancy; the message says which. */
public class CannotChangeAccountException extends BanyanException {

  public CannotChangeAccountException(String key, Object... params) {
    super(key, params);
  }
}
