package io.banyan.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditTrail;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The owner reads their consultancy's trail newest first, page by page; nobody else reads it. */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("audit");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private AuditTrail audit;

  @Test
  void theOwnerPagesThroughTheTrailNewestFirst() {
    TestTenant t = fixtures.tenant("trail");
    acting.as(t.owner(), TestTenant.OWNER);
    for (int i = 1; i <= 7; i++) {
      audit.record("someone@test.example", AuditAction.OFFICE_SAVED, "step " + i);
    }
    assertEquals(7, audit.count());
    List<AuditEntry> first = audit.page(0, 5);
    List<AuditEntry> second = audit.page(5, 5);
    assertEquals(5, first.size());
    assertEquals(2, second.size());
    assertEquals("step 7", first.get(0).getDetail());
    assertEquals("step 1", second.get(1).getDetail());
    assertTrue(first.get(0).getOccurredAt().compareTo(second.get(1).getOccurredAt()) >= 0);
  }

  @Test
  void aLongDetailIsClippedRatherThanLost() {
    TestTenant t = fixtures.tenant("clip");
    acting.as(t.owner(), TestTenant.OWNER);
    audit.record("someone@test.example", AuditAction.CLIENT_SAVED, "x".repeat(2000));
    assertEquals(500, audit.page(0, 1).get(0).getDetail().length());
  }

  @Test
  void onlyTheOwnerReadsTheTrail() {
    TestTenant t = fixtures.tenant("trailrole");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    Failure.expect(EJBAccessException.class, () -> audit.page(0, 10));
    acting.as(t.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> audit.count());
  }
}
