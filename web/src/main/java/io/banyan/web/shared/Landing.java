package io.banyan.web.shared;

import io.banyan.application.tenancy.ConsultancyService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Locale;
import org.omnifaces.util.Messages;

/** The front page's "go to my consultancy" box. */
@Named
@RequestScoped
public class Landing {

  @Inject private ConsultancyService consultancies;

  private String slug;

  public void go() throws IOException {
    String wanted = slug == null ? "" : slug.trim().toLowerCase(Locale.ROOT);
    if (consultancies.bySlug(wanted).isEmpty()) {
      Messages.addError("go:slug", "landing.slug.unknown");
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    external.redirect(external.getRequestContextPath() + "/t/" + wanted + "/login");
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }
}
