package io.banyan.application.review;

import io.banyan.application.audit.AuditTrail;
import io.banyan.application.homework.HomeworkService;
import io.banyan.application.notification.Notifier;
import io.banyan.application.plan.PlanAccess;
import io.banyan.domain.audit.AuditAction;
import io.banyan.domain.homework.AssignedSection;
import io.banyan.domain.homework.SectionStatus;
import io.banyan.domain.notification.NotificationKind;
import io.banyan.domain.review.QuestionComment;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.Excerpt;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.team.Account;
import io.banyan.domain.team.Role;
import io.banyan.infrastructure.security.Caller;
import io.banyan.infrastructure.security.Groups;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Comment threads on single questions, the reviewer's queue and the consultant's client overview. */
@Stateless
@RolesAllowed({Groups.OWNER, Groups.CONSULTANT, Groups.CLIENT})
public class ReviewService {

  private static final String STATUS = "io.banyan.domain.homework.SectionStatus.";

  @PersistenceContext(unitName = "banyan")
  private EntityManager em;

  @Inject private HomeworkService homework;
  @Inject private PlanAccess access;
  @Inject private Notifier notifier;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;

  /** A section's comments, threads in the order they were opened, replies under them. */
  public List<QuestionComment> comments(long assignedId) {
    AssignedSection section = homework.find(assignedId).orElseThrow(() -> new UnknownEntityException("homework"));
    return em.createQuery("select c from QuestionComment c where c.assignedSection = :s order by c.writtenAt, c.id", QuestionComment.class)
        .setParameter("s", section)
        .getResultList();
  }

  /** Opens a thread on one question of the section. */
  public QuestionComment comment(long assignedId, String questionKey, String body) {
    AssignedSection section = homework.find(assignedId).orElseThrow(() -> new UnknownEntityException("homework"));
    boolean asked = section.getSection().getQuestions().stream().anyMatch(q -> q.getKey().equals(questionKey));
    if (!asked) {
      throw new BanyanException("error.comment.questionGone", section.getSectionTitle());
    }
    QuestionComment comment = QuestionComment.open(section, questionKey, access.me(), body, Instant.now());
    em.persist(comment);
    audit.record(caller.actor(), AuditAction.COMMENTED, "commented on '" + section.getSectionTitle() + "' of '" + section.getPlan().getTitle() + "'");
    return comment;
  }

  /** Replies in a thread; the other side hears of it. */
  public QuestionComment reply(long commentId, String body) {
    QuestionComment to = Optional.ofNullable(em.find(QuestionComment.class, commentId))
        .filter(c -> c.getAssignedSection().getPlan().isOpenTo(access.me()))
        .orElseThrow(() -> new UnknownEntityException("comment"));
    Account me = access.me();
    QuestionComment reply = to.reply(me, body, Instant.now());
    em.persist(reply);
    AssignedSection section = to.getAssignedSection();
    // the notification quotes the reply's beginning; the page it links to shows it whole
    String quote = Excerpt.of(reply.getBody(), Notifier.QUOTE_MAX);
    if (me.isClientMember()) {
      notifier.tell(section.getReviewer(), NotificationKind.COMMENT_REPLY, "review?s=" + section.getId(), me.getDisplayName(),
          section.getSectionTitle(), quote);
    } else {
      em.createNamedQuery("Account.members", Account.class).setParameter("organisation", section.getPlan().getClient()).getResultList()
          .forEach(m -> notifier.tell(m, NotificationKind.COMMENT_REPLY, "plan?p=" + section.getPlan().getId(), me.getDisplayName(),
              section.getSectionTitle(), quote));
    }
    return reply;
  }

