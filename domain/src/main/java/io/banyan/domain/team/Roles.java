package io.banyan.domain.team;

import io.banyan.domain.shared.InvalidValueException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles one person holds. Either one or more staff roles, or exactly {@link Role#CLIENT}:
 * a client member can never also be staff of the consultancy coaching them.
 */
public final class Roles {

  private final Set<Role> held;

  private Roles(Set<Role> held) {
    this.held = Collections.unmodifiableSet(held);
  }

  public static Roles of(Collection<Role> roles) {
    if (roles == null || roles.isEmpty()) {
      throw new InvalidValueException("invalid.roles.none");
    }
    EnumSet<Role> set = EnumSet.copyOf(roles);
    if (set.contains(Role.CLIENT) && set.size() > 1) {
      throw new InvalidValueException("invalid.roles.mixed");
    }
    return new Roles(set);
  }

  public static Roles of(Role first, Role... more) {
    EnumSet<Role> set = EnumSet.of(first, more);
    return of(set);
  }

  public static Roles client() {
    return of(Role.CLIENT);
  }

  /** Reads the stored form, e.g. {@code "OWNER,CONSULTANT"}. */
  public static Roles parse(String stored) {
    return of(Arrays.stream(stored.split(",")).map(String::trim).map(Role::valueOf).toList());
  }

  public String stored() {
    return held.stream().map(Role::name).collect(Collectors.joining(","));
  }

  public boolean has(Role role) {
    return held.contains(role);
  }

  public boolean isStaff() {
    return !held.contains(Role.CLIENT);
  }

  public Set<Role> asSet() {
    return held;
  }

  /** Group names for the security layer, one per role. */
  public Set<String> groups() {
    return held.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }

  public String labels() {
    return held.stream().map(Role::label).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Roles other && other.held.equals(held);
  }

  @Override
  public int hashCode() {
    return held.hashCode();
  }

  @Override
  public String toString() {
    return stored();
  }
}
