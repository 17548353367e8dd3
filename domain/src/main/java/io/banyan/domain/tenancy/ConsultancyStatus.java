package io.banyan.domain.tenancy;

/** Whether a consultancy's people may sign in. */
public enum ConsultancyStatus {
  ACTIVE,
  SUSPENDED
}
