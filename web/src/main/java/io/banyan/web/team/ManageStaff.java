package io.banyan.web.team;

import io.banyan.application.team.StaffService;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.Texts;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.web.shared.Failures;
import io.banyan.web.shared.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/** The owner's staff page: invite, change roles, deactivate, reactivate. */
@Named
@ViewScoped
public class ManageStaff implements Serializable {

  private static final long serialVersionUID = 1L;
  public static final List<Role> STAFF_ROLES = List.of(Role.OWNER, Role.CONSULTANT, Role.INSTRUCTOR);

  @Inject private StaffService staffService;

  private List<Account> staff;

  @NotBlank(message = "{staff.email.required}")
  @Email(message = "{staff.email.invalid}")
  @Size(max = 254)
  private String email;

  @Size(max = 120, message = "{staff.name.tooLong}")
  private String name;

  private List<Role> roles = new ArrayList<>(List.of(Role.CONSULTANT));

  private Account editing;
  private List<Role> editedRoles = new ArrayList<>();

  @PostConstruct
  void load() {
    staff = staffService.staff();
  }

  public void invite() {
    try {
      Account invited = staffService.invite(EmailAddress.of(email), name, Roles.of(roles));
      Messages.addGlobalInfo("staff.invited", invited.getEmail());
      email = null;
      name = null;
      roles = new ArrayList<>(List.of(Role.CONSULTANT));
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void edit(Account account) {
    editing = account;
    editedRoles = new ArrayList<>(account.getRoles().asSet());
  }

  public void saveRoles() {
    if (editing == null) {
      return;
    }
    try {
      Account changed = staffService.changeRoles(editing.getId(), editing.getVersion(), Roles.of(editedRoles));
      Messages.addGlobalInfo("staff.rolesChanged", changed.getDisplayName(), labels(changed.getRoles()));
      editing = null;
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void deactivate(Account account) {
    try {
      staffService.deactivate(account.getId());
      Messages.addGlobalInfo("staff.deactivated", account.getDisplayName());
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void reactivate(Account account) {
    try {
      staffService.reactivate(account.getId());
      Messages.addGlobalInfo("staff.reactivated", account.getDisplayName());
      load();
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  public void resend(Account account) {
    try {
      staffService.resendInvitation(account.getId());
      Messages.addGlobalInfo("staff.resent", account.getEmail());
    } catch (RuntimeException e) {
      Failures.show(e);
    }
  }

  /** The roles a person holds, in the reader's language, e.g. "Owner, Consultant". */
  public String rolesOf(Account account) {
    return labels(account.getRoles());
  }

  private static String labels(Roles roles) {
    return roles.asSet().stream().map(r -> Texts.of(Faces.getLocale(), Labels.key(r))).collect(Collectors.joining(", "));
  }

  public List<Role> getStaffRoles() {
    return STAFF_ROLES;
  }

  public List<Account> getStaff() {
    return staff;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<Role> getRoles() {
    return roles;
  }

  public void setRoles(List<Role> roles) {
    this.roles = roles;
  }

  public Account getEditing() {
    return editing;
  }

  public List<Role> getEditedRoles() {
    return editedRoles;
  }

  public void setEditedRoles(List<Role> editedRoles) {
    this.editedRoles = editedRoles;
  }
}
