package io.banyan.infrastructure.security;

/** Security group names, one per role, plus the platform admin's. */
public final class Groups {

  public static final String OWNER = "OWNER";
  public static final String CONSULTANT = "CONSULTANT";
  public static final String INSTRUCTOR = "INSTRUCTOR";
  public static final String CLIENT = "CLIENT";
  public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

  private Groups() {}
}
