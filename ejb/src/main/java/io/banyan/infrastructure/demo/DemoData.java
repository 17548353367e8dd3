package io.banyan.infrastructure.demo;

import io.banyan.application.plan.StarterTemplates;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.client.OrganisationSize;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.domain.tenancy.AccentColour;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Office;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.PasswordHasher;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo consultancies, their staff, offices, clients, client members and starter templates;
 * Demo Consulting's plans are {@link DemoPlans}'.
 */
@Stateless
@PermitAll
public class DemoData {

  public static final String PASSWORD = "banyan-demo-2026";

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  static final String SIGN_INS = """

      Banyan demo sign-ins (password for all: banyan-demo-2026)
        Demo Consulting    /t/demo/login       owner olivia@demo.test, consultant carlos@demo.test,
                                               instructor ines@demo.test, client ana@panaderia-sol.test
                           a guided tour from Panadería Sol's plan: README.md, "Demo sign-ins"
        Northwind Coaching /t/northwind/login  owner nora@northwind.test, client hugo@harbour-cafe.test
      """;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private PasswordHasher hasher;
  @Inject private Clock clock;
  @Inject private StarterTemplates starter;
  @Inject private DemoPlans plans;
  @Inject private DemoData self;

  public boolean anyConsultancy() {
    return em.createNamedQuery("Consultancy.count", Long.class).getSingleResult() > 0;
  }

  /** Each consultancy in transactions of its own: a persistence context keeps the tenant it started with. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void seed() {
    long demo = self.consultancy("Demo Consulting", "demo", "#2e7d5b", Locale.ENGLISH, ZoneId.of("Europe/Madrid"));
    TenantScope.runAs(String.valueOf(demo), () -> self.demoConsulting());
    TenantScope.runAs(String.valueOf(demo), this::demoPlans);
    // Northwind works in Spanish: its people read every page, mail and date in Spanish
    long northwind = self.consultancy("Northwind Coaching", "northwind", "#1f5f99", Locale.forLanguageTag("es"), ZoneId.of("Europe/London"));
    TenantScope.runAs(String.valueOf(northwind), () -> self.northwind());
  }

  /**
   * The plans in a transaction of their own, on the stored people. Should a rule of the domain now
   * refuse a step of them, the demo starts without plans rather than not at all (the seed never
   * runs twice).
   */
  private void demoPlans() {
    try {
      plans.demoConsulting();
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Demo Consulting's demo plans could not be seeded; the demo has people and clients but no plans", e);
    }
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long consultancy(String name, String slug, String colour, Locale language, ZoneId zone) {
    Consultancy consultancy = new Consultancy(name, new Slug(slug), clock.instant());
    consultancy.rebrand(name, new AccentColour(colour));
    consultancy.speak(language, zone);
    em.persist(consultancy);
    em.flush();
    return consultancy.getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void demoConsulting() {
    staff("olivia@demo.test", "Olivia Owner", Role.OWNER, Role.CONSULTANT);
    Account carlos = staff("carlos@demo.test", "Carlos Consultant", Role.CONSULTANT);
    staff("ines@demo.test", "Inés Instructor", Role.INSTRUCTOR);
    em.persist(new Office("Madrid", "Calle Mayor 1, 28013 Madrid", ZoneId.of("Europe/Madrid")));
    em.persist(new Office("Valencia", "Plaza del Ayuntamiento 5, 46002 Valencia", ZoneId.of("Europe/Madrid")));
    ClientOrganisation sol = client("Panadería Sol", "Bakery", OrganisationSize.MICRO, carlos,
        "Family bakery with two shops; wants to reach office workers nearby.");
    member("ana@panaderia-sol.test", "Ana Sol", sol);
    // Luis chose Spanish on his profile; the rest of his team reads the consultancy's English
    member("luis@panaderia-sol.test", "Luis Sol", sol).readIn(Optional.of(Locale.forLanguageTag("es")), Optional.empty());
    client("Green Bikes Co", "Bicycle repair and rental", OrganisationSize.SMALL, carlos, null);
    client("Atelier Nube", "Interior design studio", OrganisationSize.SOLO, null, null);
    starter.ensure();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void northwind() {
    Account nora = staff("nora@northwind.test", "Nora North", Role.OWNER, Role.CONSULTANT);
    em.persist(new Office("Harbour", "1 Quay Street, Bristol", ZoneId.of("Europe/London")));
    ClientOrganisation cafe = client("Harbour Café", "Café", OrganisationSize.MICRO, nora, "Seasonal trade; tourists in summer.");
    member("hugo@harbour-cafe.test", "Hugo Harbour", cafe);
    starter.ensure();
  }

  private Account staff(String email, String name, Role first, Role... more) {
    Account account = Account.staff(EmailAddress.of(email), name, Roles.of(first, more), clock.instant());
    // a salt of its own for each account, as a person choosing the same password gets
    account.activate(hasher.hash(PASSWORD));
    em.persist(account);
    return account;
  }

  private ClientOrganisation client(String name, String industry, OrganisationSize size, Account lead, String notes) {
    ClientOrganisation client = new ClientOrganisation(name, clock.instant());
    client.describe(name, industry, size, notes);
    client.leadBy(lead);
    em.persist(client);
    return client;
  }

  private Account member(String email, String name, ClientOrganisation organisation) {
    Account member = Account.clientMember(EmailAddress.of(email), name, organisation, clock.instant());
    member.activate(hasher.hash(PASSWORD));
    em.persist(member);
    return member;
  }
}
