package io.banyan.browser;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP server the test domain's Banyan sends to (127.0.0.1:3025): one for the whole run, since
 * browser tests run side by side and each writes to addresses of its own consultancy.
 */
final class Mailbox {

  private static final Pattern LINK = Pattern.compile("(https?://\\S+)");
  private static Mailbox shared;
  private final GreenMail server = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  private Mailbox() {
    server.start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
  }

  static synchronized Mailbox shared() {
    if (shared == null) {
      shared = new Mailbox();
    }
    return shared;
  }

  /** The link in the newest mail to that address, waiting up to 15 seconds for it. */
  String linkFor(String recipient) {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      List<MimeMessage> mails = Arrays.stream(server.getReceivedMessages()).filter(m -> sentTo(m, recipient)).toList();
      if (!mails.isEmpty()) {
        Matcher m = LINK.matcher(text(mails.get(mails.size() - 1)));
        if (m.find()) {
          return m.group(1);
        }
      }
      server.waitForIncomingEmail(500, 1);
    }
    throw new AssertionError("No mail with a link reached " + recipient);
  }

  /** The mail's text as its reader sees it: a body with accents or emoji is sent quoted-printable, and its raw form splits long links. */
  private static String text(MimeMessage message) {
    try {
      Object content = message.getContent();
      return content instanceof String text ? text : GreenMailUtil.getBody(message);
    } catch (MessagingException | java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean sentTo(MimeMessage message, String recipient) {
    try {
      return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
