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

  @PostConstruct
  void load() {
    list = notifications.latest(SHOWN);
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
