-- Contact logs and issued notices (issue 6, second round).
-- Money is BIGINT pence, days are DATE. Every check on a set of values is written
-- CASE column WHEN ... THEN 1 ELSE 0 END = 1, never IN (...): see docs/persistence.md,
-- "H2 binds IN (...) checks to the migrating session".

CREATE TABLE contact_log (
  account_id VARCHAR(255) NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT contact_log_pk PRIMARY KEY (account_id),
  CONSTRAINT contact_log_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT contact_log_version_ck CHECK (version >= 1)
);

CREATE TABLE contact_entry (
  account_id     VARCHAR(255) NOT NULL,
  contact_id     VARCHAR(255) NOT NULL,
  position       INTEGER      NOT NULL,
  contacted_on   DATE         NOT NULL,
  contact_kind   VARCHAR(30)  NOT NULL,
  direction      VARCHAR(10)  NOT NULL,
  officer        VARCHAR(255) NOT NULL,
  outcome        VARCHAR      NOT NULL,
  debtor_reached BOOLEAN      NOT NULL,
  reply_due      DATE,
  replied_on     DATE,
  replied_by     VARCHAR(255),
  CONSTRAINT contact_entry_pk PRIMARY KEY (account_id, contact_id),
  CONSTRAINT contact_entry_position_uk UNIQUE (account_id, position),
  CONSTRAINT contact_entry_log_fk FOREIGN KEY (account_id) REFERENCES contact_log (account_id),
  CONSTRAINT contact_entry_position_ck CHECK (position >= 1),
  CONSTRAINT contact_entry_kind_ck CHECK (
    CASE contact_kind WHEN 'CALL' THEN 1 WHEN 'VISIT' THEN 1 WHEN 'MEETING' THEN 1
      WHEN 'LETTER' THEN 1 WHEN 'EMAIL' THEN 1 WHEN 'SMS' THEN 1 WHEN 'COMPLAINT' THEN 1
      WHEN 'COUNCILLOR_ENQUIRY' THEN 1 WHEN 'MP_ENQUIRY' THEN 1 WHEN 'OTHER' THEN 1
      ELSE 0 END = 1),
  CONSTRAINT contact_entry_direction_ck CHECK (
    CASE direction WHEN 'INCOMING' THEN 1 WHEN 'OUTGOING' THEN 1 ELSE 0 END = 1),
  CONSTRAINT contact_entry_outgoing_ck CHECK (
    CASE direction WHEN 'OUTGOING' THEN 0 ELSE 1 END = 1
    OR (reply_due IS NULL AND replied_on IS NULL)),
  CONSTRAINT contact_entry_reply_ck CHECK (
    (replied_on IS NULL AND replied_by IS NULL)
    OR (replied_on IS NOT NULL AND replied_by IS NOT NULL AND replied_on >= contacted_on)),
  CONSTRAINT contact_entry_reply_due_ck CHECK (reply_due IS NULL OR reply_due >= contacted_on)
);

CREATE TABLE issued_notice (
  notice_id          BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id         VARCHAR(255) NOT NULL,
  template_code      VARCHAR(255) NOT NULL,
  template_version   VARCHAR(255) NOT NULL,
  content_hash       VARCHAR(64)  NOT NULL,
  issued_on          DATE         NOT NULL,
  service_method     VARCHAR(30)  NOT NULL,
  deemed_served      DATE         NOT NULL,
  document_reference VARCHAR(255) NOT NULL,
  CONSTRAINT issued_notice_pk PRIMARY KEY (notice_id),
  CONSTRAINT issued_notice_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT issued_notice_hash_ck CHECK (CHAR_LENGTH(content_hash) = 64),
  CONSTRAINT issued_notice_service_method_ck CHECK (
    CASE service_method WHEN 'FIRST_CLASS_POST' THEN 1 WHEN 'SECOND_CLASS_POST' THEN 1
      WHEN 'HAND_DELIVERY' THEN 1 WHEN 'PERSONAL' THEN 1 WHEN 'EMAIL' THEN 1 ELSE 0 END = 1),
  CONSTRAINT issued_notice_served_ck CHECK (deemed_served >= issued_on)
);

CREATE INDEX issued_notice_account_ix ON issued_notice (account_id, issued_on, notice_id);
