package io.banyan.infrastructure.demo;

import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.plan.AnswerValue;
import io.banyan.domain.plan.Cadence;
import io.banyan.domain.plan.MaturityStage;
import io.banyan.domain.plan.PlanMetric;
import io.banyan.domain.plan.StarterTemplate;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.plan.VersionStatus;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.team.Account;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Demo Consulting's plans, so that a newcomer finds a living plan at every stage. Panadería Sol's
 * plan started six months ago: why and goals approved (two revisions), monthly check-ins of its
 * goal climbing toward the target, a revision after a campaign, a section late, one with changes
 * requested and a comment thread, one waiting in Carlos's review queue. Green Bikes Co's plan has
 * one section just handed out. Times count back from today.
 */
@Stateless
@PermitAll
public class DemoPlans {

  private static final String WHY = "Why you are doing this";
  private static final String TEAM = "Your team and your consultant";
  private static final String GOALS = "Goals";
  private static final String CUSTOMERS = "Target customers and platforms";
  private static final String METRICS = "Metrics and cadence";
  private static final String MATURITY = "Maturity self-assessment";

  /** Lunch orders a week from the offices, the monthly check-ins from five months ago to this week. */
  private static final int[] LUNCH_ORDERS = {14, 17, 20, 24, 29, 33};
  private static final int[] FOLLOWERS = {310, 360, 430, 540, 690, 820};

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Clock clock;

  /** Runs in Demo Consulting's scope, once its people, clients and starter template are stored. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void demoConsulting() {
    Days days = new Days(LocalDate.now(clock));
    TemplateVersion starter = starterVersion();
    Account carlos = account("carlos@demo.test");
    Account ana = account("ana@panaderia-sol.test");
    Account luis = account("luis@panaderia-sol.test");

    PlanStory sol = PlanStory.start(em, client("Panadería Sol"), starter, carlos, days.at(190, 9, 30));
    kickOff(sol, days, carlos);
    whyApproved(sol, days, carlos, ana);
    goalsApproved(sol, days, carlos, ana);
    lunchOrderCheckIns(sol, days, ana);
    campaignRevision(sol, days, carlos);
    teamLate(sol, days, carlos, luis);
    customersAndMetricsHandedOut(sol, days, carlos);
    metricsChangesRequested(sol, days, carlos, ana);
    customersSubmitted(sol, days, ana);
    sol.readBefore(days.at(7, 0, 0));

    greenBikes(PlanStory.start(em, client("Green Bikes Co"), starter, carlos, days.at(3, 16, 0)), days, carlos);
  }

  /** At the first meeting Carlos notes where the bakery stands: accounts, no plan. */
  private void kickOff(PlanStory sol, Days days, Account carlos) {
    sol.answer(carlos, days.at(190, 10, 0), MATURITY, 0, new AnswerValue.Maturity(MaturityStage.AD_HOC,
        "An Instagram account opened in 2023; Luis posts a photo of the bread when there is time, about once a month. "
            + "No goals, no numbers, no plan."));
    sol.handOut(carlos, days.at(189, 9, 0), days.ago(175),
        "Start with why: tell it as you would tell a new customer. Then the goals; we go through them at the shop on Thursday.",
        WHY, GOALS);
  }

  private void whyApproved(PlanStory sol, Days days, Account carlos, Account ana) {
    sol.answer(ana, days.at(187, 19, 5), WHY, 0, text("My grandmother opened the first shop in 1978 with one wood-fired oven. "
        + "Luis and I took it over in 2016 and opened the second shop, next to the business park, in 2021. What we enjoy most "
        + "is the morning rush: regulars who know our loaves by name, the smell when the first trays come out, and teaching "
        + "new bakers to shape a proper hogaza."));
    sol.answer(ana, days.at(187, 19, 20), WHY, 1, text("The second shop sits next to offices whose people don't know us yet. "
        + "We want them to see what comes out of the oven each morning and to come in for lunch: bocadillos, the soup of the "
        + "day, the seasonal pastries. Regulars should hear first about new bakes and holiday orders instead of finding a "
        + "note on the door."));
    sol.answer(ana, days.at(187, 19, 25), WHY, 2, new AnswerValue.Choice(Set.of("A useful extra channel")));
    sol.submit(ana, days.at(187, 19, 30), WHY);
    sol.approve(carlos, days.at(185, 11, 0), WHY);
  }

