package io.banyan.it.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.tenancy.OfficeService;
import io.banyan.domain.tenancy.Office;
import io.banyan.infrastructure.security.Groups;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tenant comes from the signed-in person, and without one nothing tenant-owned can be reached. */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("tenancy");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private OfficeService offices;

  @Test
  void aCallWithoutATenantFails() {
    fixtures.tenant("notenant");
    // signed in with the right role but a principal that names no consultancy
    acting.asPrincipal("somebody", Groups.OWNER);
    EJBException failure = assertThrows(EJBException.class, () -> offices.offices());
    assertTrue(causes(failure).contains("6174") || causes(failure).toLowerCase().contains("tenant"),
        "fails for want of a tenant, not by accident: " + causes(failure));
  }

  @Test
  void theTenantIsTheSignedInPersonsConsultancy() {
    TestTenant a = fixtures.tenant("ten-a");
    TestTenant b = fixtures.tenant("ten-b");

    acting.as(a.owner(), TestTenant.OWNER);
    List<Office> seenByA = offices.offices();
    acting.as(b.owner(), TestTenant.OWNER);
    List<Office> seenByB = offices.offices();

    assertEquals(List.of(a.officeId()), seenByA.stream().map(Office::getId).toList());
    assertEquals(List.of(b.officeId()), seenByB.stream().map(Office::getId).toList());
  }

  @Test
  void aScopeCannotMoveASignedInPersonIntoAnotherConsultancy() {
    TestTenant a = fixtures.tenant("scope-a");
    TestTenant b = fixtures.tenant("scope-b");
    acting.as(a.owner(), TestTenant.OWNER);
    EJBException refused = assertThrows(EJBException.class,
        () -> io.banyan.infrastructure.tenancy.TenantScope.callAs(b.tenantId(), () -> offices.offices()));
    assertTrue(causes(refused).contains("cannot act in another"), causes(refused));
    assertEquals(List.of(a.officeId()),
        io.banyan.infrastructure.tenancy.TenantScope.callAs(a.tenantId(), () -> offices.offices()).stream().map(Office::getId).toList(),
        "naming one's own consultancy is fine");
  }

  private static String causes(Throwable t) {
    StringBuilder all = new StringBuilder();
    for (Throwable c = t; c != null; c = c.getCause()) {
      all.append(c.getClass().getName()).append(": ").append(c.getMessage()).append(" | ");
    }
    return all.toString();
  }
}
