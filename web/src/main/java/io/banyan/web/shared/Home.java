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
  @Inject private io.banyan.application.plan.PlanService plans;
  @Inject private io.banyan.application.homework.HomeworkService homeworkService;
  @Inject private io.banyan.application.review.ReviewService reviews;

  private java.util.List<io.banyan.domain.homework.AssignedSection> homework = java.util.List.of();
  private PagedModel<io.banyan.application.review.ClientRow> myClients;

  private ClientHome client;
  private java.util.List<io.banyan.domain.plan.Plan> myPlans = java.util.List.of();
  private long clientCount;
  private int officeCount;

  @PostConstruct
  void load() {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    if (external.isUserInRole(Role.CLIENT.name())) {
      client = clientHome.home();
      myPlans = plans.myPlans();
      homework = homeworkService.myHomework();
      return;
    }
    if (external.isUserInRole(Role.OWNER.name()) || external.isUserInRole(Role.CONSULTANT.name())) {
      clientCount = clients.count(ClientQuery.all());
      myClients = new PagedModel<>(reviews::myClientCount, (first, size, sort) -> reviews.myClients(first, size),
          io.banyan.application.review.ClientRow::clientId);
    }
    officeCount = offices.offices().size();
  }

  public boolean isClientMember() {
    return client != null;
  }

  public ClientHome getClient() {
    return client;
  }

  public java.util.List<io.banyan.domain.plan.Plan> getMyPlans() {
    return myPlans;
  }

  public java.util.List<io.banyan.domain.homework.AssignedSection> getHomework() {
    return homework;
  }

  public int getApprovedPercent() {
    long approved = homework.stream().filter(h -> h.getStatus() == io.banyan.domain.homework.SectionStatus.APPROVED).count();
    return homework.isEmpty() ? 0 : (int) (100 * approved / homework.size());
  }

  public java.time.LocalDate getToday() {
    return java.time.LocalDate.now(java.time.ZoneOffset.UTC);
  }

  private java.util.List<io.banyan.domain.homework.SectionTransition> activity;

  /** The latest homework steps on the consultant's clients. */
  public java.util.List<io.banyan.domain.homework.SectionTransition> getActivity() {
    if (activity == null) {
      activity = reviews.recentActivity(10);
    }
    return activity;
  }

  public PagedModel<io.banyan.application.review.ClientRow> getMyClients() {
    return myClients;
  }

  public long getClientCount() {
    return clientCount;
  }

  public int getOfficeCount() {
    return officeCount;
  }
}
