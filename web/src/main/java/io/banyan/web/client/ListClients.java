package io.banyan.web.client;

import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.team.Account;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The client list: lazy, searchable, sortable; and the form to add a client. */
@Named
@ViewScoped
public class ListClients implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClientService clients;
  @Inject private StaffService staff;

  private PagedModel<ClientOrganisation> model;
  private String search;
  private boolean includeArchived;
  private List<Account> consultants;

  @Valid private ClientForm form = new ClientForm();

  @PostConstruct
  void init() {
    consultants = staff.consultants();
    model = new PagedModel<>(() -> clients.count(query(Map.of())), (first, pageSize, sort) -> clients.page(query(sort), first, pageSize),
        ClientOrganisation::getId);
  }

  private ClientQuery query(Map<String, SortMeta> sortBy) {
    ClientQuery.SortField field = ClientQuery.SortField.NAME;
    boolean ascending = true;
    for (SortMeta meta : sortBy.values()) {
      field = switch (meta.getField()) {
        case "industry" -> ClientQuery.SortField.INDUSTRY;
        case "createdAt" -> ClientQuery.SortField.CREATED;
        default -> ClientQuery.SortField.NAME;
      };
      ascending = meta.getOrder() != SortOrder.DESCENDING;
    }
    return new ClientQuery(search, includeArchived, field, ascending);
  }

  public void create() {
    try {
      ClientOrganisation created = clients.create(form.details());
      Messages.addGlobalInfo("clients.added", created.getName());
      form = new ClientForm();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public ClientForm getForm() {
    return form;
  }

  public PagedModel<ClientOrganisation> getModel() {
    return model;
  }

  public List<Account> getConsultants() {
    return consultants;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public boolean isIncludeArchived() {
    return includeArchived;
  }

  public void setIncludeArchived(boolean includeArchived) {
    this.includeArchived = includeArchived;
  }
}
