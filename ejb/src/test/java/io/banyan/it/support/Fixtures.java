package io.banyan.it.support;

import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.audit.AuditEntry;
import io.banyan.domain.client.ClientOrganisation;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.domain.team.Roles;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Office;
import io.banyan.domain.tenancy.PlatformAdmin;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.PasswordHasher;
import io.banyan.infrastructure.tenancy.TenantScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Makes each test its own consultancy, so that tests never see each other's data. */
@Stateless
@PermitAll
public class Fixtures {

  public static final String PASSWORD = "correct-horse-battery";

  /**
   * The product's PBKDF2 with its algorithm, salt and key sizes, but the fewest iterations the
   * container accepts: the verifier reads the iterations from each stored hash, so these sign in
   * like any other, and every account still gets a salt of its own.
   */
  public static final int ITERATIONS = 1_024;

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private Fixtures self;
  @Inject private Pbkdf2PasswordHash pbkdf2;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(PasswordHasher.settings(ITERATIONS));
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TestTenant tenant(String label) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String slug = label + "-" + suffix;
    long id = self.consultancy(label + " " + suffix, slug);
    return TenantScope.callAs(String.valueOf(id), () -> self.people(id, slug, suffix));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long consultancy(String name, String slug) {
    Consultancy consultancy = new Consultancy(name, new Slug(slug), Instant.now());
    em.persist(consultancy);
    em.flush();
    return consultancy.getId();
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public TestTenant people(long consultancyId, String slug, String suffix) {
    Account owner = staff("owner-" + suffix + "@test.example", "Owner " + suffix, Roles.of(Role.OWNER));
    Account consultant = staff("consultant-" + suffix + "@test.example", "Consultant " + suffix, Roles.of(Role.CONSULTANT));
    Account instructor = staff("instructor-" + suffix + "@test.example", "Instructor " + suffix, Roles.of(Role.INSTRUCTOR));
    ClientOrganisation client = new ClientOrganisation("Client of " + suffix, Instant.now());
    client.leadBy(consultant);
    em.persist(client);
    Account member = Account.clientMember(EmailAddress.of("member-" + suffix + "@client.example"), "Member " + suffix, client, Instant.now());
    member.activate(hash());
    em.persist(member);
    Office office = new Office("Office " + suffix, "Main street 1", ZoneId.of("Europe/Madrid"));
    em.persist(office);
    em.flush();
    return new TestTenant(consultancyId, slug, owner.getId(), consultant.getId(), instructor.getId(), client.getId(),
        member.getId(), office.getId(), owner.getEmail().value(), member.getEmail().value());
  }

  /**
   * An audit line at a chosen moment, in the consultancy of the person the test acts as: the trail
   * itself only ever writes "now", and filters by day need other days.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void auditEntry(Instant at, String actor, AuditAction action, String detail) {
    em.persist(new AuditEntry(at, actor, action, detail));
  }

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long platformAdmin() {
    PlatformAdmin admin = new PlatformAdmin("admin-" + UUID.randomUUID().toString().substring(0, 8) + "@platform.example", hash());
    em.persist(admin);
    em.flush();
    return admin.getId();
  }

  private Account staff(String email, String name, Roles roles) {
    Account account = Account.staff(EmailAddress.of(email), name, roles, Instant.now());
    account.activate(hash());
    em.persist(account);
    return account;
  }

  private String hash() {
    return pbkdf2.generate(PASSWORD.toCharArray());
  }
}
