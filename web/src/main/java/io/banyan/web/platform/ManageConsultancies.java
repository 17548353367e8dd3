package io.banyan.web.platform;

import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Slug;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/** The platform admin's consultancies: create one (inviting its owner), suspend, reactivate. */
@Named
@ViewScoped
public class ManageConsultancies implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ConsultancyService consultancies;

  private PagedModel<Consultancy> model;

  @NotBlank(message = "Enter the consultancy's name.")
  @Size(max = 120, message = "A name has at most 120 characters.")
  private String name;

  @NotBlank(message = "Enter a URL name.")
  @Pattern(regexp = Slug.PATTERN, message = "3 to 40 lower-case letters, digits or single hyphens, starting with a letter.")
  private String slug;

  @NotBlank(message = "Enter the owner's e-mail address.")
  @Email(message = "That is not an e-mail address.")
  @Size(max = 254)
  private String ownerEmail;

  @PostConstruct
  void init() {
    model = new PagedModel<>(() -> consultancies.count(), (first, size, sort) -> consultancies.page(first, size), Consultancy::getId);
  }

  public void create() {
    try {
      Consultancy created = consultancies.create(name, new Slug(slug), EmailAddress.of(ownerEmail));
      Messages.addGlobalInfo("Created {0} at /t/{1}/. An invitation went to {2}.", created.getName(), created.getSlug(), ownerEmail);
      name = null;
      slug = null;
      ownerEmail = null;
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void suspend(Consultancy consultancy) {
    try {
      consultancies.suspend(consultancy.getId());
      Messages.addGlobalInfo("{0} is suspended; its people were signed out.", consultancy.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void reactivate(Consultancy consultancy) {
    try {
      consultancies.reactivate(consultancy.getId());
      Messages.addGlobalInfo("{0} is active again.", consultancy.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public PagedModel<Consultancy> getModel() {
    return model;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getOwnerEmail() {
    return ownerEmail;
  }

  public void setOwnerEmail(String ownerEmail) {
    this.ownerEmail = ownerEmail;
  }
}
