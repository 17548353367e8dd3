package io.banyan.web.tenancy;

import io.banyan.domain.tenancy.Consultancy;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
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

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    // error pages dispatched from inside a forwarded tenant request arrive without the leading slash
    String id = viewId.startsWith("/") ? viewId : "/" + viewId;
    return tenantUrl(context, id).orElseGet(() -> super.getActionURL(context, id));
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
