package io.banyan.it.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.client.ClientDetails;
import io.banyan.application.client.ClientHomeService;
import io.banyan.application.client.ClientQuery;
import io.banyan.application.client.ClientService;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.client.OrganisationSize;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.ConcurrentChangeException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.AccountStatus;
import io.banyan.domain.team.CannotChangeAccountException;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.Mailbox;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Client organisations: the paged, searchable list, edits, archiving and members. */
@ExtendWith(ArquillianExtension.class)
class ClientServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("clients");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private ClientService clients;
  @Inject private ClientHomeService clientHome;

  private static List<String> names(List<ClientOrganisation> page) {
    return page.stream().map(ClientOrganisation::getName).toList();
  }

  @Test
  void theListIsPagedSearchableAndSortable() {
    TestTenant t = fixtures.tenant("paging");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    for (int i = 1; i <= 12; i++) {
      clients.create(new ClientDetails(String.format("Bakery %02d", i), i % 2 == 0 ? "Food" : "Retail", OrganisationSize.MICRO, null, null));
    }
    ClientQuery all = ClientQuery.all();
    assertEquals(13, clients.count(all));
    assertEquals(List.of("Bakery 01", "Bakery 02", "Bakery 03", "Bakery 04", "Bakery 05"), names(clients.page(all, 0, 5)));
    assertEquals(List.of("Bakery 11", "Bakery 12", "Client of " + t.slug().substring(t.slug().length() - 8)), names(clients.page(all, 10, 5)));

    ClientQuery food = new ClientQuery("fOOd", false, ClientQuery.SortField.NAME, false);
    assertEquals(6, clients.count(food));
    assertEquals("Bakery 12", clients.page(food, 0, 1).get(0).getName(), "descending by name");

    ClientQuery wildcard = new ClientQuery("%", false, ClientQuery.SortField.NAME, true);
    assertEquals(0, clients.count(wildcard), "a % typed in the search is a character, not a wildcard");
  }

  @Test
  void theLeadConsultantComesWithEachRowAndMustBeStaff() {
    TestTenant t = fixtures.tenant("lead");
    acting.as(t.owner(), TestTenant.OWNER);
    ClientOrganisation created = clients.create(new ClientDetails("Led", null, null, null, t.consultantId()));
    assertEquals(t.consultantId(), clients.find(created.getId()).orElseThrow().getLeadConsultant().getId());
    Failure.expect(BanyanException.class, () -> clients.create(new ClientDetails("Led by a client", null, null, null, t.memberId())));
    Failure.expect(CannotChangeAccountException.class, () -> clients.create(new ClientDetails("Led by an instructor", null, null, null, t.instructorId())));
  }

  @Test
  void aConsultantWhoAddsAClientWithoutALeadLeadsIt() {
    TestTenant t = fixtures.tenant("selflead");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    ClientOrganisation mine = clients.create(new ClientDetails("Mine", null, null, null, null));
    assertEquals(t.consultantId(), clients.find(mine.getId()).orElseThrow().getLeadConsultant().getId());
    acting.as(t.owner(), TestTenant.OWNER);
    ClientOrganisation unled = clients.create(new ClientDetails("Nobody's yet", null, null, null, null));
    assertNull(clients.find(unled.getId()).orElseThrow().getLeadConsultant(), "an owner who is not a consultant leads nothing");
  }

  @Test
  void archivedClientsLeaveTheDefaultListAndComeBack() {
    TestTenant t = fixtures.tenant("archive");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    clients.archive(t.clientId());
    assertEquals(0, clients.count(ClientQuery.all()));
    assertEquals(1, clients.count(new ClientQuery(null, true, null, true)));
    Failure.expect(BanyanException.class, () -> clients.inviteMember(t.clientId(), EmailAddress.of("late@client.example"), "Late"));
    clients.unarchive(t.clientId());
    assertEquals(1, clients.count(ClientQuery.all()));
  }

  @Test
  void editsNeedTheVersionTheEditorSawAndAValidName() {
    TestTenant t = fixtures.tenant("edit");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    ClientOrganisation seen = clients.find(t.clientId()).orElseThrow();
    clients.update(t.clientId(), seen.getVersion(), new ClientDetails("Renamed", "Cafés", OrganisationSize.SMALL, "Likes Instagram", null));
    Failure.expect(ConcurrentChangeException.class,
        () -> clients.update(t.clientId(), seen.getVersion(), new ClientDetails("Overwritten", null, null, null, null)));
    ClientOrganisation stored = clients.find(t.clientId()).orElseThrow();
    assertEquals("Renamed", stored.getName());
    assertEquals("Likes Instagram", stored.getNotes());
    assertNull(stored.getLeadConsultant());

    ClientOrganisation current = clients.find(t.clientId()).orElseThrow();
    Failure.expect(ConstraintViolationException.class,
        () -> clients.update(t.clientId(), current.getVersion(), new ClientDetails("x".repeat(121), null, null, null, null)));
    clients.create(new ClientDetails("Other", null, null, null, null));
    Failure.expect(BanyanException.class,
        () -> clients.update(t.clientId(), current.getVersion(), new ClientDetails("other", null, null, null, null)));
  }

  @Test
  void anInvitedMemberGetsAMailAndSeesTheirOrganisationOnceIn() {
    TestTenant t = fixtures.tenant("member");
    try (Mailbox mailbox = Mailbox.start()) {
      acting.as(t.consultant(), TestTenant.CONSULTANT);
      Account invited = clients.inviteMember(t.clientId(), EmailAddress.of("second@client.example"), "Second Member");
      assertEquals(AccountStatus.INVITED, invited.getStatus());
      assertTrue(mailbox.linkIn("second@client.example").contains("/t/" + t.slug() + "/invitation?token="));
      assertEquals(2, clients.members(t.clientId()).size());
      Failure.expect(CannotChangeAccountException.class,
          () -> clients.inviteMember(t.clientId(), EmailAddress.of("second@client.example"), "Again"));
    }
    acting.as(t.member(), TestTenant.CLIENT);
    ClientHomeService.ClientHome home = clientHome.home();
    assertTrue(home.organisationName().startsWith("Client of"));
    assertTrue(home.leadName().startsWith("Consultant"));
    assertEquals(2, home.team().size());
  }

  @Test
  void clientMembersAndInstructorsCannotManageClients() {
    TestTenant t = fixtures.tenant("noclients");
    acting.as(t.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> clients.page(ClientQuery.all(), 0, 10));
    Failure.expect(EJBAccessException.class, () -> clients.find(t.clientId()));
    acting.as(t.instructor(), TestTenant.INSTRUCTOR);
    Failure.expect(EJBAccessException.class, () -> clients.create(new ClientDetails("Nope", null, null, null, null)));
    Failure.expect(EJBAccessException.class, () -> clientHome.home());
  }
}
