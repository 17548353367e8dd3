package io.banyan.application.plan;

import java.io.Serializable;

/** What the plan list shows: optional filters by client, template and consultant, and a search over titles. */
public record PlanQuery(Long clientId, Long templateId, Long consultantId, String search) implements Serializable {

  public PlanQuery {
    search = search == null || search.isBlank() ? null : search.strip();
  }

  public static PlanQuery all() {
    return new PlanQuery(null, null, null, null);
  }
}
