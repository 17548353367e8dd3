package io.banyan.infrastructure.tenancy;

import java.util.function.Supplier;

/**
 * Runs a piece of work for a consultancy no one is signed in to yet: a sign-in, an invitation
 * link, a password reset, the demo seed, a consultancy's first owner.
 *
 * <p>It only names the tenant; {@link TenantInterceptor} is still the one place that puts it on
 * the EntityManager. Services reached this way must start their own transaction.
 */
public final class TenantScope {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

  private TenantScope() {}

  public static <T> T callAs(String tenantId, Supplier<T> work) {
    if (tenantId == null || tenantId.isBlank()) {
      throw new IllegalArgumentException("A tenant is required");
    }
    String previous = CURRENT.get();
    CURRENT.set(tenantId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    }
  }

  public static void runAs(String tenantId, Runnable work) {
    callAs(tenantId, () -> {
      work.run();
      return null;
    });
  }

  static String explicitTenant() {
    return CURRENT.get();
  }

  /** The tenant named for the work in progress, if any. */
  public static java.util.Optional<String> current() {
    return java.util.Optional.ofNullable(CURRENT.get());
  }
}
