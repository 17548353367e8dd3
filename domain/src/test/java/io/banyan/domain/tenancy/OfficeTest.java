package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeTest {

  @Test
  void parsesARegionZone() {
    assertEquals(ZoneId.of("Europe/Madrid"), Office.zone("Europe/Madrid"));
  }

  @Test
  void trimsTheZoneId() {
    assertEquals(ZoneId.of("America/New_York"), Office.zone("  America/New_York "));
  }

  @Test
  void parsesUtcAndOffsets() {
    assertEquals(ZoneId.of("UTC"), Office.zone("UTC"));
    assertEquals(ZoneOffset.ofHours(2), Office.zone("+02:00"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Atlantis", "Madrid", "not a zone", "+25:00", "Europe/"})
  void refusesUnknownZonesWithAReadableMessage(String id) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Office.zone(id));
    assertEquals("'" + id + "' is not a time zone; use a name like Europe/Madrid.", e.getMessage());
  }

  @Test
  void refusesBlankAndNullAsIllegalArgument() {
    assertThrows(IllegalArgumentException.class, () -> Office.zone(""));
    assertThrows(IllegalArgumentException.class, () -> Office.zone("   "));
    assertThrows(IllegalArgumentException.class, () -> Office.zone(null));
  }

  @Test
  void officeKeepsTrimmedNameAddressAndZone() {
    Office office = new Office(" Madrid ", " Calle Mayor 1 ", ZoneId.of("Europe/Madrid"));
    assertEquals("Madrid", office.getName());
    assertEquals("Calle Mayor 1", office.getAddress());
    assertEquals(ZoneId.of("Europe/Madrid"), office.getTimeZone());
  }

  @Test
  void describeReplacesNameAddressAndZone() {
    Office office = new Office("Madrid", null, ZoneId.of("Europe/Madrid"));
    office.describe("Lisbon", "Rua Augusta 2", ZoneId.of("Europe/Lisbon"));
    assertEquals("Lisbon", office.getName());
    assertEquals("Rua Augusta 2", office.getAddress());
    assertEquals(ZoneId.of("Europe/Lisbon"), office.getTimeZone());
  }
}
