package io.banyan.web.shared;

import io.banyan.application.notification.NotificationService;
import io.banyan.application.review.ReviewService;
import io.banyan.domain.shared.Texts;
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
  @Inject private Reader reader;

  private Long unread;
  private Long waiting;

  public long getUnread() {
    if (unread == null) {
      unread = quietly(notifications::unread);
    }
    return unread;
  }

  /** What a screen reader says for the bell: "Notifications: 3 unread". */
  public String getLabel() {
    return Texts.of(reader.getLocale(), "layout.bell.label", getUnread());
  }

  public long getWaiting() {
    if (waiting == null) {
      waiting = Faces.isUserInRole(Role.OWNER.name()) || Faces.isUserInRole(Role.CONSULTANT.name()) ? quietly(() -> reviews.queueCount(null, null)) : 0L;
    }
    return waiting;
  }

  /**
   * An error page (say, the 404 for another consultancy's URL) is rendered outside the person's
   * security context: the counts are then simply not shown, rather than turning the 404 into a 500.
   */
  private static long quietly(java.util.function.LongSupplier count) {
    try {
      return count.getAsLong();
    } catch (jakarta.ejb.EJBException e) {
      return 0;
    }
  }
}
