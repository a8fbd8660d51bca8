-- The rest of a recovery case (issue 6, third round): the letter of claim sent under the
-- Pre-Action Protocol for Debt Claims with the debtor's response, and the facts the forfeiture
-- gate reads (the s.81 findings and what is known of a mortgage lender). Each belongs to a
-- recovery_case row and is rewritten with it. A case saved before V6 has no rows here and reads
-- back with no letter and no forfeiture facts. Every check on a set of values is written
-- CASE column WHEN ... THEN 1 ELSE 0 END = 1, never IN (...): see docs/persistence.md.

CREATE TABLE recovery_case_letter_of_claim (
  account_id          VARCHAR(255) NOT NULL,
  dated               DATE         NOT NULL,
  reply_form_received DATE,
  seeking_debt_advice BOOLEAN      NOT NULL,
  documents_requested DATE,
  documents_supplied  DATE,
  CONSTRAINT recovery_case_letter_of_claim_pk PRIMARY KEY (account_id),
  CONSTRAINT recovery_case_letter_of_claim_case_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case (account_id)
);

CREATE TABLE recovery_case_letter_enclosure (
  account_id VARCHAR(255) NOT NULL,
  position   INTEGER      NOT NULL,
  enclosure  VARCHAR(30)  NOT NULL,
  CONSTRAINT recovery_case_letter_enclosure_pk PRIMARY KEY (account_id, position),
  CONSTRAINT recovery_case_letter_enclosure_uk UNIQUE (account_id, enclosure),
  CONSTRAINT recovery_case_letter_enclosure_letter_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case_letter_of_claim (account_id),
  CONSTRAINT recovery_case_letter_enclosure_ck CHECK (
    CASE enclosure WHEN 'STATEMENT_OF_ACCOUNT' THEN 1 WHEN 'INFORMATION_SHEET' THEN 1
      WHEN 'REPLY_FORM' THEN 1 WHEN 'FINANCIAL_STATEMENT' THEN 1 ELSE 0 END = 1)
);

CREATE TABLE recovery_case_forfeiture (
  account_id       VARCHAR(255) NOT NULL,
  lender_on_record BOOLEAN      NOT NULL,
  lender_told_on   DATE,
  CONSTRAINT recovery_case_forfeiture_pk PRIMARY KEY (account_id),
  CONSTRAINT recovery_case_forfeiture_case_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case (account_id)
);

CREATE TABLE recovery_case_s81_finding (
  account_id   VARCHAR(255) NOT NULL,
  position     INTEGER      NOT NULL,
  finding_kind VARCHAR(30)  NOT NULL,
  finding_date DATE         NOT NULL,
  CONSTRAINT recovery_case_s81_finding_pk PRIMARY KEY (account_id, position),
  CONSTRAINT recovery_case_s81_finding_forfeiture_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case_forfeiture (account_id),
  CONSTRAINT recovery_case_s81_finding_kind_ck CHECK (
    CASE finding_kind WHEN 'FINAL_DETERMINATION' THEN 1 WHEN 'ADMISSION' THEN 1
      ELSE 0 END = 1)
);

CREATE TABLE recovery_case_s81_finding_charge (
  account_id       VARCHAR(255) NOT NULL,
  finding_position INTEGER      NOT NULL,
  position         INTEGER      NOT NULL,
  entry_id         BIGINT       NOT NULL,
  CONSTRAINT recovery_case_s81_finding_charge_pk
    PRIMARY KEY (account_id, finding_position, position),
  CONSTRAINT recovery_case_s81_finding_charge_uk
    UNIQUE (account_id, finding_position, entry_id),
  CONSTRAINT recovery_case_s81_finding_charge_finding_fk
    FOREIGN KEY (account_id, finding_position)
    REFERENCES recovery_case_s81_finding (account_id, position)
);
