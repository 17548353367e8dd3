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
import io.banyan.it.support.TestTenant;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

  @Test
  void homeworkDueSoonIsRemindedOnceADayEvenWhenTheRunRepeats() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    TestTenant t = fixtures.tenant("remind");
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Plan plan = planFor(t);
      homework.assign(plan.getId(), List.of(plan.getTemplateVersion().getSections().get(0).getId()), today.plusDays(2), "By Friday, please");
      assertEquals(1, mailbox.to(t.memberEmail()).size(), "the member hears of the homework at once");

      acting.asPrincipal("reminder-timer");
      schedule.runFor(today);
      List<String> subjects = mailbox.to(t.memberEmail()).stream().map(Mailbox::subjectOf).toList();
      assertEquals(2, subjects.size(), "one digest: " + subjects);
      assertTrue(Mailbox.bodyOf(mailbox.to(t.memberEmail()).get(1)).contains("is due in 2 days"));

      schedule.runFor(today);
      assertEquals(2, mailbox.to(t.memberEmail()).size(), "a repeated run of the same day sends nothing more");

      acting.as(t.member(), TestTenant.CLIENT);
      assertTrue(notifications.latest(10).stream().anyMatch(n -> n.getKind() == NotificationKind.DUE_SOON),
          "the reminder is in the bell too");
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
      Plan plan = planFor(t);
      homework.assign(plan.getId(), List.of(plan.getTemplateVersion().getSections().get(0).getId()), today.plusDays(10), null);
      assertEquals(0, mailbox.to(t.memberEmail()).size(), "no mail at once for a digest reader");

      acting.asPrincipal("reminder-timer");
      schedule.runFor(today);
      assertEquals(1, mailbox.to(t.memberEmail()).size());
      assertTrue(Mailbox.bodyOf(mailbox.to(t.memberEmail()).get(0)).contains("New homework"), "the digest carries the day's news");
    }
  }

  private Plan planFor(TestTenant t) {
    TemplateVersion draft = templates.create("Reminders " + t.slug(), null);
    long section = templates.addSection(draft.getId(), "Goals", null).getId();
    templates.ask(section, QuestionKind.SHORT_TEXT, "Your goal", null, true, QuestionSettings.NONE);
    templates.publish(draft.getId());
    return plans.create(t.clientId(), draft.getId(), null);
  }
}
