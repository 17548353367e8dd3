package io.banyan.web.tenancy;

import io.banyan.domain.tenancy.Consultancy;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes forms, redirects and links of tenant views point at {@code /t/{slug}/{page}} rather
 * than at the view file, so every postback passes the tenant gate again.
 */
public class TenantViewHandler extends ViewHandlerWrapper {

  public TenantViewHandler(ViewHandler wrapped) {
    super(wrapped);
  }

  /**
   * A form posts back to its page's own address, query included ({@code plan?p=12}): a click that
   * meets an ended session then sends the person to sign in and back to that very page, not to
   * {@code plan} without the plan it was about.
   */
  @Override
  public String getActionURL(FacesContext context, String viewId) {
    // error pages dispatched from inside a forwarded tenant request arrive without the leading slash
    String id = viewId.startsWith("/") ? viewId : "/" + viewId;
    return tenantUrl(context, id).map(url -> url + pageQuery(context)).orElseGet(() -> super.getActionURL(context, id));
  }

  private static String pageQuery(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (!(request instanceof HttpServletRequest http)) {
      return "";
    }
    // the gate forwards to the view: the query the person's browser sent is the forward's original one
    Object forwarded = http.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING);
    String query = forwarded instanceof String q ? q : http.getQueryString();
    return query == null || query.isEmpty() ? "" : "?" + query;
  }

  @Override
  public String getRedirectURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
    Optional<String> url = tenantUrl(context, viewId);
    if (url.isEmpty()) {
      return super.getRedirectURL(context, viewId, parameters, includeViewParams);
    }
    return context.getExternalContext().encodeRedirectURL(url.get(), parameters);
  }

  @Override
  public String getBookmarkableURL(FacesContext context, String viewId, Map<String, List<String>> parameters, boolean includeViewParams) {
    Optional<String> url = tenantUrl(context, viewId);
    if (url.isEmpty()) {
      return super.getBookmarkableURL(context, viewId, parameters, includeViewParams);
    }
    return context.getExternalContext().encodeBookmarkableURL(url.get(), parameters);
  }

  private static Optional<String> tenantUrl(FacesContext context, String viewId) {
    Object consultancy = context.getExternalContext().getRequestMap().get(TenantGate.CONSULTANCY);
    if (!(consultancy instanceof Consultancy c)) {
      return Optional.empty();
    }
    return TenantPage.byViewId(viewId)
        .map(page -> context.getExternalContext().getRequestContextPath() + "/t/" + c.getSlug() + "/" + page.path());
  }
}
