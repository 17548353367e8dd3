package io.banyan.application.plan;

import io.banyan.domain.plan.Progress;
import java.io.Serializable;

/** One line of the plan list: enough to show and filter, with the plan's progress. */
public record PlanRow(long id, String title, String clientName, String templateName, int templateVersion, String consultantName,
    int lastRevision, Progress progress) implements Serializable {

  /** For the list query, which adds progress afterwards. */
  public PlanRow(Long id, String title, String clientName, String templateName, Integer templateVersion, String consultantName,
      Integer lastRevision) {
    this(id, title, clientName, templateName, templateVersion, consultantName, lastRevision, Progress.NONE);
  }

  PlanRow withProgress(Progress p) {
    return new PlanRow(id, title, clientName, templateName, templateVersion, consultantName, lastRevision, p);
  }
}
