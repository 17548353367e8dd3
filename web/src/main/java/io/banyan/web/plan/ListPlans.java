package io.banyan.web.plan;

import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.plan.PlanExport;
import io.banyan.application.plan.PlanQuery;
import io.banyan.application.plan.PlanRow;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.team.Account;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.PagedModel;
import io.banyan.web.shared.Reader;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.omnifaces.util.Faces;

/** The plans a consultant works on (all of them for owners): filtered, paged, with progress; and starting a new one. */
@Named
@ViewScoped
public class ListPlans implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int CLIENT_CHOICES = 1000;

  @Inject private PlanService plans;
  @Inject private PlanExport export;
  @Inject private ClientService clients;
  @Inject private TemplateService templates;
  @Inject private StaffService staff;
  @Inject private CurrentTenant tenant;
  @Inject private Reader reader;

  private PagedModel<PlanRow> model;
  private List<ClientOrganisation> clientChoices;
  private List<PlanTemplate> templateChoices;
  private List<Account> consultantChoices;
  private List<TemplateVersion> startable;

  private Long clientFilter;
  private Long templateFilter;
  private Long consultantFilter;
  private String search;

  @NotNull(message = "{plans.client.required}")
  private Long newClientId;
  @NotNull(message = "{plans.version.required}")
  private Long newVersionId;
  @Size(max = 160, message = "{plans.title.tooLong}")
  private String newTitle;

  @PostConstruct
  void init() {
    clientChoices = clients.page(ClientQuery.all(), 0, CLIENT_CHOICES);
    templateChoices = templates.templates();
    consultantChoices = staff.consultants();
    startable = plans.startableVersions();
    model = new PagedModel<>(() -> plans.count(query()), (first, size, sort) -> plans.page(query(), first, size), PlanRow::id);
  }

  private PlanQuery query() {
    return new PlanQuery(clientFilter, templateFilter, consultantFilter, search);
  }

  public void create() throws IOException {
    try {
      Plan plan = plans.create(newClientId, newVersionId, newTitle);
      Faces.redirect(tenant.url("plan") + "?p=" + plan.getId());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void downloadCsv() throws IOException {
    Faces.sendFile(export.csv(query(), reader.getLocale()).getBytes(StandardCharsets.UTF_8), Texts.of(Faces.getLocale(), "plans.csv.fileName"), true);
  }

  /** A template version to start from, as the choice reads: "Social Media Strategy Plan · version 1". */
  public String versionLabel(TemplateVersion version) {
    return Texts.of(Faces.getLocale(), "plans.start.versionChoice", version.getTemplate().getName(), version.getNumber());
  }

  public PagedModel<PlanRow> getModel() {
    return model;
  }

  public List<ClientOrganisation> getClientChoices() {
    return clientChoices;
  }

  public List<PlanTemplate> getTemplateChoices() {
    return templateChoices;
  }

  public List<Account> getConsultantChoices() {
    return consultantChoices;
  }

  public List<TemplateVersion> getStartable() {
    return startable;
  }

  public Long getClientFilter() {
    return clientFilter;
  }

  public void setClientFilter(Long clientFilter) {
    this.clientFilter = clientFilter;
  }

  public Long getTemplateFilter() {
    return templateFilter;
  }

  public void setTemplateFilter(Long templateFilter) {
    this.templateFilter = templateFilter;
  }

  public Long getConsultantFilter() {
    return consultantFilter;
  }

  public void setConsultantFilter(Long consultantFilter) {
    this.consultantFilter = consultantFilter;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public Long getNewClientId() {
    return newClientId;
  }

  public void setNewClientId(Long newClientId) {
    this.newClientId = newClientId;
  }

  public Long getNewVersionId() {
    return newVersionId;
  }

  public void setNewVersionId(Long newVersionId) {
    this.newVersionId = newVersionId;
  }

  public String getNewTitle() {
    return newTitle;
  }

  public void setNewTitle(String newTitle) {
    this.newTitle = newTitle;
  }
}
