package io.banyan.web.shared;

import io.banyan.application.client.ClientHomeService;
import io.banyan.application.client.ClientHomeService.ClientHome;
import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.tenancy.OfficeService;
import io.banyan.domain.team.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A consultancy's home: staff see their workspace at a glance; client members see their organisation. */
@Named
@RequestScoped
public class Home {

  @Inject private ClientHomeService clientHome;
  @Inject private ClientService clients;
  @Inject private OfficeService offices;

  private ClientHome client;
  private long clientCount;
  private int officeCount;

  @PostConstruct
  void load() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.isUserInRole(Role.CLIENT.name())) {
      client = clientHome.home();
      return;
    }
    if (external.isUserInRole(Role.OWNER.name()) || external.isUserInRole(Role.CONSULTANT.name())) {
      clientCount = clients.count(ClientQuery.all());
    }
    officeCount = offices.offices().size();
  }

  public boolean isClientMember() {
    return client != null;
  }

  public ClientHome getClient() {
    return client;
  }

  public long getClientCount() {
    return clientCount;
  }

  public int getOfficeCount() {
    return officeCount;
  }
}
