package io.banyan.web.shared;

import io.banyan.application.notification.NotificationService;
import io.banyan.application.review.ReviewService;
import io.banyan.domain.team.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.util.Faces;

/** The counts in the menu: unread notifications, and sections waiting for the reviewer. */
@Named
@RequestScoped
public class Bell {

  @Inject private NotificationService notifications;
  @Inject private ReviewService reviews;

  private Long unread;
  private Long waiting;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.unread();
    }
    return unread;
  }

  public long getWaiting() {
    if (waiting == null) {
      waiting = Faces.isUserInRole(Role.OWNER.name()) || Faces.isUserInRole(Role.CONSULTANT.name()) ? reviews.queueCount(null, null) : 0L;
    }
    return waiting;
  }
}
