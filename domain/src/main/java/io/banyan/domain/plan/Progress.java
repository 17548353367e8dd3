package io.banyan.domain.plan;

import java.util.Map;

/** How far a plan (or a section of it) is: required questions answered out of required questions. */
public record Progress(int answered, int required) {

  public static final Progress NONE = new Progress(0, 0);

  public static Progress of(TemplateVersion version, Map<String, PlanAnswer> answers) {
    Progress total = NONE;
    for (TemplateSection section : version.getSections()) {
      total = total.plus(of(section, answers));
    }
    return total;
  }

  public static Progress of(TemplateSection section, Map<String, PlanAnswer> answers) {
    int required = 0;
    int answered = 0;
    for (TemplateQuestion question : section.getQuestions()) {
      if (question.isRequired()) {
        required++;
        PlanAnswer answer = answers.get(question.getKey());
        if (answer != null && answer.isFilled()) {
          answered++;
        }
      }
    }
    return new Progress(answered, required);
  }

  public Progress plus(Progress other) {
    return new Progress(answered + other.answered, required + other.required);
  }

  /** Whole percent, 100 when nothing is required. */
  public int percent() {
    return required == 0 ? 100 : (int) Math.floor(100.0 * answered / required);
  }

  public boolean isComplete() {
    return answered >= required;
  }
}
