package io.banyan.domain.team;

/** What a person may do inside a consultancy. Staff may hold several; client members hold only CLIENT. */
public enum Role {
  OWNER("Owner"),
  CONSULTANT("Consultant"),
  INSTRUCTOR("Instructor"),
  CLIENT("Client member");

  private final String label;

  Role(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isStaff() {
    return this != CLIENT;
  }
}
