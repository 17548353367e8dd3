package io.banyan.domain.homework;

import static io.banyan.domain.homework.SectionAction.APPROVE;
import static io.banyan.domain.homework.SectionAction.EDIT;
import static io.banyan.domain.homework.SectionAction.REOPEN;
import static io.banyan.domain.homework.SectionAction.REQUEST_CHANGES;
import static io.banyan.domain.homework.SectionAction.START_REVIEW;
import static io.banyan.domain.homework.SectionAction.SUBMIT;
import static io.banyan.domain.homework.SectionAction.WITHDRAW;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.Plan;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AssignedSectionTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  /** The loop as the product describes it; everything else is refused. */
  private static final Set<List<Object>> LEGAL = Set.of(
      List.of(EDIT, SectionStatus.NOT_STARTED), List.of(EDIT, SectionStatus.CHANGES_REQUESTED), List.of(EDIT, SectionStatus.REOPENED),
      List.of(SUBMIT, SectionStatus.DRAFT), List.of(WITHDRAW, SectionStatus.SUBMITTED), List.of(START_REVIEW, SectionStatus.SUBMITTED),
      List.of(REQUEST_CHANGES, SectionStatus.IN_REVIEW), List.of(APPROVE, SectionStatus.IN_REVIEW), List.of(REOPEN, SectionStatus.APPROVED));

  /** How a section gets to each state. */
  private static final Map<SectionStatus, List<SectionAction>> PATHS = Map.of(
      SectionStatus.NOT_STARTED, List.of(),
      SectionStatus.DRAFT, List.of(EDIT),
      SectionStatus.SUBMITTED, List.of(EDIT, SUBMIT),
      SectionStatus.IN_REVIEW, List.of(EDIT, SUBMIT, START_REVIEW),
      SectionStatus.CHANGES_REQUESTED, List.of(EDIT, SUBMIT, START_REVIEW, REQUEST_CHANGES),
      SectionStatus.APPROVED, List.of(EDIT, SUBMIT, START_REVIEW, APPROVE),
      SectionStatus.REOPENED, List.of(EDIT, SUBMIT, START_REVIEW, APPROVE, REOPEN));

  private final Account consultant = Account.staff(EmailAddress.of("c@x.example"), "Cora", Roles.of(Role.CONSULTANT), NOW);

  private AssignedSection fresh() {
    PlanTemplate template = new PlanTemplate("Strategy", null, NOW);
    TemplateVersion v1 = template.firstDraft();
    v1.addSection("Goals", null).ask(QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    v1.publish(NOW);
    Plan plan = Plan.start(new ClientOrganisation("Bakery", NOW), v1, consultant, "Plan", NOW);
    return Assignment.of(plan, v1.getSections(), List.of(), TODAY.plusDays(7), "Please", consultant, "Cora", NOW, TODAY)
        .getSections().get(0);
  }

  private AssignedSection at(SectionStatus status) {
    AssignedSection section = fresh();
    PATHS.get(status).forEach(a -> section.apply(a, consultant, NOW).orElseThrow());
    assertEquals(status, section.getStatus());
    return section;
  }

  @Test
  void everyActionFromEveryStateIsLegalIdempotentOrRefused() {
    for (SectionStatus status : SectionStatus.values()) {
      for (SectionAction action : SectionAction.values()) {
        AssignedSection section = at(status);
        String what = action + " from " + status;
        if (status == action.leadsTo()) {
          assertEquals(Optional.empty(), section.apply(action, consultant, NOW), what + " is already done: no second transition");
          assertEquals(status, section.getStatus(), what);
        } else if (LEGAL.contains(List.of(action, status))) {
          SectionTransition step = section.apply(action, consultant, NOW).orElseThrow();
          assertEquals(status, step.getFrom(), what);
          assertEquals(action.leadsTo(), step.getTo(), what);
          assertEquals("Cora", step.getByName(), what);
          assertEquals(action.leadsTo(), section.getStatus(), what);
        } else {
          IllegalTransitionException refused = assertThrows(IllegalTransitionException.class, () -> section.apply(action, consultant, NOW), what);
          assertTrue(refused.getMessage().contains("Goals"), "the message names the section: " + refused.getMessage());
          assertEquals(status, section.getStatus(), what + " leaves the state as it was");
        }
      }
    }
  }

  @Test
  void aSecondSubmitOrApproveMakesNoSecondTransition() {
    AssignedSection section = at(SectionStatus.DRAFT);
    assertTrue(section.apply(SUBMIT, consultant, NOW).isPresent());
    assertTrue(section.apply(SUBMIT, consultant, NOW).isEmpty());
    section.apply(START_REVIEW, consultant, NOW);
    assertTrue(section.apply(APPROVE, consultant, NOW).isPresent());
    assertTrue(section.apply(APPROVE, consultant, NOW).isEmpty());
    assertEquals(NOW, section.getSubmittedAt());
  }

  @Test
  void lateOnlyWhilePastDueWithTheClientAndNotExcused() {
    AssignedSection section = at(SectionStatus.DRAFT);
    LocalDate due = section.getDueOn();
    assertFalse(section.isLate(due), "due today is not late yet");
    assertTrue(section.isLate(due.plusDays(1)));
    section.apply(SUBMIT, consultant, NOW);
    assertFalse(section.isLate(due.plusDays(1)), "once submitted the client is not behind");
    AssignedSection other = at(SectionStatus.NOT_STARTED);
    other.excuse();
    assertFalse(other.isLate(due.plusDays(30)));
    assertTrue(other.isExcused());
  }

  @Test
  void anExtensionMovesTheDueDateForwardAndIsFlagged() {
    AssignedSection section = at(SectionStatus.NOT_STARTED);
    assertThrows(BanyanException.class, () -> section.extendTo(TODAY, TODAY), "an extension is to a later day");
    section.extendTo(TODAY.plusDays(21), TODAY);
    assertEquals(TODAY.plusDays(21), section.getDueOn());
    assertTrue(section.isExtended());
    AssignedSection approved = at(SectionStatus.APPROVED);
    assertThrows(BanyanException.class, () -> approved.extendTo(TODAY.plusDays(3), TODAY));
  }

  @Test
  void aSectionIsHandedOutOnceUntilApprovedAndNeverWithAPastDueDate() {
    AssignedSection out = at(SectionStatus.DRAFT);
    Plan plan = out.getPlan();
    List<io.banyan.domain.plan.TemplateSection> sections = plan.getTemplateVersion().getSections();
    assertThrows(BanyanException.class,
        () -> Assignment.of(plan, sections, List.of(out), TODAY.plusDays(3), null, consultant, "Cora", NOW, TODAY));
    assertThrows(BanyanException.class,
        () -> Assignment.of(plan, sections, List.of(), TODAY.minusDays(1), null, consultant, "Cora", NOW, TODAY));
    assertThrows(BanyanException.class, () -> Assignment.of(plan, List.of(), List.of(), TODAY, null, consultant, "Cora", NOW, TODAY));
  }
}
