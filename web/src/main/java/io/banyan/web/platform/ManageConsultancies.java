package io.banyan.web.platform;

import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.Texts;
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
import java.util.Locale;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The platform admin's consultancies: create one (inviting its owner), suspend, reactivate. */
@Named
@ViewScoped
public class ManageConsultancies implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String DEFAULT_LANGUAGE = "en";

  @Inject private ConsultancyService consultancies;

  private PagedModel<Consultancy> model;

  @NotBlank(message = "{access.consultancy.name.required}")
  @Size(max = 120, message = "{access.consultancy.name.tooLong}")
  private String name;

  @NotBlank(message = "{access.consultancy.slug.required}")
  @Pattern(regexp = Slug.PATTERN, message = "{access.consultancy.slug.pattern}")
  private String slug;

  @NotBlank(message = "{access.consultancy.ownerEmail.required}")
  @Email(message = "{access.consultancy.ownerEmail.invalid}")
  @Size(max = 254)
  private String ownerEmail;

  /** The language tag the consultancy speaks (and its starter template is written in): English unless chosen. */
  private String language = DEFAULT_LANGUAGE;

  @PostConstruct
  void init() {
    model = new PagedModel<>(() -> consultancies.count(), (first, size, sort) -> consultancies.page(first, size), Consultancy::getId);
  }

  public void create() {
    try {
      Locale speaks = Texts.isSupported(language) ? Locale.forLanguageTag(language) : Locale.ENGLISH;
      Consultancy created = consultancies.create(name, new Slug(slug), EmailAddress.of(ownerEmail), speaks);
      Messages.addGlobalInfo("admin.consultancies.create.done", created.getName(), created.getSlug(), ownerEmail);
      name = null;
      slug = null;
      ownerEmail = null;
      language = DEFAULT_LANGUAGE;
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void suspend(Consultancy consultancy) {
    try {
      consultancies.suspend(consultancy.getId());
      Messages.addGlobalInfo("admin.consultancies.suspend.done", consultancy.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void reactivate(Consultancy consultancy) {
    try {
      consultancies.reactivate(consultancy.getId());
      Messages.addGlobalInfo("admin.consultancies.reactivate.done", consultancy.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** The confirmation's heading: "Suspend Acme Coaching?". */
  public String suspendQuestion(Consultancy consultancy) {
    return Texts.of(Faces.getLocale(), "admin.consultancies.suspend.confirm", consultancy.getName());
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
