package io.banyan.domain.homework;

import java.util.EnumSet;
import java.util.Set;

/**
 * What people do to an assigned section, each with the states it starts from and the state it
 * leads to. Doing it again when the section is already where the action leads changes nothing: a
 * double click, two tabs or two reviewers at once make one transition.
 */
public enum SectionAction {
  EDIT("edit", SectionStatus.DRAFT, EnumSet.of(SectionStatus.NOT_STARTED, SectionStatus.CHANGES_REQUESTED, SectionStatus.REOPENED)),
  SUBMIT("submit", SectionStatus.SUBMITTED, EnumSet.of(SectionStatus.DRAFT)),
  WITHDRAW("withdraw", SectionStatus.DRAFT, EnumSet.of(SectionStatus.SUBMITTED)),
  START_REVIEW("start reviewing", SectionStatus.IN_REVIEW, EnumSet.of(SectionStatus.SUBMITTED)),
  REQUEST_CHANGES("request changes to", SectionStatus.CHANGES_REQUESTED, EnumSet.of(SectionStatus.IN_REVIEW)),
  APPROVE("approve", SectionStatus.APPROVED, EnumSet.of(SectionStatus.IN_REVIEW)),
  REOPEN("reopen", SectionStatus.REOPENED, EnumSet.of(SectionStatus.APPROVED));

  private final String verb;
  private final SectionStatus leadsTo;
  private final Set<SectionStatus> from;

  SectionAction(String verb, SectionStatus leadsTo, Set<SectionStatus> from) {
    this.verb = verb;
    this.leadsTo = leadsTo;
    this.from = from;
  }

  public SectionStatus leadsTo() {
    return leadsTo;
  }

  public boolean startsFrom(SectionStatus status) {
    return from.contains(status);
  }

  public String verb() {
    return verb;
  }
}
