package io.banyan.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void trimsAndLowerCases() {
    assertEquals("ana.perez@example.com", EmailAddress.of("  Ana.Perez@Example.COM \n").value());
  }

  @Test
  void addressesThatDifferOnlyInCaseAreEqual() {
    assertEquals(EmailAddress.of("ANA@example.com"), EmailAddress.of("ana@EXAMPLE.com"));
  }

  @Test
  void printsAsItsValue() {
    assertEquals("ana@example.com", EmailAddress.of("Ana@Example.com").toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a@b.c", "first.last+tag@sub.example.co.uk", "x_y@example.org"})
  void acceptsOrdinaryAddresses(String address) {
    assertEquals(address, EmailAddress.of(address).value());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "plainaddress",
        "@example.com",
        "ana@",
        "ana@example",
        "ana@@example.com",
        "ana@exa@mple.com",
        "ana perez@example.com",
        "ana@exam ple.com",
        "ana@example.com\r\nBcc: x@y.z"
      })
  void refusesInvalidAddresses(String bad) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(bad));
    assertTrue(e.getMessage().endsWith("is not a valid e-mail address."), e.getMessage());
  }

  @Test
  void refusesNull() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(null));
    assertEquals("An e-mail address is required.", e.getMessage());
  }

  @Test
  void acceptsExactly254Characters() {
    String address = "a".repeat(254 - "@example.com".length()) + "@example.com";
    assertEquals(254, address.length());
    assertEquals(address, EmailAddress.of(address).value());
  }

  @Test
  void refuses255Characters() {
    String address = "a".repeat(255 - "@example.com".length()) + "@example.com";
    assertEquals(255, address.length());
    assertThrows(IllegalArgumentException.class, () -> EmailAddress.of(address));
  }

  @Test
  void measuresTheLengthAfterTrimming() {
    String address = "a".repeat(254 - "@example.com".length()) + "@example.com";
    assertEquals(address, EmailAddress.of("   " + address + "   ").value());
  }
}
