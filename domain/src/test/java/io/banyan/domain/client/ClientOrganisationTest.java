package io.banyan.domain.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ClientOrganisationTest {

  private static final Instant NOW = Instant.parse("2025-04-01T09:00:00Z");

  private final ClientOrganisation bakery = new ClientOrganisation("  Bakery Ltd ", NOW);

  private static Account staff(Role... roles) {
    return Account.staff(EmailAddress.of("ana@example.com"), "Ana", Roles.of(java.util.List.of(roles)), NOW);
  }

  @Test
  void startsWithTrimmedNameAndNotArchived() {
    assertEquals("Bakery Ltd", bakery.getName());
    assertFalse(bakery.isArchived());
    assertEquals(NOW, bakery.getCreatedAt());
  }

  @Test
  void describeTrimsAndTurnsBlankOptionalFieldsIntoNothing() {
    bakery.describe(" Bakery Two ", "   ", OrganisationSize.MICRO, "");
    assertEquals("Bakery Two", bakery.getName());
    assertNull(bakery.getIndustry());
    assertNull(bakery.getNotes());
    assertEquals(OrganisationSize.MICRO, bakery.getSize());
  }

  @Test
  void describeKeepsTrimmedOptionalFields() {
    bakery.describe("Bakery", " Food ", null, " Opens at six. ");
    assertEquals("Food", bakery.getIndustry());
    assertEquals("Opens at six.", bakery.getNotes());
  }

  @Test
  void aConsultantMayLead() {
    Account consultant = staff(Role.OWNER, Role.CONSULTANT);
    bakery.leadBy(consultant);
    assertSame(consultant, bakery.getLeadConsultant());
  }

  @Test
  void someoneWhoIsNotAConsultantMayNotLead() {
    Account instructor = staff(Role.OWNER, Role.INSTRUCTOR);
    CannotChangeAccountException e = assertThrows(CannotChangeAccountException.class, () -> bakery.leadBy(instructor));
    assertEquals("Ana is not a consultant.", e.getMessage());
    assertNull(bakery.getLeadConsultant());
  }

  @Test
  void nobodyLeadingClearsTheLead() {
    bakery.leadBy(staff(Role.CONSULTANT));
    bakery.leadBy(null);
    assertNull(bakery.getLeadConsultant());
  }

  @Test
  void archiveAndUnarchive() {
    bakery.archive();
    assertTrue(bakery.isArchived());
    bakery.unarchive();
    assertFalse(bakery.isArchived());
  }
}
