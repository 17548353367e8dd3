package io.banyan.web.security;

import jakarta.enterprise.context.RequestScoped;

/** Carries, within one request, whether a refused sign-in was refused for being throttled. */
@RequestScoped
public class SignInAttempt {

  private boolean throttled;
  private boolean suspended;

  void suspended() {
    suspended = true;
  }

  public boolean wasSuspended() {
    return suspended;
  }

  void throttled() {
    throttled = true;
  }

  public boolean wasThrottled() {
    return throttled;
  }
}
