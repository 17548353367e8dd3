-- Foundation: consultancies (tenants), platform admins, accounts, clients, offices, branding,
-- single-use links, audit trail and the mail log. Written for MySQL 8 / MariaDB 10.11 and
-- H2 2.x in MySQL mode. Every tenant-owned table carries tenant_id, every unique key starts with it.

CREATE TABLE id_sequence (
  seq_name  VARCHAR(50) NOT NULL PRIMARY KEY,
  seq_count BIGINT      NOT NULL
);
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('banyan', 0);

CREATE TABLE consultancy (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  name          VARCHAR(120) NOT NULL,
  slug          VARCHAR(40)  NOT NULL,
  status        VARCHAR(12)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  display_name  VARCHAR(120),
  accent_colour VARCHAR(7)   NOT NULL,
  logo_revision INT          NOT NULL,
  CONSTRAINT uk_consultancy_slug UNIQUE (slug)
);

CREATE TABLE platform_admin (
  id            BIGINT       NOT NULL PRIMARY KEY,
  version       BIGINT       NOT NULL,
  email         VARCHAR(254) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  CONSTRAINT uk_platform_admin_email UNIQUE (email)
);

CREATE TABLE outbound_mail (
  id         BIGINT       NOT NULL PRIMARY KEY,
  version    BIGINT       NOT NULL,
  recipient  VARCHAR(254) NOT NULL,
  subject    VARCHAR(200) NOT NULL,
  body       LONGTEXT,
  status     VARCHAR(10)  NOT NULL,
  created_at DATETIME(6)  NOT NULL
);
CREATE INDEX ix_mail_created ON outbound_mail (created_at);

CREATE TABLE client_organisation (
  id                 BIGINT        NOT NULL PRIMARY KEY,
  version            BIGINT        NOT NULL,
  tenant_id          VARCHAR(20)   NOT NULL,
  name               VARCHAR(120)  NOT NULL,
  industry           VARCHAR(80),
  size               VARCHAR(10),
  notes              VARCHAR(4000),
  lead_consultant_id BIGINT,
  archived           BOOLEAN       NOT NULL,
  created_at         DATETIME(6)   NOT NULL,
  CONSTRAINT uk_client_name UNIQUE (tenant_id, name)
);
CREATE INDEX ix_client_tenant ON client_organisation (tenant_id, archived);
CREATE INDEX ix_client_lead ON client_organisation (lead_consultant_id);

CREATE TABLE account (
  id              BIGINT       NOT NULL PRIMARY KEY,
  version         BIGINT       NOT NULL,
  tenant_id       VARCHAR(20)  NOT NULL,
  email           VARCHAR(254) NOT NULL,
  display_name    VARCHAR(120) NOT NULL,
  password_hash   VARCHAR(400),
  status          VARCHAR(12)  NOT NULL,
  roles           VARCHAR(80)  NOT NULL,
  organisation_id BIGINT,
  created_at      DATETIME(6)  NOT NULL,
  last_sign_in_at DATETIME(6),
  CONSTRAINT uk_account_email UNIQUE (tenant_id, email),
  CONSTRAINT fk_account_org FOREIGN KEY (organisation_id) REFERENCES client_organisation (id)
);
CREATE INDEX ix_account_org ON account (organisation_id);

ALTER TABLE client_organisation
  ADD CONSTRAINT fk_client_lead FOREIGN KEY (lead_consultant_id) REFERENCES account (id);

CREATE TABLE access_token (
  id         BIGINT      NOT NULL PRIMARY KEY,
  version    BIGINT      NOT NULL,
  tenant_id  VARCHAR(20) NOT NULL,
  digest     VARCHAR(64) NOT NULL,
  purpose    VARCHAR(20) NOT NULL,
  account_id BIGINT      NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NOT NULL,
  used_at    DATETIME(6),
  CONSTRAINT uk_token_digest UNIQUE (tenant_id, digest),
  CONSTRAINT fk_token_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_token_account ON access_token (account_id);

CREATE TABLE office (
  id        BIGINT       NOT NULL PRIMARY KEY,
  version   BIGINT       NOT NULL,
  tenant_id VARCHAR(20)  NOT NULL,
  name      VARCHAR(120) NOT NULL,
  address   VARCHAR(500),
  time_zone VARCHAR(60)  NOT NULL,
  CONSTRAINT uk_office_name UNIQUE (tenant_id, name)
);

CREATE TABLE logo (
  id           BIGINT      NOT NULL PRIMARY KEY,
  version      BIGINT      NOT NULL,
  tenant_id    VARCHAR(20) NOT NULL,
  content_type VARCHAR(40) NOT NULL,
  content      LONGBLOB    NOT NULL,
  CONSTRAINT uk_logo_tenant UNIQUE (tenant_id)
);

CREATE TABLE audit_entry (
  id          BIGINT       NOT NULL PRIMARY KEY,
  version     BIGINT       NOT NULL,
  tenant_id   VARCHAR(20)  NOT NULL,
  occurred_at DATETIME(6)  NOT NULL,
  actor       VARCHAR(254) NOT NULL,
  action      VARCHAR(30)  NOT NULL,
  detail      VARCHAR(500)
);
CREATE INDEX ix_audit_tenant_at ON audit_entry (tenant_id, occurred_at);
