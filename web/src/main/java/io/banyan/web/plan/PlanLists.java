package io.banyan.web.plan;

import io.banyan.domain.plan.Cadence;
import io.banyan.domain.plan.MaturityStage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;

/** Fixed choices the plan pages offer. */
@Named
@ApplicationScoped
public class PlanLists {

  public List<MaturityStage> getStages() {
    return List.of(MaturityStage.values());
  }

  public List<Cadence> getCadences() {
    return List.of(Cadence.values());
  }
}
