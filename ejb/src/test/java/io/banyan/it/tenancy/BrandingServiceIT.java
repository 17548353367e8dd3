package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.tenancy.BrandingService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.InvalidValueException;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Logo;
import io.banyan.domain.tenancy.LogoImage;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The owner's branding: name, colour and a logo that is checked and stored. */
@ExtendWith(ArquillianExtension.class)
class BrandingServiceIT {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("branding");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private BrandingService branding;
  @Inject private ConsultancyService consultancies;

  @Test
  void anOwnerRebrandsWithTheVersionTheySaw() {
    TestTenant t = fixtures.tenant("brand");
    acting.as(t.owner(), TestTenant.OWNER);
    Consultancy before = consultancies.mine();
    branding.rebrand("Bright Coaching", new AccentColour("#AA3300"), before.getVersion());
    Consultancy after = consultancies.mine();
    assertEquals("Bright Coaching", after.shownName());
    assertEquals("#aa3300", after.getBranding().getAccentColour().hex());
    Failure.expect(ConcurrentChangeException.class, () -> branding.rebrand("Stale", new AccentColour("#000000"), before.getVersion()));
    assertEquals("Bright Coaching", consultancies.mine().shownName());
  }

  @Test
  void aColourPeopleCouldNotReadIsRefusedWithTheNearestReadableShade() {
    TestTenant t = fixtures.tenant("contrast");
    acting.as(t.owner(), TestTenant.OWNER);
    Consultancy before = consultancies.mine();
    InvalidValueException refused = Failure.expect(InvalidValueException.class,
        () -> branding.rebrand("Sunny Coaching", new AccentColour("#ffcc00"), before.getVersion()));
    assertEquals("invalid.colour.contrast", refused.key());
    String suggested = (String) refused.params()[2];
    assertTrue(new AccentColour(suggested).isReadable(), suggested);
    assertEquals(AccentColour.DEFAULT, consultancies.mine().getBranding().getAccentColour(), "nothing changed");

    branding.rebrand("Sunny Coaching", new AccentColour(suggested), before.getVersion());
    assertEquals(suggested, consultancies.mine().getBranding().getAccentColour().hex());
  }

  @Test
  void aLogoIsStoredReplacedAndRemoved() {
    TestTenant t = fixtures.tenant("logo");
    acting.as(t.owner(), TestTenant.OWNER);
    assertTrue(branding.logo().isEmpty());
    branding.uploadLogo(LogoImage.check(PNG));
    Logo stored = branding.logo().orElseThrow();
    assertEquals("image/png", stored.getContentType());
    assertArrayEquals(PNG, stored.getContent());
    assertEquals(1, consultancies.mine().getBranding().getLogoRevision());

    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    branding.uploadLogo(LogoImage.check(jpeg));
    assertEquals("image/jpeg", branding.logo().orElseThrow().getContentType());
    assertEquals(2, consultancies.mine().getBranding().getLogoRevision(), "a new URL, so browsers fetch the new logo");

    branding.removeLogo();
    assertTrue(branding.logo().isEmpty());
    assertFalse(consultancies.mine().getBranding().hasLogo());
  }

  @Test
  void onlyTheOwnerChangesBranding() {
    TestTenant t = fixtures.tenant("brandrole");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Failure.expect(EJBAccessException.class, () -> branding.rebrand("Mine now", AccentColour.DEFAULT, 1));
    Failure.expect(EJBAccessException.class, () -> branding.uploadLogo(LogoImage.check(PNG)));
    Failure.expect(EJBAccessException.class, () -> branding.removeLogo());
  }
}
