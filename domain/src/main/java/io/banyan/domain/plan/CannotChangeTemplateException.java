package io.banyan.domain.plan;

import io.banyan.domain.shared.BanyanException;

/** A change a template version refuses, e.g. editing a published version. */
public class CannotChangeTemplateException extends BanyanException {

  public CannotChangeTemplateException(String key, Object... params) {
    super(key, params);
  }
}
