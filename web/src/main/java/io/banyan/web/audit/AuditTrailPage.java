package io.banyan.web.audit;

import io.banyan.application.audit.AuditQuery;
import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.shared.Texts;
import io.banyan.web.shared.PagedModel;
import io.banyan.web.shared.Reader;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.primefaces.component.datatable.DataTable;

/**
 * The owner's audit trail, newest first: narrowed by person, kind and days (of the reader's zone),
 * and exported as CSV as filtered.
 */
@Named
@ViewScoped
public class AuditTrailPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String TABLE = "audit:table";

  @Inject private AuditTrail trail;
  @Inject private Reader reader;

  private PagedModel<AuditEntry> model;

  private String person;
  private AuditAction kind;
  private LocalDate from;
  private LocalDate to;

  @PostConstruct
  void init() {
    model = new PagedModel<>(() -> trail.count(query()), (first, size, sort) -> trail.page(query(), first, size), AuditEntry::getId);
  }

  /** The filters as last submitted, with the days read in the reader's zone. */
  private AuditQuery query() {
    return new AuditQuery(person, kind, from, to, reader.getZone());
  }

  /** Shows the first page of what the filters keep. */
  public void filter() {
    DataTable table = Components.findComponent(TABLE);
    if (table != null) {
      table.setFirst(0);
    }
  }

  public void exportCsv() throws IOException {
    Faces.sendFile(trail.csv(query(), reader.getLocale()).getBytes(StandardCharsets.UTF_8),
        Texts.of(reader.getLocale(), "audit.csv.fileName"), true);
  }

  /** True when a filter narrows the trail, so that an empty table means "nothing matches" rather than "nothing yet". */
  public boolean isFiltered() {
    return query().narrowed();
  }

  public List<AuditAction> getKinds() {
    return List.of(AuditAction.values());
  }

  public PagedModel<AuditEntry> getModel() {
    return model;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  public AuditAction getKind() {
    return kind;
  }

  public void setKind(AuditAction kind) {
    this.kind = kind;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
