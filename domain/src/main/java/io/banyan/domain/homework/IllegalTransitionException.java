package io.banyan.domain.homework;

import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.Phrase;

/** An action the section's current state does not allow, e.g. approving a draft nobody submitted. */
public class IllegalTransitionException extends BanyanException {

  public IllegalTransitionException(SectionAction action, SectionStatus current, String section) {
    super("error.transition." + action.name(), section, Phrase.lowerCaseLabel(current));
  }
}
