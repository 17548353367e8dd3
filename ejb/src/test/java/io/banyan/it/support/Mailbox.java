package io.banyan.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real SMTP server on 127.0.0.1:3025, where the test domain's Banyan sends its mail. Started by
 * the test that reads mail, stopped when it is done.
 */
public final class Mailbox implements AutoCloseable {

  public static final int PORT = 3025;
  private static final Pattern LINK = Pattern.compile("(https?://\\S+)");

  private final GreenMail server;

  private Mailbox(GreenMail server) {
    this.server = server;
  }

  public static Mailbox start() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return new Mailbox(server);
  }

  public List<MimeMessage> to(String recipient) {
    return Arrays.stream(server.getReceivedMessages())
        .filter(m -> sentTo(m, recipient))
        .toList();
  }

  private static boolean sentTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The first link in the newest mail to that recipient, waiting briefly for it to arrive. */
  public String linkIn(String recipient) {
    long deadline = System.currentTimeMillis() + 10_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> received = to(recipient);
      if (!received.isEmpty()) {
        Matcher m = LINK.matcher(GreenMailUtil.getBody(received.get(received.size() - 1)));
        if (m.find()) {
          return m.group(1);
        }
      }
      server.waitForIncomingEmail(500, 1);
    }
    throw new AssertionError("No mail with a link reached " + recipient);
  }

  public static String bodyOf(MimeMessage message) {
    return GreenMailUtil.getBody(message);
  }

  public static String subjectOf(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
  }
}
