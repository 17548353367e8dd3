package io.banyan.infrastructure.mail;

import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where mail goes, read from MicroProfile Config ({@code banyan.smtp.*}, or the environment as
 * {@code BANYAN_SMTP_HOST} and so on). A host of {@code none} means: keep mails for the platform
 * admin to read instead of sending them.
 */
public record MailSettings(Optional<String> host, int port, String from, Optional<String> user, Optional<String> password) {

  public static MailSettings current() {
    Config config = ConfigProvider.getConfig(MailSettings.class.getClassLoader());
    Optional<String> host = config.getOptionalValue("banyan.smtp.host", String.class)
        .filter(h -> !h.isBlank() && !"none".equalsIgnoreCase(h));
    return new MailSettings(
        host,
        config.getOptionalValue("banyan.smtp.port", Integer.class).orElse(25),
        config.getOptionalValue("banyan.smtp.from", String.class).orElse("banyan@localhost"),
        config.getOptionalValue("banyan.smtp.user", String.class).filter(u -> !u.isBlank()),
        config.getOptionalValue("banyan.smtp.password", String.class));
  }

  public boolean sends() {
    return host.isPresent();
  }

  Properties sessionProperties() {
    Properties props = new Properties();
    props.put("mail.smtp.host", host.orElseThrow());
    props.put("mail.smtp.port", String.valueOf(port));
    props.put("mail.smtp.connectiontimeout", "5000");
    props.put("mail.smtp.timeout", "10000");
    if (user.isPresent()) {
      props.put("mail.smtp.auth", "true");
      props.put("mail.smtp.starttls.enable", "true");
    }
    return props;
  }
}
