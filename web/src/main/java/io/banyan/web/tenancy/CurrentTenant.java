package io.banyan.web.tenancy;

import io.banyan.domain.tenancy.Consultancy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The consultancy of the page being rendered, as the tenant gate found it: its name, colour and
 * logo for the layout, and links to its pages.
 */
@Named("tenant")
@RequestScoped
public class CurrentTenant {

  private Consultancy consultancy() {
    Object found = FacesContext.getCurrentInstance().getExternalContext().getRequestMap().get(TenantGate.CONSULTANCY);
    return found instanceof Consultancy c ? c : null;
  }

  public boolean isPresent() {
    return consultancy() != null;
  }

  public String getSlug() {
    return consultancy().getSlug().value();
  }

  public String getTenantId() {
    return consultancy().tenantId();
  }

  public Consultancy getConsultancy() {
    return consultancy();
  }

  public String getName() {
    return isPresent() ? consultancy().shownName() : "Banyan";
  }

  /** Safe inside CSS: the value object only admits #rrggbb. */
  public String getAccent() {
    return isPresent() ? consultancy().getBranding().getAccentColour().readable().hex() : "#2e7d5b";
  }

  public boolean isActive() {
    return consultancy().isActive();
  }

  public boolean isHasLogo() {
    return isPresent() && consultancy().getBranding().hasLogo();
  }

  public String getLogoUrl() {
    return url("logo") + "?v=" + consultancy().getBranding().getLogoRevision();
  }

  public String url(String page) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return external.getRequestContextPath() + "/t/" + getSlug() + "/" + page;
  }

  public boolean is(String role) {
    return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
  }
}
