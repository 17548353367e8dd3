package io.banyan.it.support;

import jakarta.security.enterprise.credential.Credential;
import java.util.Set;

/** A test's statement of who it acts as: a principal name as the real sign-in makes them, and groups. */
public record ActingAs(String principalName, Set<String> groups) implements Credential {}
