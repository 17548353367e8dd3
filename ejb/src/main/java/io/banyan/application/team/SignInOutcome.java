package io.banyan.application.team;

import java.util.Optional;

/**
 * What a sign-in attempt came to. A refusal says nothing about why, except two things that are
 * not secrets: too many attempts, and a suspended consultancy.
 */
public record SignInOutcome(Optional<SignedIn> person, boolean throttled, boolean suspended) {

  static SignInOutcome signedIn(SignedIn who) {
    return new SignInOutcome(Optional.of(who), false, false);
  }

  static SignInOutcome refused() {
    return new SignInOutcome(Optional.empty(), false, false);
  }

  static SignInOutcome blocked() {
    return new SignInOutcome(Optional.empty(), true, false);
  }

  static SignInOutcome consultancySuspended() {
    return new SignInOutcome(Optional.empty(), false, true);
  }
}
