package io.banyan.web.plan;

import io.banyan.application.plan.TemplateService;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.web.shared.Failures;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/** The consultancy's plan templates and their versions: create, open, new draft, retire. */
@Named
@ViewScoped
public class ListTemplates implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private TemplateService templates;
  @Inject private CurrentTenant tenant;
  @Inject private io.banyan.application.plan.PlatformList platformList;

  private List<PlanTemplate> list;

  @NotBlank(message = "{templates.name.required}")
  @Size(max = 120, message = "{templates.name.tooLong}")
  private String name;

  @Size(max = 1000, message = "{templates.description.tooLong}")
  private String description;

  @Size(max = 4000, message = "{templates.platforms.tooLong}")
  private String platforms;

  @PostConstruct
  void load() {
    list = templates.templates();
    platforms = String.join("\n", platformList.names());
  }

  /** The networks clients choose from in platform-choice questions, one per line. */
  public void savePlatforms() {
    try {
      List<String> saved = platformList.replace(platforms == null ? List.of() : List.of(platforms.split("\\R")));
      platforms = String.join("\n", saved);
      Messages.addGlobalInfo("templates.platforms.saved", String.join(", ", saved));
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public String getPlatforms() {
    return platforms;
  }

  public void setPlatforms(String platforms) {
    this.platforms = platforms;
  }

  public void create() throws IOException {
    try {
      TemplateVersion draft = templates.create(name, description);
      open(draft.getId());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void newDraft(TemplateVersion from) throws IOException {
    try {
      open(templates.newDraftFrom(from.getId()).getId());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void retire(TemplateVersion version) {
    try {
      templates.retire(version.getId());
      Messages.addGlobalInfo("templates.retired", version.getNumber());
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  private void open(long versionId) throws IOException {
    FacesContext.getCurrentInstance().getExternalContext().redirect(tenant.url("template") + "?v=" + versionId);
  }

  public List<PlanTemplate> getList() {
    return list;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
