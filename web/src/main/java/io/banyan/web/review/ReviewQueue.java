package io.banyan.web.review;

import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.application.review.QueueRow;
import io.banyan.application.review.ReviewService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Everything waiting for the signed-in reviewer, most overdue and oldest first. */
@Named
@ViewScoped
public class ReviewQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ReviewService reviews;
  @Inject private ClientService clients;

  private PagedModel<QueueRow> model;
  private List<ClientOrganisation> clientChoices;
  private Long clientFilter;
  private SectionStatus statusFilter;
  private LocalDate dueBy;

  @PostConstruct
  void init() {
    clientChoices = clients.page(ClientQuery.all(), 0, 1000);
    model = new PagedModel<>(() -> reviews.queueCount(filter()), (first, size, sort) -> reviews.queue(filter(), first, size), QueueRow::id);
  }

  private io.banyan.application.review.QueueFilter filter() {
    return new io.banyan.application.review.QueueFilter(clientFilter, statusFilter, dueBy);
  }

  public LocalDate getDueBy() {
    return dueBy;
  }

  public void setDueBy(LocalDate dueBy) {
    this.dueBy = dueBy;
  }

  public boolean overdue(QueueRow row) {
    return row.dueOn().isBefore(LocalDate.now(ZoneOffset.UTC));
  }

  public List<SectionStatus> getStatuses() {
    return List.of(SectionStatus.SUBMITTED, SectionStatus.IN_REVIEW);
  }

  public PagedModel<QueueRow> getModel() {
    return model;
  }

  public List<ClientOrganisation> getClientChoices() {
    return clientChoices;
  }

  public Long getClientFilter() {
    return clientFilter;
  }

  public void setClientFilter(Long clientFilter) {
    this.clientFilter = clientFilter;
  }

  public SectionStatus getStatusFilter() {
    return statusFilter;
  }

  public void setStatusFilter(SectionStatus statusFilter) {
    this.statusFilter = statusFilter;
  }
}
