package io.banyan.domain.team;

/** INVITED until the person sets a password through their invitation link. */
public enum AccountStatus {
  INVITED,
  ACTIVE,
  DEACTIVATED
}
