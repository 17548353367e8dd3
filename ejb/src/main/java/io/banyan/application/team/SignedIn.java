package io.banyan.application.team;

import io.banyan.infrastructure.security.CallerKey;
import java.util.Set;

/** The outcome of a successful sign-in: who, and the groups their roles give. */
public record SignedIn(CallerKey key, String displayName, Set<String> groups) {}
