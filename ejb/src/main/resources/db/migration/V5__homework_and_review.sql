-- Homework and review: sections handed out with a due date, their steps through the review loop,
-- comment threads on single questions, and notifications.

CREATE TABLE assignment (
  id          BIGINT        NOT NULL PRIMARY KEY,
  version     BIGINT        NOT NULL,
  tenant_id   VARCHAR(20)   NOT NULL,
  plan_id     BIGINT        NOT NULL,
  message     VARCHAR(2000),
  due_on      DATE          NOT NULL,
  assigned_by VARCHAR(254)  NOT NULL,
  assigned_at DATETIME(6)   NOT NULL,
  CONSTRAINT fk_assignment_plan FOREIGN KEY (plan_id) REFERENCES client_plan (id)
);
CREATE INDEX ix_assignment_plan ON assignment (plan_id);
CREATE INDEX ix_assignment_tenant ON assignment (tenant_id);

CREATE TABLE assigned_section (
  id             BIGINT       NOT NULL PRIMARY KEY,
  version        BIGINT       NOT NULL,
  tenant_id      VARCHAR(20)  NOT NULL,
  assignment_id  BIGINT       NOT NULL,
  plan_id        BIGINT       NOT NULL,
  section_id     BIGINT       NOT NULL,
  section_title  VARCHAR(200) NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  due_on         DATE         NOT NULL,
  extended       BOOLEAN      NOT NULL,
  excused        BOOLEAN      NOT NULL,
  reviewer_id    BIGINT       NOT NULL,
  last_editor_id BIGINT,
  submitted_at   DATETIME(6),
  changed_at     DATETIME(6),
  CONSTRAINT fk_assigned_assignment FOREIGN KEY (assignment_id) REFERENCES assignment (id),
  CONSTRAINT fk_assigned_plan FOREIGN KEY (plan_id) REFERENCES client_plan (id),
  CONSTRAINT fk_assigned_section FOREIGN KEY (section_id) REFERENCES template_section (id),
  CONSTRAINT fk_assigned_reviewer FOREIGN KEY (reviewer_id) REFERENCES account (id)
);
CREATE INDEX ix_assigned_plan ON assigned_section (plan_id);
CREATE INDEX ix_assigned_assignment ON assigned_section (assignment_id);
CREATE INDEX ix_assigned_reviewer ON assigned_section (reviewer_id);
CREATE INDEX ix_assigned_section ON assigned_section (section_id);
CREATE INDEX ix_assigned_tenant_status ON assigned_section (tenant_id, status);

CREATE TABLE section_transition (
  id                  BIGINT       NOT NULL PRIMARY KEY,
  version             BIGINT       NOT NULL,
  tenant_id           VARCHAR(20)  NOT NULL,
  assigned_section_id BIGINT       NOT NULL,
  from_status         VARCHAR(20)  NOT NULL,
  to_status           VARCHAR(20)  NOT NULL,
  by_name             VARCHAR(254) NOT NULL,
  by_account_id       BIGINT,
  occurred_at         DATETIME(6)  NOT NULL,
  snapshot_json       LONGTEXT,
  CONSTRAINT fk_transition_section FOREIGN KEY (assigned_section_id) REFERENCES assigned_section (id)
);
CREATE INDEX ix_transition_section ON section_transition (assigned_section_id);

CREATE TABLE question_comment (
  id                  BIGINT        NOT NULL PRIMARY KEY,
  version             BIGINT        NOT NULL,
  tenant_id           VARCHAR(20)   NOT NULL,
  assigned_section_id BIGINT        NOT NULL,
  question_key        VARCHAR(36)   NOT NULL,
  thread_id           BIGINT,
  author_name         VARCHAR(254)  NOT NULL,
  author_id           BIGINT        NOT NULL,
  from_staff          BOOLEAN       NOT NULL,
  body                VARCHAR(2000) NOT NULL,
  written_at          DATETIME(6)   NOT NULL,
  CONSTRAINT fk_comment_section FOREIGN KEY (assigned_section_id) REFERENCES assigned_section (id),
  CONSTRAINT fk_comment_thread FOREIGN KEY (thread_id) REFERENCES question_comment (id)
);
CREATE INDEX ix_comment_section ON question_comment (assigned_section_id);
CREATE INDEX ix_comment_thread ON question_comment (thread_id);

CREATE TABLE notification (
  id           BIGINT       NOT NULL PRIMARY KEY,
  version      BIGINT       NOT NULL,
  tenant_id    VARCHAR(20)  NOT NULL,
  recipient_id BIGINT       NOT NULL,
  kind         VARCHAR(20)  NOT NULL,
  body         VARCHAR(500) NOT NULL,
  link         VARCHAR(200) NOT NULL,
  created_at   DATETIME(6)  NOT NULL,
  read_at      DATETIME(6),
  CONSTRAINT fk_notification_recipient FOREIGN KEY (recipient_id) REFERENCES account (id)
);
CREATE INDEX ix_notification_recipient ON notification (recipient_id, read_at);

-- How each person wants notification mail, and the days their reminder digest went out.
ALTER TABLE account ADD COLUMN mail_preference VARCHAR(12) DEFAULT 'IMMEDIATE' NOT NULL;

CREATE TABLE digest_sent (
  id         BIGINT      NOT NULL PRIMARY KEY,
  version    BIGINT      NOT NULL,
  tenant_id  VARCHAR(20) NOT NULL,
  account_id BIGINT      NOT NULL,
  sent_on    DATE        NOT NULL,
  CONSTRAINT uk_digest_day UNIQUE (tenant_id, account_id, sent_on)
);
