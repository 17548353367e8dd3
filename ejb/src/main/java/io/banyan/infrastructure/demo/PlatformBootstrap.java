package io.banyan.infrastructure.demo;

import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.tenancy.PlatformAdmin;
import io.banyan.infrastructure.security.PasswordHasher;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Creates the first platform admin from {@code banyan.admin.email} and {@code banyan.admin.password}
 * (environment: BANYAN_ADMIN_EMAIL, BANYAN_ADMIN_PASSWORD) when there is none yet. Later admins
 * and password changes are not this bean's business: it never overwrites.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class PlatformBootstrap {

  private static final Logger LOG = Logger.getLogger(PlatformBootstrap.class.getName());

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PasswordHasher hasher;

  @PostConstruct
  void ensureAdmin() {
    if (!io.banyan.infrastructure.mail.MailSettings.current().sends()) {
      LOG.warning("No SMTP server is configured (banyan.smtp.host): mails, with their invitation and reset links, are kept "
          + "for the platform admin to read. Fine for a demo; set BANYAN_SMTP_HOST in production.");
    }
    long admins = em.createNamedQuery("PlatformAdmin.count", Long.class).getSingleResult();
    if (admins > 0) {
      return;
    }
    var config = ConfigProvider.getConfig(PlatformBootstrap.class.getClassLoader());
    Optional<String> email = config.getOptionalValue("banyan.admin.email", String.class);
    Optional<String> password = config.getOptionalValue("banyan.admin.password", String.class);
    if (email.isEmpty() || password.isEmpty()) {
      LOG.warning("No platform admin exists and banyan.admin.email / banyan.admin.password are not set");
      return;
    }
    em.persist(new PlatformAdmin(EmailAddress.of(email.get()).value(), hasher.hash(password.get())));
    LOG.info(() -> "Created platform admin " + email.get());
  }
}
