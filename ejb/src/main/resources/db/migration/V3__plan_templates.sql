-- Plan templates: versions (draft, published, retired), their sections and questions.

CREATE TABLE plan_template (
  id          BIGINT        NOT NULL PRIMARY KEY,
  version     BIGINT        NOT NULL,
  tenant_id   VARCHAR(20)   NOT NULL,
  name        VARCHAR(120)  NOT NULL,
  description VARCHAR(1000),
  created_at  DATETIME(6)   NOT NULL,
  CONSTRAINT uk_template_name UNIQUE (tenant_id, name)
);

CREATE TABLE template_version (
  id           BIGINT      NOT NULL PRIMARY KEY,
  version      BIGINT      NOT NULL,
  tenant_id    VARCHAR(20) NOT NULL,
  template_id  BIGINT      NOT NULL,
  number       INT         NOT NULL,
  status       VARCHAR(10) NOT NULL,
  published_at DATETIME(6),
  CONSTRAINT uk_version_number UNIQUE (tenant_id, template_id, number),
  CONSTRAINT fk_version_template FOREIGN KEY (template_id) REFERENCES plan_template (id)
);
CREATE INDEX ix_version_template ON template_version (template_id);

CREATE TABLE template_section (
  id         BIGINT       NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  tenant_id  VARCHAR(20)  NOT NULL,
  version_id BIGINT       NOT NULL,
  position   INT          NOT NULL,
  title      VARCHAR(200) NOT NULL,
  guidance   LONGTEXT,
  CONSTRAINT fk_section_version FOREIGN KEY (version_id) REFERENCES template_version (id)
);
CREATE INDEX ix_section_version ON template_section (version_id);
CREATE INDEX ix_section_tenant ON template_section (tenant_id);

CREATE TABLE template_question (
  id            BIGINT         NOT NULL PRIMARY KEY,
  version       BIGINT         NOT NULL,
  tenant_id     VARCHAR(20)    NOT NULL,
  section_id    BIGINT         NOT NULL,
  position      INT            NOT NULL,
  question_key  VARCHAR(36)    NOT NULL,
  kind          VARCHAR(20)    NOT NULL,
  label         VARCHAR(300)   NOT NULL,
  help          VARCHAR(1000),
  required      BOOLEAN        NOT NULL,
  minimum_value DECIMAL(21, 6),
  maximum_value DECIMAL(21, 6),
  unit          VARCHAR(40),
  option_list   VARCHAR(4000),
  table_columns VARCHAR(2000),
  CONSTRAINT fk_question_section FOREIGN KEY (section_id) REFERENCES template_section (id)
);
CREATE INDEX ix_question_section ON template_question (section_id);
CREATE INDEX ix_question_tenant ON template_question (tenant_id);