  private void goalsApproved(PlanStory sol, Days days, Account carlos, Account ana) {
    LocalDate due = days.ahead(60);
    sol.answer(ana, days.at(184, 20, 10), GOALS, 0, new AnswerValue.SmartGoal(
        "40 lunch orders a week at the business-park shop from people working in the offices around it, by " + longDate(due) + ".",
        "Lunch orders a week from nearby offices", BigDecimal.valueOf(12), BigDecimal.valueOf(40),
        "We already sell about 12 lunches a week to office workers who found us by chance; about 1,500 people work within "
            + "500 metres, and two posts a week with the day's lunch should reach them.",
        "Business plan: the second shop breaks even by selling lunches on weekdays.", due));
    sol.submit(ana, days.at(184, 20, 30), GOALS);
    sol.approve(carlos, days.at(182, 12, 0), GOALS);
  }

  /** Ana counts the week's lunch orders from the offices once a month and records them the next morning. */
  private void lunchOrderCheckIns(PlanStory sol, Days days, Account ana) {
    PlanMetric lunches = sol.metric(GOALS, 0);
    for (int i = 0; i < LUNCH_ORDERS.length; i++) {
      LocalDate measured = days.monthsAgo(LUNCH_ORDERS.length - 1 - i);
      sol.checkIn(ana, measured.plusDays(1).atTime(9, 0).toInstant(ZoneOffset.UTC), lunches, measured, LUNCH_ORDERS[i]);
    }
  }

  /** After a campaign Carlos adds a second goal, moves the bakery up a stage and marks the plan as it stands. */
  private void campaignRevision(PlanStory sol, Days days, Account carlos) {
    String campaign = season(days.ago(45)) + " campaign";
    LocalDate due = days.ahead(90);
    sol.answer(carlos, days.at(24, 16, 0), GOALS, 1, new AnswerValue.SmartGoal(
        "15 pre-orders a week by Instagram message for the weekend bake, by " + longDate(due) + ".",
        "Instagram pre-orders a week", BigDecimal.ZERO, BigDecimal.valueOf(15),
        "During the " + campaign + " nine people asked by message to keep a loaf or a tray of pastries aside, without being offered it.",
        "Business plan: bake for the weekend what sells, and throw away less bread.", due));
    sol.answer(carlos, days.at(24, 16, 10), MATURITY, 0, new AnswerValue.Maturity(MaturityStage.AWARENESS,
        "A written goal with monthly check-ins, and one campaign measured against it: lunch orders from the offices rose from "
            + LUNCH_ORDERS[0] + " to " + LUNCH_ORDERS[LUNCH_ORDERS.length - 2] + " a week."));
    sol.markRevision(carlos, days.at(24, 16, 20), "Results of the " + campaign + ": lunch orders from "
        + LUNCH_ORDERS[0] + " to " + LUNCH_ORDERS[LUNCH_ORDERS.length - 2] + " a week; a second goal for Instagram pre-orders");
  }

  /** Luis started the team table but never said who has the final say; it was due a week ago. */
  private void teamLate(PlanStory sol, Days days, Account carlos, Account luis) {
    sol.handOut(carlos, days.at(21, 10, 0), days.ago(7), "Who does what, one row per person. Luis, this one is yours.", TEAM);
    sol.answer(luis, days.at(15, 21, 0), TEAM, 0, new AnswerValue.Table(List.of(
        teamRow("Ana Sol", "Co-owner, runs the business-park shop", "Writes the posts, answers messages"),
        teamRow("Luis Sol", "Co-owner, head baker", "Photos and short videos of the morning bake"))));
    sol.remindOverdue(days.at(1, 6, 0), TEAM);
  }

  private void customersAndMetricsHandedOut(PlanStory sol, Days days, Account carlos) {
    sol.handOut(carlos, days.at(12, 9, 30), days.ahead(5),
        "Customers first, then the few networks where they are; then how we will know it works.", CUSTOMERS, METRICS);
  }

