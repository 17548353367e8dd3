package io.banyan.web.client;

import io.banyan.application.client.ClientService;
import io.banyan.application.team.StaffService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Pages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.omnifaces.util.Messages;

/**
 * One client organisation: its details, archive state and members. An id the caller cannot see,
 * whether another consultancy's or no one's, answers 404.
 */
@Named
@ViewScoped
public class EditClient implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ClientService clients;
  @Inject private StaffService staff;

  private String idParam;
  private Long id;
  private long version;
  private boolean archived;
  private String title;
  private List<Account> members;
  private List<Account> consultants;

  @Valid private ClientForm form = new ClientForm();

  @NotBlank(message = "{client.memberEmail.required}")
  @Email(message = "{client.memberEmail.invalid}")
  @Size(max = 254)
  private String memberEmail;

  @Size(max = 120, message = "{client.memberName.tooLong}")
  private String memberName;

  public void load() {
    id = Pages.id(idParam).orElse(null);
    if (id == null) {
      Pages.notFound();
      return;
    }
    Optional<ClientOrganisation> found = clients.find(id);
    if (found.isEmpty()) {
      Pages.notFound();
      return;
    }
    show(found.get());
    consultants = staff.consultants();
  }

  private void show(ClientOrganisation client) {
    version = client.getVersion();
    archived = client.isArchived();
    form = ClientForm.of(client);
    title = client.getName();
    members = clients.members(client.getId());
  }

  public void save() {
    try {
      ClientOrganisation saved = clients.update(id, version, form.details());
      show(saved);
      Messages.addGlobalInfo("client.saved", saved.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void toggleArchive() {
    try {
      ClientOrganisation changed = archived ? clients.unarchive(id) : clients.archive(id);
      show(changed);
      Messages.addGlobalInfo(changed.isArchived() ? "client.archived" : "client.unarchived", changed.getName());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void inviteMember() {
    try {
      Account invited = clients.inviteMember(id, EmailAddress.of(memberEmail), memberName);
      Messages.addGlobalInfo("client.members.invited", invited.getEmail());
      memberEmail = null;
      memberName = null;
      members = clients.members(id);
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public String getIdParam() {
    return idParam;
  }

  public void setIdParam(String idParam) {
    this.idParam = idParam;
  }

  public boolean isArchived() {
    return archived;
  }

  public List<Account> getMembers() {
    return members;
  }

  public List<Account> getConsultants() {
    return consultants;
  }

  public ClientForm getForm() {
    return form;
  }

  /** The page title: the client's name as stored, not as being typed. */
  public String getTitle() {
    return title;
  }

  public String getMemberEmail() {
    return memberEmail;
  }

  public void setMemberEmail(String memberEmail) {
    this.memberEmail = memberEmail;
  }

  public String getMemberName() {
    return memberName;
  }

  public void setMemberName(String memberName) {
    this.memberName = memberName;
  }
}
