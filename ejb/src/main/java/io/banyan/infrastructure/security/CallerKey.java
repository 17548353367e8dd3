package io.banyan.infrastructure.security;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The signed-in principal's name. It carries the tenant so that the tenant comes from who is
 * signed in, never from the request: {@code tenant:42:account:17} or {@code platform:3}.
 */
public record CallerKey(String tenantId, long accountId) {

  private static final Pattern TENANT = Pattern.compile("^tenant:(\\d+):account:(\\d+)$");
  private static final Pattern PLATFORM = Pattern.compile("^platform:(\\d+)$");
  public static final String PLATFORM_TENANT = null;

  public static CallerKey ofAccount(String tenantId, long accountId) {
    return new CallerKey(tenantId, accountId);
  }

  public static CallerKey ofPlatformAdmin(long adminId) {
    return new CallerKey(PLATFORM_TENANT, adminId);
  }

  public static Optional<CallerKey> parse(String principalName) {
    if (principalName == null) {
      return Optional.empty();
    }
    Matcher m = TENANT.matcher(principalName);
    if (m.matches()) {
      return Optional.of(new CallerKey(m.group(1), Long.parseLong(m.group(2))));
    }
    m = PLATFORM.matcher(principalName);
    if (m.matches()) {
      return Optional.of(ofPlatformAdmin(Long.parseLong(m.group(1))));
    }
    return Optional.empty();
  }

  public boolean isPlatformAdmin() {
    return tenantId == null;
  }

  public String principalName() {
    return isPlatformAdmin() ? "platform:" + accountId : "tenant:" + tenantId + ":account:" + accountId;
  }

  @Override
  public String toString() {
    return principalName();
  }
}
