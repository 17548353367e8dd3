package io.banyan.domain.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RolesTest {

  @Test
  void holdsOneStaffRole() {
    Roles roles = Roles.of(Role.CONSULTANT);
    assertTrue(roles.isStaff());
    assertTrue(roles.has(Role.CONSULTANT));
    assertFalse(roles.has(Role.OWNER));
  }

  @Test
  void holdsSeveralStaffRoles() {
    Roles roles = Roles.of(Role.OWNER, Role.CONSULTANT, Role.INSTRUCTOR);
    assertTrue(roles.isStaff());
    assertEquals(EnumSet.of(Role.OWNER, Role.CONSULTANT, Role.INSTRUCTOR), roles.asSet());
    assertFalse(roles.has(Role.CLIENT));
  }

  @Test
  void clientHoldsOnlyClient() {
    Roles roles = Roles.client();
    assertFalse(roles.isStaff());
    assertEquals(Set.of(Role.CLIENT), roles.asSet());
  }

  @Test
  void refusesAnEmptyCollection() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Roles.of(List.of()));
    assertEquals("Choose at least one role.", e.getMessage());
  }

  @Test
  void refusesNoCollection() {
    assertThrows(IllegalArgumentException.class, () -> Roles.of((List<Role>) null));
  }

  @Test
  void refusesClientTogetherWithAStaffRole() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Roles.of(Role.CLIENT, Role.INSTRUCTOR));
    assertEquals("A client member cannot also hold a staff role.", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Roles.of(List.of(Role.OWNER, Role.CLIENT)));
  }

  @Test
  void ignoresDuplicates() {
    assertEquals(Roles.of(Role.OWNER), Roles.of(List.of(Role.OWNER, Role.OWNER)));
    assertEquals(Roles.client(), Roles.of(List.of(Role.CLIENT, Role.CLIENT)));
  }

  @Test
  void doesNotFollowLaterChangesToTheGivenCollection() {
    List<Role> chosen = new ArrayList<>(List.of(Role.OWNER));
    Roles roles = Roles.of(chosen);
    chosen.add(Role.INSTRUCTOR);
    assertFalse(roles.has(Role.INSTRUCTOR));
  }

  @Test
  void cannotBeChangedThroughItsSet() {
    Roles roles = Roles.of(Role.OWNER);
    assertThrows(UnsupportedOperationException.class, () -> roles.asSet().add(Role.CLIENT));
    assertThrows(UnsupportedOperationException.class, () -> roles.groups().add("CLIENT"));
  }

  @Test
  void storesInDeclarationOrderWhateverTheOrderGiven() {
    assertEquals("OWNER,CONSULTANT,INSTRUCTOR", Roles.of(Role.INSTRUCTOR, Role.OWNER, Role.CONSULTANT).stored());
    assertEquals("CLIENT", Roles.client().stored());
  }

  @ParameterizedTest
  @ValueSource(strings = {"OWNER", "CONSULTANT,INSTRUCTOR", "OWNER,CONSULTANT,INSTRUCTOR", "CLIENT"})
  void parseReadsWhatStoredWrites(String stored) {
    assertEquals(stored, Roles.parse(stored).stored());
  }

  @Test
  void roundTripsThroughTheStoredForm() {
    Roles roles = Roles.of(Role.OWNER, Role.INSTRUCTOR);
    assertEquals(roles, Roles.parse(roles.stored()));
  }

  @Test
  void parseToleratesSpacesAroundNames() {
    assertEquals(Roles.of(Role.OWNER, Role.CONSULTANT), Roles.parse(" OWNER , CONSULTANT "));
  }

  @Test
  void parseRefusesAStoredClientWithStaff() {
    assertThrows(IllegalArgumentException.class, () -> Roles.parse("CLIENT,OWNER"));
  }

  @Test
  void parseRefusesUnknownNames() {
    assertThrows(IllegalArgumentException.class, () -> Roles.parse("OWNER,JANITOR"));
    assertThrows(IllegalArgumentException.class, () -> Roles.parse(""));
  }

  @Test
  void groupsAreTheRoleNames() {
    assertEquals(Set.of("OWNER", "INSTRUCTOR"), Roles.of(Role.OWNER, Role.INSTRUCTOR).groups());
    assertEquals(Set.of("CLIENT"), Roles.client().groups());
  }

  @Test
  void labelsAreHumanReadableInDeclarationOrder() {
    assertEquals("Owner, Consultant", Roles.of(Role.CONSULTANT, Role.OWNER).labels());
    assertEquals("Client member", Roles.client().labels());
  }

  @Test
  void equalityFollowsTheRolesHeld() {
    assertEquals(Roles.of(Role.OWNER, Role.CONSULTANT), Roles.of(Role.CONSULTANT, Role.OWNER));
    assertEquals(Roles.of(Role.OWNER, Role.CONSULTANT).hashCode(), Roles.of(Role.CONSULTANT, Role.OWNER).hashCode());
    assertNotEquals(Roles.of(Role.OWNER), Roles.of(Role.OWNER, Role.CONSULTANT));
  }

  @Test
  void printsAsTheStoredForm() {
    assertEquals("CONSULTANT,INSTRUCTOR", Roles.of(Role.INSTRUCTOR, Role.CONSULTANT).toString());
  }
}
