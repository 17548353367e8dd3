package io.banyan.domain.plan;

import io.banyan.domain.shared.Texts;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * "Social Media Strategy Plan": the template every consultancy starts with, in the consultancy's
 * language. Its sections follow the path a small business takes from "we should be on social
 * media" to a plan it keeps alive: why, the plans it fits into, who does it, goals, customers and
 * platforms, departments, resources, metrics, maturity and first steps. Guidance is written for
 * the business owner.
 *
 * <p>The structure (sections, question kinds, required or not, how many options or columns, number
 * bounds) is here and the same in every language; the words are in the bundle
 * {@code io/banyan/starter.properties} and its Spanish {@code starter_es.properties}.
 */
public final class StarterTemplate {

  /** The bundle of the starter's texts. */
  public static final String BUNDLE = "io.banyan.starter";

  /** The English name; {@link #name(Locale)} gives it in another language. */
  public static final String NAME = "Social Media Strategy Plan";

  private StarterTemplate() {}

  /** The starter's name in the supported language closest to {@code language}. */
  public static String name(Locale language) {
    return Texts.bundle(BUNDLE, language).getString("template.name");
  }

  /** Its name in every language Banyan speaks, English first: a consultancy has the starter if it has a template of one of them. */
  public static List<String> names() {
    return Texts.LANGUAGES.stream().map(StarterTemplate::name).distinct().toList();
  }

  /** The English template with version 1 published. */
  public static PlanTemplate create(Instant now) {
    return create(Locale.ENGLISH, now);
  }

  /** The template in the supported language closest to {@code language}, with version 1 published. */
  public static PlanTemplate create(Locale language, Instant now) {
    Words w = new Words(Texts.bundle(BUNDLE, language));
    PlanTemplate template = new PlanTemplate(w.text("template.name"), w.text("template.description"), now);
    TemplateVersion v1 = template.firstDraft();

    TemplateSection why = w.section(v1, "why");
    w.ask(why, "why.1", QuestionKind.LONG_TEXT, true, QuestionSettings.NONE);
    w.ask(why, "why.2", QuestionKind.LONG_TEXT, true, QuestionSettings.NONE);
    w.ask(why, "why.3", QuestionKind.SINGLE_CHOICE, true, QuestionSettings.options(w.list("why.3.option", 3)));

    TemplateSection business = w.section(v1, "business");
    w.ask(business, "business.1", QuestionKind.YES_NO, true, QuestionSettings.NONE);
    w.ask(business, "business.2", QuestionKind.LONG_TEXT, true, QuestionSettings.NONE);
    w.ask(business, "business.3", QuestionKind.SHORT_TEXT, false, QuestionSettings.NONE);

    TemplateSection it = w.section(v1, "it");
    w.ask(it, "it.1", QuestionKind.YES_NO, true, QuestionSettings.NONE);
    w.ask(it, "it.2", QuestionKind.LONG_TEXT, false, QuestionSettings.NONE);

    TemplateSection team = w.section(v1, "team");
    w.ask(team, "team.1", QuestionKind.TABLE, true, QuestionSettings.columns(w.list("team.1.column", 3)));
    w.ask(team, "team.2", QuestionKind.SHORT_TEXT, true, QuestionSettings.NONE);

    TemplateSection goals = w.section(v1, "goals");
    w.ask(goals, "goals.1", QuestionKind.SMART_GOAL, true, QuestionSettings.NONE);
    w.ask(goals, "goals.2", QuestionKind.SMART_GOAL, false, QuestionSettings.NONE);

    TemplateSection platforms = w.section(v1, "platforms");
    w.ask(platforms, "platforms.1", QuestionKind.LONG_TEXT, true, QuestionSettings.NONE);
    w.ask(platforms, "platforms.2", QuestionKind.PLATFORM_CHOICE, true, QuestionSettings.NONE);

    TemplateSection departments = w.section(v1, "departments");
    w.ask(departments, "departments.1", QuestionKind.DEPARTMENT_MATRIX, true, QuestionSettings.NONE);

    TemplateSection resources = w.section(v1, "resources");
    w.ask(resources, "resources.1", QuestionKind.NUMBER, true,
        QuestionSettings.number(BigDecimal.ZERO, new BigDecimal("168"), w.text("resources.1.unit")));
    w.ask(resources, "resources.2", QuestionKind.NUMBER, false, QuestionSettings.number(BigDecimal.ZERO, null, w.text("resources.2.unit")));
    w.ask(resources, "resources.3", QuestionKind.TABLE, false, QuestionSettings.columns(w.list("resources.3.column", 4)));

    TemplateSection metrics = w.section(v1, "metrics");
    w.ask(metrics, "metrics.1", QuestionKind.METRIC_DEFINITION, true, QuestionSettings.NONE);
    w.ask(metrics, "metrics.2", QuestionKind.METRIC_DEFINITION, false, QuestionSettings.NONE);

    TemplateSection maturity = w.section(v1, "maturity");
    w.ask(maturity, "maturity.1", QuestionKind.MATURITY, true, QuestionSettings.NONE);

    TemplateSection steps = w.section(v1, "steps");
    w.ask(steps, "steps.1", QuestionKind.TABLE, true, QuestionSettings.columns(w.list("steps.1.column", 3)));
    w.ask(steps, "steps.2", QuestionKind.DATE, true, QuestionSettings.NONE);

    v1.publish(now);
    return template;
  }

  /** The starter's texts in one language. A question's help is optional: no {@code .help} key, no help. */
  private record Words(ResourceBundle bundle) {

    String text(String key) {
      return bundle.getString(key);
    }

    String[] list(String prefix, int count) {
      return IntStream.rangeClosed(1, count).mapToObj(n -> text(prefix + "." + n)).toArray(String[]::new);
    }

    TemplateSection section(TemplateVersion version, String key) {
      return version.addSection(text(key + ".title"), text(key + ".guidance"));
    }

    void ask(TemplateSection section, String key, QuestionKind kind, boolean required, QuestionSettings settings) {
      String help = bundle.containsKey(key + ".help") ? text(key + ".help") : null;
      section.ask(kind, text(key + ".label"), help, required, settings);
    }
  }
}
