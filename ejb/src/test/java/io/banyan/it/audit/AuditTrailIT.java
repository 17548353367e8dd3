package io.banyan.it.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.audit.AuditQuery;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The owner reads their consultancy's trail newest first, page by page, narrowed by person, kind and
 * days, and as CSV; nobody else reads it, and no other consultancy's lines are ever in it.
 */
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

  @Test
  void theOwnerNarrowsTheTrailByPersonKindAndDaysAndExportsItAsCsv() {
    TestTenant a = fixtures.tenant("trailfilter");
    TestTenant b = fixtures.tenant("trailother");
    ZoneId madrid = ZoneId.of("Europe/Madrid");
    // the other consultancy has the same people doing the same things on the same days
    acting.as(b.owner(), TestTenant.OWNER);
    fixtures.auditEntry(Instant.parse("2026-03-10T09:00:00Z"), "ana@test.example", AuditAction.CLIENT_SAVED, "other consultancy's client");
    fixtures.auditEntry(Instant.parse("2026-03-12T10:00:00Z"), "bruno@test.example", AuditAction.OFFICE_SAVED, "other consultancy's office");

    acting.as(a.owner(), TestTenant.OWNER);
    fixtures.auditEntry(Instant.parse("2026-03-10T09:00:00Z"), "ana@test.example", AuditAction.CLIENT_SAVED, "saved Acme");
    // 00:30 on 12 March in Madrid (UTC+1 until the end of March), still the 11th in UTC
    fixtures.auditEntry(Instant.parse("2026-03-11T23:30:00Z"), "Bruno@Test.example", AuditAction.CLIENT_SAVED,
        "=HYPERLINK(\"http://evil.example\")");
    fixtures.auditEntry(Instant.parse("2026-03-12T10:00:00Z"), "ana@test.example", AuditAction.OFFICE_SAVED, "saved Main office");
    fixtures.auditEntry(Instant.parse("2026-03-14T08:00:00Z"), "bruno@test.example", AuditAction.OFFICE_SAVED, "@SUM(1)");

    assertEquals(4, audit.count());
    assertEquals(4, audit.count(AuditQuery.all()));
    assertEquals(List.of("saved Acme"), details(new AuditQuery("ana", AuditAction.CLIENT_SAVED, null, null, madrid)));
    assertEquals(List.of("@SUM(1)", "=HYPERLINK(\"http://evil.example\")"), details(new AuditQuery(" BRUNO ", null, null, null, madrid)));
    assertEquals(List.of("@SUM(1)", "saved Main office"), details(new AuditQuery(null, AuditAction.OFFICE_SAVED, null, null, madrid)));
    assertEquals(2, audit.count(new AuditQuery(null, AuditAction.OFFICE_SAVED, null, null, madrid)));
    // days are the reader's: 12 March in Madrid holds the line of 23:30 UTC the day before, 12 March in UTC does not
    LocalDate twelfth = LocalDate.of(2026, 3, 12);
    assertEquals(List.of("saved Main office", "=HYPERLINK(\"http://evil.example\")"), details(new AuditQuery(null, null, twelfth, twelfth, madrid)));
    assertEquals(List.of("saved Main office"), details(new AuditQuery(null, null, twelfth, twelfth, ZoneOffset.UTC)));
    assertEquals(List.of("saved Acme"), details(new AuditQuery(null, null, null, LocalDate.of(2026, 3, 11), madrid)));
    assertEquals(List.of("@SUM(1)"), details(new AuditQuery(null, null, LocalDate.of(2026, 3, 13), null, madrid)));
    // days the wrong way round are read the right way round
    assertEquals(3, audit.count(new AuditQuery(null, null, twelfth, LocalDate.of(2026, 3, 10), madrid)));
    // all filters at once, and paging through what they keep
    AuditQuery brunoInMarch = new AuditQuery("bruno", null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), madrid);
    assertEquals(2, audit.count(brunoInMarch));
    assertEquals("@SUM(1)", audit.page(brunoInMarch, 0, 1).get(0).getDetail());
    assertEquals("=HYPERLINK(\"http://evil.example\")", audit.page(brunoInMarch, 1, 1).get(0).getDetail());
    // a typed wildcard is a character like any other
    assertEquals(0, audit.count(new AuditQuery("%", null, null, null, madrid)));
    assertEquals(0, audit.count(new AuditQuery("_", null, null, null, madrid)));
    assertEquals(0, audit.count(new AuditQuery("nobody", null, null, null, madrid)));

    String csv = audit.csv(new AuditQuery(null, null, null, null, madrid), Locale.ENGLISH);
    assertEquals(List.of(
            "When (Europe/Madrid),Who,What,Detail",
            "2026-03-14 09:00,bruno@test.example,Office saved,'@SUM(1)",
            "2026-03-12 11:00,ana@test.example,Office saved,saved Main office",
            "2026-03-12 00:30,Bruno@Test.example,Client saved,\"'=HYPERLINK(\"\"http://evil.example\"\")\"",
            "2026-03-10 10:00,ana@test.example,Client saved,saved Acme"),
        List.of(csv.split("\r\n")));
    String spanish = audit.csv(new AuditQuery("ana", AuditAction.CLIENT_SAVED, null, null, ZoneOffset.UTC), Locale.forLanguageTag("es-ES"));
    assertEquals("Cuándo (UTC),Quién,Qué,Detalle\r\n2026-03-10 09:00,ana@test.example,Cliente guardado,saved Acme\r\n", spanish);

    // the other consultancy's lines are in none of it, and its owner sees only its own
    assertFalse(csv.contains("other consultancy"), csv);
    assertTrue(audit.page(AuditQuery.all(), 0, 50).stream().noneMatch(e -> e.getDetail().startsWith("other consultancy")));
    acting.as(b.owner(), TestTenant.OWNER);
    assertEquals(2, audit.count());
    assertEquals(List.of("other consultancy's client"), details(new AuditQuery("ana", null, null, null, madrid)));
    assertFalse(audit.csv(AuditQuery.all(), Locale.ENGLISH).contains("saved Acme"));

    acting.as(a.consultant(), TestTenant.CONSULTANT);
    Failure.expect(EJBAccessException.class, () -> audit.csv(AuditQuery.all(), Locale.ENGLISH));
    Failure.expect(EJBAccessException.class, () -> audit.count(AuditQuery.all()));
  }

  private List<String> details(AuditQuery query) {
    return audit.page(query, 0, 50).stream().map(AuditEntry::getDetail).toList();
  }
}