  /** Sections waiting for the caller's review (any reviewer's, for owners), most overdue and oldest first. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<QueueRow> queue(Long clientId, SectionStatus status, int first, int size) {
    return queue(new QueueFilter(clientId, status, null), first, size);
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public long queueCount(Long clientId, SectionStatus status) {
    return queueCount(new QueueFilter(clientId, status, null));
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<QueueRow> queue(QueueFilter filter, int first, int size) {
    TypedQuery<QueueRow> query = em.createQuery("select new io.banyan.application.review.QueueRow(a.id, p.id, c.name, p.title,"
        + " a.sectionTitle, a.status, a.dueOn, a.submittedAt, r.displayName) from AssignedSection a join a.plan p join p.client c"
        + " join a.reviewer r" + queueWhere(filter) + " order by a.dueOn, a.submittedAt, a.id", QueueRow.class);
    return bindQueue(query, filter).setFirstResult(first).setMaxResults(size).getResultList();
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public long queueCount(QueueFilter filter) {
    return bindQueue(em.createQuery("select count(a) from AssignedSection a join a.plan p join p.client c join a.reviewer r"
        + queueWhere(filter), Long.class), filter).getSingleResult();
  }

  /** The latest steps of homework on the caller's clients (all clients, for owners), newest first. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<io.banyan.domain.homework.SectionTransition> recentActivity(int max) {
    return bindMine(em.createQuery("select t from SectionTransition t join fetch t.assignedSection a join fetch a.plan p"
        + " join p.client c left join c.leadConsultant l" + mineWhere() + " order by t.at desc, t.id desc",
        io.banyan.domain.homework.SectionTransition.class))
        .setMaxResults(max)
        .getResultList();
  }

  private String queueWhere(QueueFilter filter) {
    StringBuilder where = new StringBuilder(" where a.status in :waiting");
    if (!caller.holds(Role.OWNER)) {
      where.append(" and r.id = :me");
    }
    if (filter.clientId() != null) {
      where.append(" and c.id = :client");
    }
    if (filter.dueBy() != null) {
      where.append(" and a.dueOn <= :dueBy");
    }
    return where.toString();
  }

  private <T> TypedQuery<T> bindQueue(TypedQuery<T> query, QueueFilter filter) {
    SectionStatus status = filter.status();
    query.setParameter("waiting", status != null && status.awaitsReviewer() ? List.of(status)
        : List.of(SectionStatus.SUBMITTED, SectionStatus.IN_REVIEW));
    if (!caller.holds(Role.OWNER)) {
      query.setParameter("me", caller.accountId());
    }
    if (filter.clientId() != null) {
      query.setParameter("client", filter.clientId());
    }
    if (filter.dueBy() != null) {
      query.setParameter("dueBy", filter.dueBy());
    }
    return query;
  }

  /** The caller's clients with their homework counts, one grouped query per page whatever the number of clients. */
  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public List<ClientRow> myClients(int first, int size) {
    return bindMine(em.createQuery("select new io.banyan.application.review.ClientRow(c.id, c.name, count(a),"
        + " sum(case when a.status = " + STATUS + "SUBMITTED or a.status = " + STATUS + "IN_REVIEW then 1 else 0 end),"
        + " sum(case when a.status = " + STATUS + "APPROVED then 1 else 0 end),"
        + " sum(case when a.dueOn < :today and a.excused = false and (a.status = " + STATUS + "NOT_STARTED or a.status = " + STATUS
        + "DRAFT or a.status = " + STATUS + "CHANGES_REQUESTED or a.status = " + STATUS + "REOPENED) then 1 else 0 end))"
        + " from AssignedSection a join a.plan p join p.client c left join c.leadConsultant l" + mineWhere()
        + " group by c.id, c.name order by c.name", ClientRow.class))
        .setParameter("today", LocalDate.now(ZoneOffset.UTC))
        .setFirstResult(first)
        .setMaxResults(size)
        .getResultList();
  }

  @RolesAllowed({Groups.OWNER, Groups.CONSULTANT})
  public long myClientCount() {
    return bindMine(em.createQuery("select count(distinct c.id) from AssignedSection a join a.plan p join p.client c"
        + " left join c.leadConsultant l" + mineWhere(), Long.class)).getSingleResult();
  }

  private String mineWhere() {
    return caller.holds(Role.OWNER) ? " where 1 = 1" : " where (p.consultant.id = :me or l.id = :me or a.reviewer.id = :me)";
  }

  private <T> TypedQuery<T> bindMine(TypedQuery<T> query) {
    if (!caller.holds(Role.OWNER)) {
      query.setParameter("me", caller.accountId());
    }
    return query;
  }
}
