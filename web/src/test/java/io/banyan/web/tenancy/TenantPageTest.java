package io.banyan.web.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TenantPageTest {

  @Test
  void afterSignInKeepsAKnownPageAndTheOneIdItShows() {
    assertEquals("plan?p=42", TenantPage.afterSignIn("plan?p=42"));
    assertEquals("clients", TenantPage.afterSignIn("clients"));
  }

  @Test
  void anythingElseLeadsHome() {
    assertEquals("home", TenantPage.afterSignIn(null));
    assertEquals("home", TenantPage.afterSignIn("https://evil.example/"));
    assertEquals("home", TenantPage.afterSignIn("//evil.example"));
    assertEquals("home", TenantPage.afterSignIn("login"), "never back to a public page");
    assertEquals("plan", TenantPage.afterSignIn("plan?p=42&next=https://evil.example"), "only a single id survives");
    assertEquals("plan", TenantPage.afterSignIn("plan?p=<script>"));
  }
}