  /** Ana chose followers as the main metric; Carlos asks for one that ends at the counter, and she agrees. */
  private void metricsChangesRequested(PlanStory sol, Days days, Account carlos, Account ana) {
    sol.answer(ana, days.at(9, 20, 0), METRICS, 0,
        new AnswerValue.MetricDefinition("Instagram followers", "followers", BigDecimal.valueOf(1500), Cadence.MONTHLY));
    sol.submit(ana, days.at(9, 20, 15), METRICS);
    // Instagram keeps the history: Ana records the past months' followers, and this week's the day after counting
    PlanMetric followers = sol.metric(METRICS, 0);
    for (int i = 0; i < FOLLOWERS.length; i++) {
      LocalDate measured = days.monthsAgo(FOLLOWERS.length - 1 - i);
      Instant recorded = i < FOLLOWERS.length - 1 ? days.at(8, 8, 30 + i) : measured.plusDays(1).atTime(9, 5).toInstant(ZoneOffset.UTC);
      sol.checkIn(ana, recorded, followers, measured, FOLLOWERS[i]);
    }
    sol.startReview(carlos, days.at(6, 10, 0), METRICS);
    QuestionComment comment = sol.comment(carlos, days.at(6, 10, 15), METRICS, 0,
        "Followers are a good start, but they don't tell us whether a post brings anyone to the counter. Could the main metric "
            + "be lunch orders that came through Instagram? Luis could ask at the till, or the Friday post could carry a code "
            + "word for a free coffee. Keep followers as the second metric.");
    sol.requestChanges(carlos, days.at(6, 10, 20), METRICS);
    sol.reply(ana, days.at(5, 19, 30), comment, "Good idea. From Monday Luis asks \"did you see us on Instagram?\" at the till, and "
        + "the Friday post gets a code word. I'll swap the two metrics once we have a week of numbers.");
  }

  /** Ana describes the customers and picks two networks; it waits in Carlos's review queue since yesterday. */
  private void customersSubmitted(PlanStory sol, Days days, Account ana) {
    sol.answer(ana, days.at(3, 21, 0), CUSTOMERS, 0, text("Office workers from the business park across the road, 25 to 50, who buy "
        + "lunch between 13:00 and 15:00 and want something quick that isn't a sandwich chain. Families from the old town who "
        + "buy bread every morning and cakes at weekends; many parents follow the neighbourhood's pages. Older regulars, who "
        + "come in person and hear about us from each other."));
    sol.answer(ana, days.at(2, 21, 15), CUSTOMERS, 1, new AnswerValue.Platforms(List.of(
        new AnswerValue.PlatformReason("Instagram", "Where the office workers scroll at lunch; bread and pastries photograph well, "
            + "and a Story at noon can show the day's lunch."),
        new AnswerValue.PlatformReason("Facebook", "The old town's neighbourhood group is there; parents share our opening hours "
            + "and holiday orders."))));
    sol.submit(ana, days.at(1, 9, 40), CUSTOMERS);
  }

  /** Green Bikes Co has no one on Banyan yet: its first section is handed out and not started. */
  private void greenBikes(PlanStory bikes, Days days, Account carlos) {
    bikes.handOut(carlos, days.at(2, 11, 0), days.ahead(12),
        "Start here: why you opened the workshop, and what you hope social media does for it.", WHY);
  }

  private TemplateVersion starterVersion() {
    return em.createQuery("select v from TemplateVersion v join v.template t where t.name = :name and v.status = :published"
            + " order by v.number desc", TemplateVersion.class)
        .setParameter("name", StarterTemplate.NAME)
        .setParameter("published", VersionStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("Demo Consulting has no published " + StarterTemplate.NAME));
  }

  private Account account(String email) {
    return em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", email).getSingleResult();
  }

  private ClientOrganisation client(String name) {
    return em.createQuery("select c from ClientOrganisation c where c.name = :name", ClientOrganisation.class)
        .setParameter("name", name)
        .getSingleResult();
  }

  /** A row of the team table, its cells in the question's column order. */
  private static Map<String, String> teamRow(String name, String role, String part) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("Name", name);
    row.put("Role in the business", role);
    row.put("Part in social media", part);
    return row;
  }

  private static AnswerValue.Text text(String text) {
    return new AnswerValue.Text(text);
  }

  private static String longDate(LocalDate day) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).format(day);
  }

  /** The season of a day in Madrid, for naming a campaign. */
  private static String season(LocalDate day) {
    return switch (day.getMonth()) {
      case MARCH, APRIL, MAY -> "spring";
      case JUNE, JULY, AUGUST -> "summer";
      case SEPTEMBER, OCTOBER, NOVEMBER -> "autumn";
      case DECEMBER, JANUARY, FEBRUARY -> "winter";
    };
  }

  /** Days and times counted back (or ahead) from today, UTC; times of day are in the past for any day before today. */
  private record Days(LocalDate today) {

    Instant at(int daysAgo, int hour, int minute) {
      return ago(daysAgo).atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    LocalDate ago(int days) {
      return today.minusDays(days);
    }

    LocalDate ahead(int days) {
      return today.plusDays(days);
    }

    /** A check-in day: two days ago, that many months back. */
    LocalDate monthsAgo(int months) {
      return today.minusDays(2).minusMonths(months);
    }
  }
}
