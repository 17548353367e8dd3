package io.banyan.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import io.banyan.web.tenancy.CurrentTenant;
import java.io.IOException;

/** Signs out by POST (a link cannot sign anyone out behind their back) and ends the session. */
@Named
@RequestScoped
public class SignOut {

  @Inject private CurrentTenant tenant;

  public void signOut() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    String target = tenant.isPresent() ? tenant.url("login") + "?signedOut=true" : external.getRequestContextPath() + "/";
    try {
      ((HttpServletRequest) external.getRequest()).logout();
    } catch (ServletException e) {
      // the session is invalidated below either way
    }
    external.invalidateSession();
    external.redirect(target);
  }
}
