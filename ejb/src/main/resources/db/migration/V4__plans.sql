-- Living client plans: answers per question, revisions with their snapshot, metric check-ins,
-- and each consultancy's list of social platforms.

CREATE TABLE client_plan (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  version             BIGINT       NOT NULL,
  tenant_id           VARCHAR(20)  NOT NULL,
  client_id           BIGINT       NOT NULL,
  template_version_id BIGINT       NOT NULL,
  consultant_id       BIGINT       NOT NULL,
  title               VARCHAR(160) NOT NULL,
  created_at          DATETIME(6)  NOT NULL,
  last_revision       INT          NOT NULL,
  CONSTRAINT fk_plan_client FOREIGN KEY (client_id) REFERENCES client_organisation (id),
  CONSTRAINT fk_plan_template_version FOREIGN KEY (template_version_id) REFERENCES template_version (id),
  CONSTRAINT fk_plan_consultant FOREIGN KEY (consultant_id) REFERENCES account (id)
);
CREATE INDEX ix_plan_tenant ON client_plan (tenant_id);
CREATE INDEX ix_plan_client ON client_plan (client_id);
CREATE INDEX ix_plan_template_version ON client_plan (template_version_id);
CREATE INDEX ix_plan_consultant ON client_plan (consultant_id);

CREATE TABLE plan_answer (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  tenant_id    VARCHAR(20)  NOT NULL,
  plan_id      BIGINT       NOT NULL,
  question_id  BIGINT       NOT NULL,
  question_key VARCHAR(36)  NOT NULL,
  answer_json  LONGTEXT,
  filled       BOOLEAN      NOT NULL,
  asked        BOOLEAN      NOT NULL,
  updated_by   VARCHAR(254),
  updated_at   DATETIME(6),
  CONSTRAINT fk_answer_plan FOREIGN KEY (plan_id) REFERENCES client_plan (id),
  CONSTRAINT fk_answer_question FOREIGN KEY (question_id) REFERENCES template_question (id)
);
CREATE INDEX ix_answer_plan ON plan_answer (plan_id);
CREATE INDEX ix_answer_question ON plan_answer (question_id);
CREATE INDEX ix_answer_tenant ON plan_answer (tenant_id);

CREATE TABLE plan_revision (
  id                      BIGINT       NOT NULL PRIMARY KEY,
  version                 BIGINT       NOT NULL,
  tenant_id               VARCHAR(20)  NOT NULL,
  plan_id                 BIGINT       NOT NULL,
  number                  INT          NOT NULL,
  reason                  VARCHAR(500) NOT NULL,
  made_by                 VARCHAR(254) NOT NULL,
  made_at                 DATETIME(6)  NOT NULL,
  template_version_number INT          NOT NULL,
  maturity_stage          VARCHAR(12),
  snapshot_json           LONGTEXT     NOT NULL,
  CONSTRAINT uk_revision_number UNIQUE (tenant_id, plan_id, number),
  CONSTRAINT fk_revision_plan FOREIGN KEY (plan_id) REFERENCES client_plan (id)
);
CREATE INDEX ix_revision_plan ON plan_revision (plan_id);

CREATE TABLE metric_check_in (
  id          BIGINT         NOT NULL PRIMARY KEY,
  version     BIGINT         NOT NULL,
  tenant_id   VARCHAR(20)    NOT NULL,
  plan_id     BIGINT         NOT NULL,
  metric_key  VARCHAR(36)    NOT NULL,
  measured_on DATE           NOT NULL,
  actual      DECIMAL(21, 6) NOT NULL,
  recorded_by VARCHAR(254)   NOT NULL,
  recorded_at DATETIME(6)    NOT NULL,
  CONSTRAINT uk_check_in_day UNIQUE (tenant_id, plan_id, metric_key, measured_on),
  CONSTRAINT fk_check_in_plan FOREIGN KEY (plan_id) REFERENCES client_plan (id)
);
CREATE INDEX ix_check_in_plan ON metric_check_in (plan_id);

CREATE TABLE social_platform (
  id        BIGINT      NOT NULL PRIMARY KEY,
  version   BIGINT      NOT NULL,
  tenant_id VARCHAR(20) NOT NULL,
  name      VARCHAR(60) NOT NULL,
  position  INT         NOT NULL,
  CONSTRAINT uk_platform_name UNIQUE (tenant_id, name)
);
