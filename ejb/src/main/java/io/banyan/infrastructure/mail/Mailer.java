package io.banyan.infrastructure.mail;

import io.banyan.domain.mail.MailStatus;
import io.banyan.domain.mail.OutboundMail;
import jakarta.ejb.Stateless;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text mail through the configured SMTP server, or keeps it for the platform admin
 * when there is none. A failed send is logged and recorded but does not undo the business change
 * that caused it: the person can ask for the link again.
 */
@Stateless
public class Mailer {

  private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  public MailStatus send(String recipient, String subject, String body) {
    MailSettings settings = MailSettings.current();
    MailStatus status = settings.sends() ? deliver(settings, recipient, subject, body) : MailStatus.KEPT;
    em.persist(new OutboundMail(recipient, subject, body, status, Instant.now()));
    return status;
  }

  private MailStatus deliver(MailSettings settings, String recipient, String subject, String body) {
    try {
      Session session = Session.getInstance(settings.sessionProperties(), settings.user()
          .map(u -> (Authenticator) new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
              return new PasswordAuthentication(u, settings.password().orElse(""));
            }
          })
          .orElse(null));
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(settings.from()));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient));
      message.setSubject(subject, "UTF-8");
      message.setText(body, "UTF-8");
      Transport.send(message);
      return MailStatus.SENT;
    } catch (MessagingException e) {
      LOG.log(Level.WARNING, "Could not send mail '" + subject + "' to " + recipient + ": " + e.getMessage());
      return MailStatus.FAILED;
    }
  }
}
