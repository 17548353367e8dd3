package io.banyan.it.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.banyan.application.plan.StarterTemplates;
import io.banyan.application.plan.TemplateService;
import io.banyan.application.tenancy.ConsultancyService;
import io.banyan.domain.plan.CannotChangeTemplateException;
import io.banyan.domain.plan.PlanTemplate;
import io.banyan.domain.plan.QuestionKind;
import io.banyan.domain.plan.QuestionSettings;
import io.banyan.domain.plan.StarterTemplate;
import io.banyan.domain.plan.TemplateQuestion;
import io.banyan.domain.plan.TemplateSection;
import io.banyan.domain.plan.TemplateVersion;
import io.banyan.domain.plan.VersionStatus;
import io.banyan.domain.shared.BanyanException;
import io.banyan.domain.shared.EmailAddress;
import io.banyan.domain.shared.UnknownEntityException;
import io.banyan.domain.tenancy.Consultancy;
import io.banyan.domain.tenancy.Slug;
import io.banyan.infrastructure.security.CallerKey;
import io.banyan.infrastructure.security.Groups;
import io.banyan.infrastructure.tenancy.TenantScope;
import io.banyan.it.support.Acting;
import io.banyan.it.support.Deployments;
import io.banyan.it.support.Failure;
import io.banyan.it.support.Fixtures;
import io.banyan.it.support.TestTenant;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Authoring templates: drafts, every question kind, publishing, new drafts, retiring; and the starter template. */
@ExtendWith(ArquillianExtension.class)
class TemplateServiceIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.services("templates");
  }

  @Inject private Fixtures fixtures;
  @Inject private Acting acting;
  @Inject private TemplateService templates;
  @Inject private ConsultancyService consultancies;
  @Inject private StarterTemplates starter;

  @Test
  void aNewConsultancyStartsWithThePublishedStarterTemplate() {
    String slug = "starter-" + UUID.randomUUID().toString().substring(0, 8);
    TestTenant other = fixtures.tenant("starter-other");
    acting.as(CallerKey.ofPlatformAdmin(fixtures.platformAdmin()), Groups.PLATFORM_ADMIN);
    Consultancy created = consultancies.create("Starter Coaching", new Slug(slug), EmailAddress.of("owner@" + slug + ".example"));

    // anyone signed in to the new consultancy (its owner has not accepted the invitation yet)
    acting.as(CallerKey.ofAccount(created.tenantId(), 0), Groups.CONSULTANT);
    List<PlanTemplate> theirs = templates.templates();
    assertEquals(List.of(StarterTemplate.NAME), theirs.stream().map(PlanTemplate::getName).toList());
    TemplateVersion v1 = templates.version(theirs.get(0).getVersions().get(0).getId()).orElseThrow();
    assertEquals(VersionStatus.PUBLISHED, v1.getStatus());
    assertEquals(11, v1.getSections().size());
    assertTrue(v1.questionCount() >= 20);

    acting.as(other.owner(), TestTenant.OWNER);
    assertTrue(templates.templates().isEmpty(), "one consultancy's starter is not another's");
    assertTrue(TenantScope.callAs(other.tenantId(), () -> starter.ensure()));
    assertFalse(TenantScope.callAs(other.tenantId(), () -> starter.ensure()), "never twice");
    assertEquals(1, templates.templates().size());
  }

  @Test
  void aDraftTakesEveryKindOfQuestionAndPublishingFreezesIt() {
    TestTenant t = fixtures.tenant("author");
    acting.as(t.consultant(), TestTenant.CONSULTANT);
    TemplateVersion draft = templates.create("Quick plan", "for cohorts");
    TemplateSection section = templates.addSection(draft.getId(), "Everything",
        "<p>Read <b>this</b><script>alert('x')</script><img src=x onerror=alert(1)> <a href=\"https://example.com\" onclick=\"x()\">first</a></p>");
    for (QuestionKind kind : QuestionKind.values()) {
      QuestionSettings settings = switch (kind) {
        case SINGLE_CHOICE, MULTIPLE_CHOICE -> QuestionSettings.options("One", "Two");
        case TABLE -> QuestionSettings.columns("Step", "Owner");
        case NUMBER -> QuestionSettings.number(BigDecimal.ZERO, BigDecimal.TEN, "hours");
        default -> QuestionSettings.NONE;
      };
      templates.ask(section.getId(), kind, kind.label() + "?", null, kind == QuestionKind.SMART_GOAL, settings);
    }
    TemplateVersion stored = templates.version(draft.getId()).orElseThrow();
    String guidance = stored.getSections().get(0).getGuidance();
    assertFalse(guidance.contains("script") || guidance.contains("onerror") || guidance.contains("onclick") || guidance.contains("<img"), guidance);
    assertTrue(guidance.contains("<b>this</b>") && guidance.contains("rel=\"nofollow\""), guidance);
    assertEquals(Arrays.asList(QuestionKind.values()),
        stored.getSections().get(0).getQuestions().stream().map(TemplateQuestion::getKind).toList());
    assertEquals(List.of("One", "Two"), stored.getSections().get(0).getQuestions().get(4).getSettings().options());

    templates.publish(draft.getId());
    Failure.expect(CannotChangeTemplateException.class, () -> templates.addSection(draft.getId(), "Late", null));
    Failure.expect(CannotChangeTemplateException.class, () -> templates.removeSection(section.getId()));
    long questionId = stored.getSections().get(0).getQuestions().get(0).getId();
    Failure.expect(CannotChangeTemplateException.class, () -> templates.removeQuestion(questionId));
  }

  @Test
  void aNewDraftFromAPublishedVersionKeepsQuestionKeysAndTheOldVersionRetires() {
    TestTenant t = fixtures.tenant("versions");
    acting.as(t.owner(), TestTenant.OWNER);
    TemplateVersion v1 = templates.create("Versioned", null);
    TemplateSection s = templates.addSection(v1.getId(), "Why", null);
    TemplateQuestion q = templates.ask(s.getId(), QuestionKind.LONG_TEXT, "Why?", null, true, QuestionSettings.NONE);
    templates.publish(v1.getId());

    TemplateVersion v2 = templates.newDraftFrom(v1.getId());
    assertEquals(2, v2.getNumber());
    TemplateVersion storedV2 = templates.version(v2.getId()).orElseThrow();
    assertEquals(q.getKey(), storedV2.getSections().get(0).getQuestions().get(0).getKey());
    templates.addSection(v2.getId(), "Goals", "<p>SMART</p>");
    templates.ask(templates.version(v2.getId()).orElseThrow().getSections().get(1).getId(), QuestionKind.SMART_GOAL, "Goal", null, true, QuestionSettings.NONE);
    templates.publish(v2.getId());
    templates.retire(v1.getId());

    assertEquals(VersionStatus.RETIRED, templates.version(v1.getId()).orElseThrow().getStatus());
    assertEquals(1, templates.version(v1.getId()).orElseThrow().getSections().size(), "the old version is exactly as it was");
    Failure.expect(BanyanException.class, () -> templates.create("versioned", null));
  }

  @Test
  void sectionsAreReorderedAndEditsNeedTheVersionTheEditorSaw() {
    TestTenant t = fixtures.tenant("reorder");
    acting.as(t.owner(), TestTenant.OWNER);
    TemplateVersion draft = templates.create("Ordered", null);
    TemplateSection a = templates.addSection(draft.getId(), "A", null);
    templates.addSection(draft.getId(), "B", null);
    TemplateSection c = templates.addSection(draft.getId(), "C", null);
    templates.moveSection(c.getId(), 0);
    assertEquals(List.of("C", "A", "B"), templates.version(draft.getId()).orElseThrow().getSections().stream().map(TemplateSection::getTitle).toList());

    TemplateSection seen = templates.version(draft.getId()).orElseThrow().getSections().get(1);
    templates.describeSection(seen.getId(), seen.getVersion(), "A, renamed", "<p>new</p>");
    Failure.expect(io.banyan.domain.shared.ConcurrentChangeException.class,
        () -> templates.describeSection(seen.getId(), seen.getVersion(), "A, overwritten", null));
    assertEquals("A, renamed", templates.version(draft.getId()).orElseThrow().getSections().get(1).getTitle());
    templates.removeSection(a.getId());
    assertEquals(List.of("C", "B"), templates.version(draft.getId()).orElseThrow().getSections().stream().map(TemplateSection::getTitle).toList());
  }

  @Test
  void anotherConsultancysTemplatesCannotBeReadOrChangedAndClientsCannotAuthor() {
    TestTenant a = fixtures.tenant("tpl-a");
    TestTenant b = fixtures.tenant("tpl-b");
    acting.as(b.owner(), TestTenant.OWNER);
    TemplateVersion bDraft = templates.create("B's own", null);
    TemplateSection bSection = templates.addSection(bDraft.getId(), "Secret", null);

    acting.as(a.owner(), TestTenant.OWNER);
    assertTrue(templates.version(bDraft.getId()).isEmpty());
    assertTrue(templates.templates().stream().noneMatch(x -> x.getName().equals("B's own")));
    Failure.expect(UnknownEntityException.class, () -> templates.addSection(bDraft.getId(), "Injected", null));
    Failure.expect(UnknownEntityException.class, () -> templates.removeSection(bSection.getId()));
    Failure.expect(UnknownEntityException.class, () -> templates.publish(bDraft.getId()));

    acting.as(a.member(), TestTenant.CLIENT);
    Failure.expect(EJBAccessException.class, () -> templates.templates());
    acting.as(b.owner(), TestTenant.OWNER);
    assertEquals(1, templates.version(bDraft.getId()).orElseThrow().getSections().size());
  }
}
