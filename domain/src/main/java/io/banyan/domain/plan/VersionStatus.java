package io.banyan.domain.plan;

/** A template version is edited as a draft, frozen when published, and retired when no new plan may use it. */
public enum VersionStatus {
  DRAFT,
  PUBLISHED,
  RETIRED
}
