package io.banyan.web.client;

import io.banyan.application.client.ClientDetails;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.client.OrganisationSize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What the add-client and edit-client forms hold, validated where the person types it. */
public class ClientForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{clients.name.required}")
  @Size(max = 120, message = "{clients.name.tooLong}")
  private String name;

  @Size(max = 80, message = "{clients.industry.tooLong}")
  private String industry;

  private OrganisationSize size;

  @Size(max = 4000, message = "{clients.notes.tooLong}")
  private String notes;

  private Long leadConsultantId;

  static ClientForm of(ClientOrganisation client) {
    ClientForm form = new ClientForm();
    form.name = client.getName();
    form.industry = client.getIndustry();
    form.size = client.getSize();
    form.notes = client.getNotes();
    form.leadConsultantId = client.getLeadConsultant() == null ? null : client.getLeadConsultant().getId();
    return form;
  }

  ClientDetails details() {
    return new ClientDetails(name, industry, size, notes, leadConsultantId);
  }

  public OrganisationSize[] getSizes() {
    return OrganisationSize.values();
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getIndustry() {
    return industry;
  }

  public void setIndustry(String industry) {
    this.industry = industry;
  }

  public OrganisationSize getSize() {
    return size;
  }

  public void setSize(OrganisationSize size) {
    this.size = size;
  }

  public String getNotes() {
    return notes;
  }

  public void setNotes(String notes) {
    this.notes = notes;
  }

  public Long getLeadConsultantId() {
    return leadConsultantId;
  }

  public void setLeadConsultantId(Long leadConsultantId) {
    this.leadConsultantId = leadConsultantId;
  }
}
