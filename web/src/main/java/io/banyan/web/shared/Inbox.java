package io.banyan.web.shared;

import io.banyan.application.notification.NotificationService;
import io.banyan.domain.notification.Notification;
import io.banyan.web.tenancy.CurrentTenant;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/** The signed-in person's notifications: open one (it is then read), or mark them all read. */
@Named
@ViewScoped
public class Inbox implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int SHOWN = 100;

  @Inject private NotificationService notifications;
  @Inject private CurrentTenant tenant;

  private List<Notification> list;
  private io.banyan.domain.notification.MailPreference preference;

  @PostConstruct
  void load() {
    list = notifications.latest(SHOWN);
    preference = notifications.mailPreference();
  }

  public void savePreference() {
    notifications.preferMail(preference);
    org.omnifaces.util.Messages.addGlobalInfo("notifications.mail.saved",
        io.banyan.domain.shared.Texts.of(Faces.getLocale(), Labels.key(preference)).toLowerCase(Faces.getLocale()));
  }

  public List<io.banyan.domain.notification.MailPreference> getPreferences() {
    return List.of(io.banyan.domain.notification.MailPreference.values());
  }

  public io.banyan.domain.notification.MailPreference getPreference() {
    return preference;
  }

  public void setPreference(io.banyan.domain.notification.MailPreference preference) {
    this.preference = preference;
  }

  public void open(Notification notification) throws IOException {
    Faces.redirect(tenant.url(notifications.open(notification.getId())));
  }

  public void markAllRead() {
    notifications.markAllRead();
    load();
  }

  public List<Notification> getList() {
    return list;
  }
}
