package io.banyan.it.support;

import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;

/** One consultancy made for one test, with a person of every role, a client, a member and an office. */
public record TestTenant(
    long consultancyId, String slug, long ownerId, long consultantId, long instructorId,
    long clientId, long memberId, long officeId, String ownerEmail, String memberEmail) {

  public String tenantId() {
    return String.valueOf(consultancyId);
  }

  public CallerKey owner() {
    return CallerKey.ofAccount(tenantId(), ownerId);
  }

  public CallerKey consultant() {
    return CallerKey.ofAccount(tenantId(), consultantId);
  }

  public CallerKey instructor() {
    return CallerKey.ofAccount(tenantId(), instructorId);
  }

  public CallerKey member() {
    return CallerKey.ofAccount(tenantId(), memberId);
  }

  public static final String[] OWNER = {Groups.OWNER};
  public static final String[] CONSULTANT = {Groups.CONSULTANT};
  public static final String[] INSTRUCTOR = {Groups.INSTRUCTOR};
  public static final String[] CLIENT = {Groups.CLIENT};
}
