package io.banyan.domain.homework;

import io.banyan.domain.shared.BanyanException;

/** An action the section's current state does not allow, e.g. approving a draft nobody submitted. */
public class IllegalTransitionException extends BanyanException {

  public IllegalTransitionException(SectionAction action, SectionStatus current, String section) {
    super("You cannot " + action.verb() + " '" + section + "' now: it is " + current.label().toLowerCase()
        + ". The page may be out of date; reload it to see where the section stands.");
  }
}
