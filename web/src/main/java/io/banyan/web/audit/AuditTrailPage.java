package io.banyan.web.audit;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.web.shared.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The owner's audit trail, newest first. */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private AuditTrail trail;

  private PagedModel<AuditEntry> model;

  @PostConstruct
  void init() {
    model = new PagedModel<>(() -> trail.count(), (first, size, sort) -> trail.page(first, size), AuditEntry::getId);
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }
}
