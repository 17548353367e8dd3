package io.banyan.web.tenancy;

import io.banyan.domain.team.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every page that exists under {@code /t/{slug}/}, with who may open it. The tenant gate forwards
 * only to these views: a request can never name a view of its own choosing.
 */
public enum TenantPage {
  LOGIN("login"),
  INVITATION("invitation"),
  FORGOT("forgot"),
  RESET("reset"),
  HOME("home", Role.values()),
  PROFILE("profile", Role.values()),
  STAFF("staff", Role.OWNER),
  OFFICES("offices", Role.OWNER),
  BRANDING("branding", Role.OWNER),
  AUDIT("audit", Role.OWNER),
  CLIENTS("clients", Role.OWNER, Role.CONSULTANT),
  CLIENT("client", Role.OWNER, Role.CONSULTANT),
  TEMPLATES("templates", Role.OWNER, Role.CONSULTANT),
  TEMPLATE("template", Role.OWNER, Role.CONSULTANT),
  PREVIEW("preview", Role.OWNER, Role.CONSULTANT),
  PLANS("plans", Role.OWNER, Role.CONSULTANT),
  PLAN("plan", Role.OWNER, Role.CONSULTANT, Role.CLIENT),
  PLAN_PDF("plan-pdf", Role.OWNER, Role.CONSULTANT, Role.CLIENT),
  REVISIONS("revisions", Role.OWNER, Role.CONSULTANT, Role.CLIENT),
  METRICS("metrics", Role.OWNER, Role.CONSULTANT, Role.CLIENT),
  REVIEW("review", Role.OWNER, Role.CONSULTANT),
  REVIEWS("reviews", Role.OWNER, Role.CONSULTANT),
  NOTIFICATIONS("notifications", Role.OWNER, Role.CONSULTANT, Role.INSTRUCTOR, Role.CLIENT);

  private final String path;
  private final Set<Role> allowed;

  TenantPage(String path, Role... allowed) {
    this.path = path;
    this.allowed = allowed.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(allowed));
  }

  public static Optional<TenantPage> byPath(String path) {
    String wanted = path == null || path.isEmpty() ? HOME.path : path;
    return Arrays.stream(values()).filter(p -> p.path.equals(wanted)).findFirst();
  }

  /** Views under {@code /app/} by file name, e.g. {@code /app/clients.xhtml}. */
  public static Optional<TenantPage> byViewId(String viewId) {
    if (viewId == null || !viewId.startsWith("/app/") || !viewId.endsWith(".xhtml")) {
      return Optional.empty();
    }
    return byPath(viewId.substring("/app/".length(), viewId.length() - ".xhtml".length()));
  }

  /**
   * Where to go after signing in: a page of this list and, at most, the one id it shows (as in
   * {@code review?s=42}), so that a link from a mail opens the exact thing once signed in. Anything
   * else falls back to the home page.
   */
  public static String afterSignIn(String next) {
    if (next == null) {
      return HOME.path;
    }
    String[] parts = next.split("\\?", 2);
    String page = byPath(parts[0]).filter(p -> !p.isPublic()).orElse(HOME).path;
    boolean oneId = parts.length == 2 && parts[1].matches("[a-z]{1,2}=[0-9]{1,18}") && !page.equals(HOME.path);
    return oneId ? page + "?" + parts[1] : page;
  }

  /** Pages for people who are not signed in yet. */
  public boolean isPublic() {
    return allowed.isEmpty();
  }

  public boolean allows(Role role) {
    return allowed.contains(role);
  }

  public String path() {
    return path;
  }

  public String viewId() {
    return "/app/" + path + ".xhtml";
  }
}
