package io.banyan.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();
  private TimeZone original;

  @BeforeEach
  void rememberTimeZone() {
    original = TimeZone.getDefault();
  }

  @AfterEach
  void restoreTimeZone() {
    TimeZone.setDefault(original);
  }

  @Test
  void storesTheUtcWallClock() {
    assertEquals(
        LocalDateTime.of(2025, 3, 30, 1, 30, 0, 123_456_000),
        converter.convertToDatabaseColumn(Instant.parse("2025-03-30T01:30:00.123456Z")));
  }

  @Test
  void readsTheStoredValueAsUtc() {
    assertEquals(
        Instant.parse("2025-10-26T02:15:00Z"),
        converter.convertToEntityAttribute(LocalDateTime.of(2025, 10, 26, 2, 15)));
  }

  @Test
  void roundTripsAnInstantToTheNanosecond() {
    Instant instant = Instant.parse("2024-02-29T23:59:59.999999999Z");
    assertEquals(instant, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(instant)));
  }

  @Test
  void passesNullThroughBothWays() {
    assertNull(converter.convertToDatabaseColumn(null));
    assertNull(converter.convertToEntityAttribute(null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Madrid", "America/Los_Angeles", "Pacific/Kiritimati", "Asia/Kolkata", "UTC"})
  void ignoresTheJvmDefaultTimeZone(String zone) {
    TimeZone.setDefault(TimeZone.getTimeZone(zone));
    // 02:30 on that date is a wall-clock time Europe/Madrid skips: a zone-dependent conversion would shift it
    Instant instant = Instant.parse("2025-03-30T02:30:00Z");
    LocalDateTime stored = converter.convertToDatabaseColumn(instant);
    assertEquals(LocalDateTime.of(2025, 3, 30, 2, 30), stored);
    assertEquals(instant, converter.convertToEntityAttribute(stored));
  }
}
