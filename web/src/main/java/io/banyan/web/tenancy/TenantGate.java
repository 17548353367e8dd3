package io.banyan.web.tenancy;

import io.banyan.application.team.AccessCheck;
import io.banyan.application.team.SignedInPerson;
import io.banyan.application.tenancy.BrandingService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.team.Role;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Logo;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;
import org.omnifaces.util.Servlets;

/**
 * The door to {@code /t/{slug}/…}. It resolves the URL name, lets anyone reach the sign-in
 * pages, sends others to sign in, answers 404 when the signed-in person belongs to another
 * consultancy (their tenant comes from their principal, so the URL can only ever narrow, never
 * widen, what they see), checks the page's roles, and forwards to the page's view.
 */
@WebFilter(filterName = "TenantGate", urlPatterns = "/t/*")
public class TenantGate extends HttpFilter {

  public static final String CONSULTANCY = "banyan.consultancy";
  public static final String PAGE = "banyan.page";
  /** The signed-in person ({@link io.banyan.application.team.SignedInPerson}), read once by the gate for the page. */
  public static final String PERSON = "banyan.person";

  @Inject private ConsultancyService consultancies;
  @Inject private BrandingService branding;
  @Inject private AccessCheck access;

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/", -1);
    // "", "t", slug, page...
    if (parts.length < 3) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Optional<Consultancy> found = consultancies.bySlug(parts[2]);
    if (found.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Consultancy consultancy = found.get();
    String pagePath = parts.length > 3 ? String.join("/", Arrays.copyOfRange(parts, 3, parts.length)) : "";
    if (parts.length == 3) {
      response.sendRedirect(request.getRequestURI() + "/");
      return;
    }
    boolean elsewhere = signedInElsewhere(request, consultancy);
    if ("logo".equals(pagePath)) {
      if (elsewhere) {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
      } else {
        serveLogo(consultancy, response);
      }
      return;
    }
    Optional<TenantPage> page = TenantPage.byPath(pagePath);
    if (page.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (elsewhere && page.get().isPublic()) {
      // another consultancy's sign-in or link pages: the person leaves their own consultancy first
      signOut(request);
    }
    request.setAttribute(CONSULTANCY, consultancy);
    request.setAttribute(PAGE, page.get());
    if (!page.get().isPublic() && !admit(request, response, consultancy, page.get())) {
      return;
    }
    request.getRequestDispatcher(page.get().viewId()).forward(request, response);
  }

  private boolean admit(HttpServletRequest request, HttpServletResponse response, Consultancy consultancy, TenantPage page) throws IOException {
    Principal principal = request.getUserPrincipal();
    String loginUrl = request.getContextPath() + "/t/" + consultancy.getSlug() + "/login";
    if (principal == null) {
      String query = request.getQueryString();
      String next = TenantPage.afterSignIn(query == null ? page.path() : page.path() + "?" + query);
      // an ajax click (a button, an autosave) gets a redirect the page follows, not a login page it cannot read
      Servlets.facesRedirect(request, response, loginUrl + "?next=%s", next);
      return false;
    }
    Optional<CallerKey> key = CallerKey.parse(principal.getName());
    if (key.isEmpty() || key.get().isPlatformAdmin() || !key.get().tenantId().equals(consultancy.tenantId())) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return false;
    }
    if (!consultancy.isActive()) {
      signOut(request);
      Servlets.facesRedirect(request, response, loginUrl);
      return false;
    }
    Set<Role> held = EnumSet.noneOf(Role.class);
    Arrays.stream(Role.values()).filter(r -> request.isUserInRole(r.name())).forEach(held::add);
    Optional<SignedInPerson> person = access.stillSignedIn(held);
    if (person.isEmpty()) {
      signOut(request);
      Servlets.facesRedirect(request, response, loginUrl);
      return false;
    }
    request.setAttribute(PERSON, person.get());
    boolean allowed = held.stream().anyMatch(page::allows);
    if (!allowed) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return false;
    }
    return true;
  }

  /** Signed in, but to another consultancy (their tenant is in their principal, never in the URL). */
  private static boolean signedInElsewhere(HttpServletRequest request, Consultancy consultancy) {
    Principal principal = request.getUserPrincipal();
    return principal != null && CallerKey.parse(principal.getName())
        .filter(k -> !k.isPlatformAdmin())
        .map(k -> !k.tenantId().equals(consultancy.tenantId()))
        .orElse(false);
  }

  private static void signOut(HttpServletRequest request) {
    try {
      request.logout();
    } catch (ServletException ignored) {
      // the session below is what matters
    }
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }

  private void serveLogo(Consultancy consultancy, HttpServletResponse response) throws IOException {
    Optional<Logo> logo = TenantScope.callAs(consultancy.tenantId(), () -> branding.logo());
    if (logo.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] content = logo.get().getContent();
    response.setContentType(logo.get().getContentType());
    response.setContentLength(content.length);
    // the URL carries the logo's revision, so a long cache is safe
    response.setHeader("Cache-Control", "public, max-age=604800");
    response.getOutputStream().write(content);
  }
}
