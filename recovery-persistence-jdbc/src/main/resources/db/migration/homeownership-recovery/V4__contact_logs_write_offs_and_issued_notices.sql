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

CREATE TABLE write_off (
  reference                   VARCHAR(255) NOT NULL,
  account_id                  VARCHAR(255) NOT NULL,
  amount_pence                BIGINT       NOT NULL,
  reason                      VARCHAR(30)  NOT NULL,
  proposed_by                 VARCHAR(255) NOT NULL,
  proposed_on                 DATE         NOT NULL,
  debtor_responded            BOOLEAN      NOT NULL,
  limitation_expired_on       DATE,
  allocate_to                 VARCHAR(255),
  explanation                 VARCHAR      NOT NULL,
  band_from_pence             BIGINT,
  band_below_pence            BIGINT,
  band_response               VARCHAR(20),
  band_level_rank             INTEGER,
  band_level_name             VARCHAR,
  entry_on                    DATE,
  entry_amount_pence          BIGINT,
  entry_reason                VARCHAR(30),
  entry_authorised_by         VARCHAR(255),
  entry_allocate_to           VARCHAR(255),
  entry_external_reference    VARCHAR(255),
  reversal_of_entry_id        BIGINT,
  reversal_reversed_kind      VARCHAR(20),
  reversal_on                 DATE,
  reversal_amount_pence       BIGINT,
  reversal_direction          VARCHAR(10),
  reversal_reason             VARCHAR,
  reversal_external_reference VARCHAR(255),
  version                     BIGINT       NOT NULL,
  CONSTRAINT write_off_pk PRIMARY KEY (reference),
  CONSTRAINT write_off_account_fk FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT write_off_amount_ck CHECK (amount_pence > 0),
  CONSTRAINT write_off_reason_ck CHECK (
    CASE reason WHEN 'UNECONOMICAL_TO_PURSUE' THEN 1 WHEN 'DECEASED_NO_ESTATE' THEN 1
      WHEN 'BANKRUPT' THEN 1 WHEN 'UNTRACED' THEN 1 WHEN 'STATUTE_BARRED' THEN 1
      WHEN 'OTHER' THEN 1 ELSE 0 END = 1),
  CONSTRAINT write_off_band_ck CHECK (
    (band_from_pence IS NULL AND band_below_pence IS NULL AND band_response IS NULL
      AND band_level_rank IS NULL AND band_level_name IS NULL)
    OR (band_from_pence > 0 AND band_level_rank >= 0 AND band_level_name IS NOT NULL
      AND CASE band_response WHEN 'ANY' THEN 1 WHEN 'NO_RESPONSE' THEN 1
        WHEN 'RESPONDED' THEN 1 ELSE 0 END = 1
      AND (band_below_pence IS NULL OR band_below_pence > band_from_pence))),
  CONSTRAINT write_off_entry_ck CHECK (
    (entry_on IS NULL AND entry_amount_pence IS NULL AND entry_reason IS NULL
      AND entry_authorised_by IS NULL AND entry_allocate_to IS NULL
      AND entry_external_reference IS NULL)
    OR (entry_on IS NOT NULL AND entry_amount_pence > 0 AND entry_authorised_by IS NOT NULL
      AND CASE entry_reason WHEN 'UNECONOMICAL_TO_PURSUE' THEN 1 WHEN 'DECEASED_NO_ESTATE' THEN 1
        WHEN 'BANKRUPT' THEN 1 WHEN 'UNTRACED' THEN 1 WHEN 'STATUTE_BARRED' THEN 1
        WHEN 'OTHER' THEN 1 ELSE 0 END = 1)),
  CONSTRAINT write_off_reversal_ck CHECK (
    (reversal_of_entry_id IS NULL AND reversal_reversed_kind IS NULL AND reversal_on IS NULL
      AND reversal_amount_pence IS NULL AND reversal_direction IS NULL
      AND reversal_reason IS NULL AND reversal_external_reference IS NULL)
    OR (reversal_of_entry_id IS NOT NULL AND reversal_reversed_kind IS NOT NULL
      AND reversal_on IS NOT NULL AND reversal_amount_pence > 0 AND reversal_reason IS NOT NULL
      AND CASE reversal_direction WHEN 'DEBIT' THEN 1 WHEN 'CREDIT' THEN 1 ELSE 0 END = 1)),
  CONSTRAINT write_off_version_ck CHECK (version >= 1)
);

CREATE TABLE write_off_band_reason (
  reference VARCHAR(255) NOT NULL,
  reason    VARCHAR(30)  NOT NULL,
  CONSTRAINT write_off_band_reason_pk PRIMARY KEY (reference, reason),
  CONSTRAINT write_off_band_reason_fk FOREIGN KEY (reference) REFERENCES write_off (reference),
  CONSTRAINT write_off_band_reason_ck CHECK (
    CASE reason WHEN 'UNECONOMICAL_TO_PURSUE' THEN 1 WHEN 'DECEASED_NO_ESTATE' THEN 1
      WHEN 'BANKRUPT' THEN 1 WHEN 'UNTRACED' THEN 1 WHEN 'STATUTE_BARRED' THEN 1
      WHEN 'OTHER' THEN 1 ELSE 0 END = 1)
);

CREATE TABLE write_off_requirement_reason (
  reference VARCHAR(255) NOT NULL,
  position  INTEGER      NOT NULL,
  reason    VARCHAR      NOT NULL,
  CONSTRAINT write_off_requirement_reason_pk PRIMARY KEY (reference, position),
  CONSTRAINT write_off_requirement_reason_fk
    FOREIGN KEY (reference) REFERENCES write_off (reference),
  CONSTRAINT write_off_requirement_reason_position_ck CHECK (position >= 1)
);

CREATE TABLE write_off_step (
  reference  VARCHAR(255) NOT NULL,
  position   INTEGER      NOT NULL,
  stepped_on DATE         NOT NULL,
  state      VARCHAR(20)  NOT NULL,
  officer    VARCHAR(255),
  reason     VARCHAR      NOT NULL,
  CONSTRAINT write_off_step_pk PRIMARY KEY (reference, position),
  CONSTRAINT write_off_step_fk FOREIGN KEY (reference) REFERENCES write_off (reference),
  CONSTRAINT write_off_step_position_ck CHECK (position >= 1),
  CONSTRAINT write_off_step_state_ck CHECK (
    CASE state WHEN 'PROPOSED' THEN 1 WHEN 'AUTHORISED' THEN 1 WHEN 'DECLINED' THEN 1
      WHEN 'REINSTATED' THEN 1 ELSE 0 END = 1)
);

CREATE INDEX write_off_account_ix ON write_off (account_id);
