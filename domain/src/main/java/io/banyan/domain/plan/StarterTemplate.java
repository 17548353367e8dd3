package io.banyan.domain.plan;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * "Social Media Strategy Plan": the template every consultancy starts with. Its sections follow
 * the path a small business takes from "we should be on social media" to a plan it keeps alive:
 * why, the plans it fits into, who does it, goals, customers and platforms, departments,
 * resources, metrics, maturity and first steps. Guidance is written for the business owner.
 */
public final class StarterTemplate {

  public static final String NAME = "Social Media Strategy Plan";

  private StarterTemplate() {}

  /** The template with version 1 published. */
  public static PlanTemplate create(Instant now) {
    PlanTemplate template = new PlanTemplate(NAME,
        "A written, living social-media strategy for a small business, built one reviewed section at a time.", now);
    TemplateVersion v1 = template.firstDraft();

    TemplateSection why = v1.addSection("Why you are doing this",
        "<p>Before any account is opened, be clear why social media is worth your time. It is not a playground for old "
            + "friends nor a race to the top of a ranking; it is a way to show, in public, the passion you have for your business.</p>"
            + "<p>Think back to why you started: the skill, the enjoyment, the people you serve. Sales follow passion, not the other way round.</p>");
    why.ask(QuestionKind.LONG_TEXT, "Why did you start this business, and what do you enjoy about it?",
        "Write it as you would tell a new customer.", true, QuestionSettings.NONE);
    why.ask(QuestionKind.LONG_TEXT, "What do you expect social media to do for the business?", null, true, QuestionSettings.NONE);
    why.ask(QuestionKind.SINGLE_CHOICE, "At this stage, social media is for you…", null, true,
        QuestionSettings.options("A trial balloon", "A useful extra channel", "A critical part of our marketing"));

    TemplateSection business = v1.addSection("Review of your business plan",
        "<p>Your social-media strategy serves your marketing strategy, which serves your business plan. Re-read the business plan "
            + "first: its objectives are what every social-media goal must help reach.</p>");
    business.ask(QuestionKind.YES_NO, "Do you have a written business plan?", null, true, QuestionSettings.NONE);
    business.ask(QuestionKind.LONG_TEXT, "Which business objectives for the coming year should social media support?",
        "List them; later goals will point back to them.", true, QuestionSettings.NONE);
    business.ask(QuestionKind.SHORT_TEXT, "Where does social media sit in your marketing today?", null, false, QuestionSettings.NONE);

    TemplateSection it = v1.addSection("Review of your IT plan",
        "<p>If you have an IT plan, check what it already provides: website, shop, customer records, tools for scheduling and "
            + "measuring. Social media should connect to them, not stand alone.</p>");
    it.ask(QuestionKind.YES_NO, "Do you have an IT plan?", null, true, QuestionSettings.NONE);
    it.ask(QuestionKind.LONG_TEXT, "Which systems should social media connect to (website, shop, customer list…)?", null, false,
        QuestionSettings.NONE);

    TemplateSection team = v1.addSection("Your team and your consultant",
        "<p>A strategy belongs to the whole organisation, not to one employee. Name the people who will work on it with your "
            + "consultant, and what each brings.</p>");
    team.ask(QuestionKind.TABLE, "Who is on the social-media team?", "One row per person.", true,
        QuestionSettings.columns("Name", "Role in the business", "Part in social media"));
    team.ask(QuestionKind.SHORT_TEXT, "Who has the final say on what is published?", null, true, QuestionSettings.NONE);

    TemplateSection goals = v1.addSection("Goals",
        "<p>Write goals that are S.M.A.R.T.: specific, measurable, attainable, relevant to a business objective and time-bound. "
            + "\"Be on Instagram\" is not a goal; \"40 lunch orders a week from nearby offices by June\" is.</p>");
    goals.ask(QuestionKind.SMART_GOAL, "Your most important goal", null, true, QuestionSettings.NONE);
    goals.ask(QuestionKind.SMART_GOAL, "A second goal", null, false, QuestionSettings.NONE);

    TemplateSection platforms = v1.addSection("Target customers and platforms",
        "<p>Choose platforms by where your target customers already spend time, not by what competitors use. Describe the "
            + "customers first, then pick the few networks where they are.</p>");
    platforms.ask(QuestionKind.LONG_TEXT, "Who are your target customers?", "Age, place, habits, what they need from you.", true,
        QuestionSettings.NONE);
    platforms.ask(QuestionKind.PLATFORM_CHOICE, "Which platforms will you use, and why there?", null, true, QuestionSettings.NONE);

    TemplateSection departments = v1.addSection("Departments and functions",
        "<p>Social media is not only marketing. Sales can find leads, customer service can answer fast, recruiting can reach "
            + "candidates. For each department, say what social media does for it and who owns it there.</p>");
    departments.ask(QuestionKind.DEPARTMENT_MATRIX, "What does social media do for each department?", null, true, QuestionSettings.NONE);

    TemplateSection resources = v1.addSection("Resources, skills and training",
        "<p>Planning, learning and practising are progress even before the first post. Be honest about time, budget and the "
            + "skills the team still needs, and plan the training.</p>");
    resources.ask(QuestionKind.NUMBER, "Hours per week the team can give to social media", null, true,
        QuestionSettings.number(BigDecimal.ZERO, new BigDecimal("168"), "hours"));
    resources.ask(QuestionKind.NUMBER, "Monthly budget for tools and promotion", null, false,
        QuestionSettings.number(BigDecimal.ZERO, null, "EUR"));
    resources.ask(QuestionKind.TABLE, "Skills to learn and how", null, false, QuestionSettings.columns("Skill", "Who", "Training", "By when"));

    TemplateSection metrics = v1.addSection("Metrics and cadence",
        "<p>Measure social media as you measure any other marketing. Define a few metrics, their targets, and how often you will "
            + "look at them; the plan changes when the numbers say so.</p>");
    metrics.ask(QuestionKind.METRIC_DEFINITION, "Your main metric", null, true, QuestionSettings.NONE);
    metrics.ask(QuestionKind.METRIC_DEFINITION, "Another metric", null, false, QuestionSettings.NONE);

    TemplateSection maturity = v1.addSection("Maturity self-assessment",
        "<p>Most businesses use social media ad hoc; some are aware and planning; few have integrated it into how they work; "
            + "almost none have optimized it. Place your business honestly: the plan is how you move up.</p>");
    maturity.ask(QuestionKind.MATURITY, "Where is the business today?", null, true, QuestionSettings.NONE);

    TemplateSection steps = v1.addSection("First steps",
        "<p>Close the plan with the first things you will do, in order, and who does them. Resist opening accounts before "
            + "this plan is approved: strategy first, tools second.</p>");
    steps.ask(QuestionKind.TABLE, "Your first steps", null, true, QuestionSettings.columns("Step", "Owner", "Due"));
    steps.ask(QuestionKind.DATE, "When will you review this plan next?", "A living plan is reviewed as results come in.", true,
        QuestionSettings.NONE);

    v1.publish(now);
    return template;
  }
}
