package io.banyan.web.tenancy;

import io.banyan.application.tenancy.BrandingService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.LogoImage;
import io.banyan.web.shared.Failures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.omnifaces.util.Messages;
import org.primefaces.model.file.UploadedFile;

/** The owner's branding page. The logo is checked on the server, whatever the browser said. */
@Named
@ViewScoped
public class EditBranding implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultancyService consultancies;
  @Inject private BrandingService branding;
  @Inject private CurrentTenant tenant;

  @Size(max = 120, message = "{branding.displayName.tooLong}")
  private String displayName;

  @NotBlank(message = "{branding.colour.invalid}")
  @Pattern(regexp = "^#?[0-9a-fA-F]{6}$", message = "{branding.colour.invalid}")
  private String colour;

  private long version;
  private transient UploadedFile logo;

  @PostConstruct
  void load() {
    Consultancy mine = consultancies.mine();
    displayName = mine.getBranding().getDisplayName();
    colour = mine.getBranding().getAccentColour().hex().substring(1);
    version = mine.getVersion();
  }

  public void save() throws IOException {
    try {
      String hex = colour.startsWith("#") ? colour : "#" + colour;
      branding.rebrand(displayName, AccentColour.chosen(hex), version);
      reload("branding.saved");
    } catch (IllegalArgumentException e) {
      Failures.showAt("branding:colour", e);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void upload() throws IOException {
    if (logo == null || logo.getSize() == 0) {
      Messages.addError("logoForm:logo", "branding.logo.missing");
      return;
    }
    if (logo.getSize() > LogoImage.MAX_BYTES) {
      Messages.addError("logoForm:logo", "branding.logo.tooBig", (logo.getSize() + 1023) / 1024);
      return;
    }
    try (InputStream in = logo.getInputStream()) {
      branding.uploadLogo(LogoImage.check(in.readNBytes(LogoImage.MAX_BYTES + 1)));
      reload("branding.logo.uploaded");
    } catch (IllegalArgumentException e) {
      Failures.showAt("logoForm:logo", e);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void removeLogo() throws IOException {
    try {
      branding.removeLogo();
      reload("branding.logo.removed");
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** A fresh GET so the layout shows the new branding at once. */
  private void reload(String messageKey) throws IOException {
    Messages.addFlashGlobalInfo(messageKey);
    FacesContext.getCurrentInstance().getExternalContext().redirect(tenant.url("branding"));
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getColour() {
    return colour;
  }

  public void setColour(String colour) {
    this.colour = colour;
  }

  public UploadedFile getLogo() {
    return logo;
  }

  public void setLogo(UploadedFile logo) {
    this.logo = logo;
  }
}
