package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.tenancy.OfficeService;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.tenancy.Office;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Regional offices: kept by the owner, read by all staff. */
@ExtendWith(ArquillianExtension.class)
class OfficeServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("offices");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private OfficeService offices;

  @Test
  void anOwnerOpensDescribesAndClosesOffices() {
    TestTenant t = fixtures.tenant("office");
    acting.as(t.owner(), TestTenant.OWNER);
    Office opened = offices.open("Sevilla", "Avenida 1", ZoneId.of("Europe/Madrid"));
    assertEquals(2, offices.offices().size());

    offices.describe(opened.getId(), opened.getVersion(), "Sevilla Centro", "Avenida 2", ZoneId.of("Atlantic/Canary"));
    Office stored = offices.find(opened.getId()).orElseThrow();
    assertEquals("Sevilla Centro", stored.getName());
    assertEquals(ZoneId.of("Atlantic/Canary"), stored.getTimeZone());

    offices.close(opened.getId());
    assertTrue(offices.find(opened.getId()).isEmpty());
  }

  @Test
  void aStaleEditIsRefusedAndChangesNothing() {
    TestTenant t = fixtures.tenant("stale");
    acting.as(t.owner(), TestTenant.OWNER);
    Office office = offices.find(t.officeId()).orElseThrow();
    offices.describe(office.getId(), office.getVersion(), "First edit", null, ZoneId.of("UTC"));
    Failure.expect(ConcurrentChangeException.class,
        () -> offices.describe(office.getId(), office.getVersion(), "Second edit", null, ZoneId.of("UTC")));
    assertEquals("First edit", offices.find(t.officeId()).orElseThrow().getName());
  }

  @Test
  void namesAreUniqueWithinAConsultancyAndRequired() {
    TestTenant t = fixtures.tenant("dupoffice");
    acting.as(t.owner(), TestTenant.OWNER);
    String existing = offices.find(t.officeId()).orElseThrow().getName();
    Failure.expect(BanyanException.class, () -> offices.open(existing.toUpperCase(), null, ZoneId.of("UTC")));
    Failure.expect(ConstraintViolationException.class, () -> offices.open("  ", null, ZoneId.of("UTC")));
    assertEquals(1, offices.offices().size());
  }

  @Test
  void instructorsReadOfficesButOnlyOwnersChangeThem() {
    TestTenant t = fixtures.tenant("instr");
    acting.as(t.instructor(), TestTenant.INSTRUCTOR);
    assertEquals(1, offices.offices().size());
    Failure.expect(EJBAccessException.class, () -> offices.open("Mine", null, ZoneId.of("UTC")));
    Failure.expect(EJBAccessException.class, () -> offices.close(t.officeId()));
    acting.as(t.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> offices.offices());
  }
}
