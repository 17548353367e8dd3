package io.banyan.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.homework.HomeworkService;
import io.banyan.application.notification.NotificationService;
import io.banyan.application.notification.ReminderSchedule;
import io.banyan.application.plan.PlanService;
import io.banyan.application.plan.TemplateService;
import io.banyan.domain.notification.MailPreference;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.Rows;
import io.banyan.it.support.TestTenant;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The daily reminders: homework due in two days or overdue reaches the client's members in one
 * digest a day, people who chose a digest get the day's news in it instead of one mail each, and
 * a second run of the same day (as after a restart) sends nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("reminders");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private TemplateService templates;
  @Inject private PlanService plans;
  @Inject private HomeworkService homework;
  @Inject private NotificationService notifications;
  @Inject private ReminderSchedule schedule;

  @Resource(lookup = "jdbc/banyan")
  private DataSource dataSource;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  private static final Set<String> REMINDERS = Set.of(NotificationKind.DUE_SOON.name(), NotificationKind.OVERDUE.name());

  @Test
  void homeworkDueSoonIsRemindedOnceADayEvenWhenTheRunRepeats() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    TestTenant t = fixtures.tenant("remind");
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Plan plan = planFor(t, "Goals");
      homework.assign(plan.getId(), List.of(plan.getTemplateVersion().getSections().get(0).getId()), today.plusDays(2), "By Friday, please");
      assertEquals(1, mailbox.to(t.memberEmail()).size(), "the member hears of the homework at once");

      acting.asPrincipal("reminder-timer");
      schedule.runFor(today);
      List<String> subjects = mailbox.to(t.memberEmail()).stream().map(Mailbox::subjectOf).toList();
      assertEquals(2, subjects.size(), "one digest: " + subjects);
      assertTrue(Mailbox.bodyOf(mailbox.to(t.memberEmail()).get(1)).contains("'Goals' is due in 2 days"));
      assertEquals(List.of("DUE_SOON"), reminderKinds(t), "and one reminder in the bell");
      Map<String, List<Map<String, Object>>> afterFirstRun = Rows.snapshot(dataSource, t.tenantId(), "notification", "digest_sent");

      assertEquals(0, schedule.runFor(today), "a repeated run of the same day sends nothing more");
      assertEquals(2, mailbox.to(t.memberEmail()).size());
      assertEquals(afterFirstRun, Rows.snapshot(dataSource, t.tenantId(), "notification", "digest_sent"),
          "and writes nothing: no second reminder, no second digest record");

      acting.as(t.member(), TestTenant.CLIENT);
      assertTrue(notifications.latest(10).stream().anyMatch(n -> n.getKind() == NotificationKind.DUE_SOON),
          "the reminder is in the bell too");
    }
  }

  @Test
  void overdueHomeworkIsRemindedOnceADayAndAgainTheNextDay() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    TestTenant t = fixtures.tenant("overdue");
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Plan plan = planFor(t, "Goals", "Budget");
      long goals = plan.getTemplateVersion().getSections().get(0).getId();
      long budget = plan.getTemplateVersion().getSections().get(1).getId();
      long late = homework.assign(plan.getId(), List.of(goals), today.plusDays(7), null).getSections().get(0).getId();
      homework.assign(plan.getId(), List.of(budget), today.plusDays(2), null);
      // due dates in the past cannot be given, so time passes in the database
      dueOn(late, today.minusDays(1));
      int handedOut = mailbox.to(t.memberEmail()).size();

      acting.asPrincipal("reminder-timer");
      schedule.runFor(today);
      List<MimeMessage> mails = mailbox.to(t.memberEmail());
      assertEquals(handedOut + 1, mails.size(), "one digest for both sections");
      String digest = Mailbox.bodyOf(mails.get(mails.size() - 1));
      assertTrue(digest.contains("'Goals' was due " + DAY.format(today.minusDays(1)) + " and is overdue"), digest);
      assertTrue(digest.contains("'Budget' is due in 2 days"), digest);
      assertEquals(List.of("OVERDUE", "DUE_SOON"), reminderKinds(t), "one reminder per section, the most overdue first");
      assertEquals(List.of(today), digestDays(t));

      assertEquals(0, schedule.runFor(today), "a second run of the day sends nothing");
      assertEquals(handedOut + 1, mailbox.to(t.memberEmail()).size());
      assertEquals(List.of("OVERDUE", "DUE_SOON"), reminderKinds(t), "and writes no reminder");
      assertEquals(List.of(today), digestDays(t));

      // the next day it is still overdue, so it is told again; the other one is no longer two days away
      LocalDate tomorrow = today.plusDays(1);
      schedule.runFor(tomorrow);
      mails = mailbox.to(t.memberEmail());
      assertEquals(handedOut + 2, mails.size());
      String next = Mailbox.bodyOf(mails.get(mails.size() - 1));
      assertTrue(next.contains("'Goals' was due") && !next.contains("'Budget'"), next);
      assertEquals(List.of("OVERDUE", "DUE_SOON", "OVERDUE"), reminderKinds(t));
      assertEquals(List.of(today, tomorrow), digestDays(t));
      assertEquals(0, schedule.runFor(tomorrow));
      assertEquals(handedOut + 2, mailbox.to(t.memberEmail()).size());

      // staff are not reminded of their clients' homework
      assertTrue(Rows.ofTenant(dataSource, "notification", t.tenantId()).stream()
          .filter(r -> REMINDERS.contains(String.valueOf(r.get("kind"))))
          .allMatch(r -> ((Number) r.get("recipient_id")).longValue() == t.memberId()));
    }
  }

  @Test
  void aPersonWhoChoseADigestGetsOneMailADayInsteadOfOneEach() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    TestTenant t = fixtures.tenant("digest");
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.member(), TestTenant.CLIENT);
      notifications.preferMail(MailPreference.DAILY_DIGEST);
      assertEquals(MailPreference.DAILY_DIGEST, notifications.mailPreference());

      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Plan plan = planFor(t, "Goals");
      homework.assign(plan.getId(), List.of(plan.getTemplateVersion().getSections().get(0).getId()), today.plusDays(10), null);
      assertEquals(0, mailbox.to(t.memberEmail()).size(), "no mail at once for a digest reader");

      acting.asPrincipal("reminder-timer");
      schedule.runFor(today);
      assertEquals(1, mailbox.to(t.memberEmail()).size());
      assertTrue(Mailbox.bodyOf(mailbox.to(t.memberEmail()).get(0)).contains("New homework"), "the digest carries the day's news");
    }
  }

  private Plan planFor(TestTenant t, String... sections) {
    TemplateVersion draft = templates.create("Reminders " + t.slug(), null);
    for (String title : sections) {
      long section = templates.addSection(draft.getId(), title, null).getId();
      templates.ask(section, QuestionKind.SHORT_TEXT, "Your " + title.toLowerCase(), null, true, QuestionSettings.NONE);
    }
    templates.publish(draft.getId());
    return plans.create(t.clientId(), draft.getId(), null);
  }

  /** The reminders the tenant's people got, in the order they were written, read past JPA. */
  private List<String> reminderKinds(TestTenant t) {
    return Rows.ofTenant(dataSource, "notification", t.tenantId()).stream()
        .map(r -> String.valueOf(r.get("kind")))
        .filter(REMINDERS::contains)
        .toList();
  }

  /** The days the member's digest went out. */
  private List<LocalDate> digestDays(TestTenant t) {
    return Rows.ofTenant(dataSource, "digest_sent", t.tenantId()).stream()
        .filter(r -> ((Number) r.get("account_id")).longValue() == t.memberId())
        .map(r -> r.get("sent_on") instanceof Date d ? d.toLocalDate() : (LocalDate) r.get("sent_on"))
        .toList();
  }

  private void dueOn(long assignedId, LocalDate due) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("update assigned_section set due_on = ? where id = ?")) {
      ps.setObject(1, due);
      ps.setLong(2, assignedId);
      assertEquals(1, ps.executeUpdate());
      if (!c.getAutoCommit()) {
        c.commit();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
