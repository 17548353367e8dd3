package io.banyan.domain.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsultancyTest {

  private static final Instant CREATED = Instant.parse("2025-03-01T09:00:00Z");

  private static Consultancy acme() {
    return new Consultancy("  Acme Coaching Ltd  ", new Slug("acme"), CREATED);
  }

  @Test
  void startsActiveWithTrimmedNameSlugAndDefaultBranding() {
    Consultancy c = acme();
    assertTrue(c.isActive());
    assertEquals(ConsultancyStatus.ACTIVE, c.getStatus());
    assertEquals("Acme Coaching Ltd", c.getName());
    assertEquals(new Slug("acme"), c.getSlug());
    assertEquals(CREATED, c.getCreatedAt());
    assertEquals("Acme Coaching Ltd", c.getBranding().getDisplayName());
    assertEquals(AccentColour.DEFAULT, c.getBranding().getAccentColour());
    assertFalse(c.getBranding().hasLogo());
  }

  @Test
  void suspendMakesItInactive() {
    Consultancy c = acme();
    c.suspend();
    assertFalse(c.isActive());
    assertEquals(ConsultancyStatus.SUSPENDED, c.getStatus());
  }

  @Test
  void reactivateMakesASuspendedConsultancyActiveAgain() {
    Consultancy c = acme();
    c.suspend();
    c.reactivate();
    assertTrue(c.isActive());
    assertEquals(ConsultancyStatus.ACTIVE, c.getStatus());
  }

  @Test
  void rebrandSetsTrimmedDisplayNameAndColour() {
    Consultancy c = acme();
    c.rebrand("  Acme  ", new AccentColour("#112233"));
    assertEquals("Acme", c.getBranding().getDisplayName());
    assertEquals(new AccentColour("#112233"), c.getBranding().getAccentColour());
    assertEquals("Acme", c.shownName());
  }

  @Test
  void rebrandWithABlankDisplayNameFallsBackToTheName() {
    Consultancy c = acme();
    c.rebrand("Something else", AccentColour.DEFAULT);
    c.rebrand("   ", new AccentColour("#445566"));
    assertEquals("Acme Coaching Ltd", c.getBranding().getDisplayName());
    assertEquals("#445566", c.getBranding().getAccentColour().hex());
  }

  @Test
  void rebrandWithNoDisplayNameFallsBackToTheName() {
    Consultancy c = acme();
    c.rebrand("Something else", AccentColour.DEFAULT);
    c.rebrand(null, AccentColour.DEFAULT);
    assertEquals("Acme Coaching Ltd", c.getBranding().getDisplayName());
    assertEquals("Acme Coaching Ltd", c.shownName());
  }

  @Test
  void shownNameIsTheDisplayNameWhenSet() {
    Consultancy c = acme();
    c.rebrand("Acme", AccentColour.DEFAULT);
    assertEquals("Acme", c.shownName());
    assertEquals("Acme Coaching Ltd", c.getName());
  }

  @Test
  void eachLogoUploadBumpsTheRevision() {
    Consultancy c = acme();
    assertEquals(0, c.getBranding().getLogoRevision());
    c.logoChanged();
    assertEquals(1, c.getBranding().getLogoRevision());
    assertTrue(c.getBranding().hasLogo());
    c.logoChanged();
    assertEquals(2, c.getBranding().getLogoRevision());
  }

  @Test
  void removingTheLogoKeepsTheRevisionSoTheNextUploadGetsAFreshUrl() {
    Consultancy c = acme();
    c.logoChanged();
    c.logoChanged();
    c.logoRemoved();
    assertFalse(c.getBranding().hasLogo());
    assertEquals(2, c.getBranding().getLogoRevision());
    c.logoChanged();
    assertTrue(c.getBranding().hasLogo());
    assertEquals(3, c.getBranding().getLogoRevision(), "never ?v=1 again, which a browser may have cached");
  }

  @Test
  void rebrandKeepsTheLogo() {
    Consultancy c = acme();
    c.logoChanged();
    c.rebrand("Acme", new AccentColour("#000000"));
    assertEquals(1, c.getBranding().getLogoRevision());
  }
}
