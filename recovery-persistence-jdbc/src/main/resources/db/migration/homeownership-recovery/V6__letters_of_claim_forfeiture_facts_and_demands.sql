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

-- The service charge and administration charge demands served on each account, as served, so
-- that their statutory assessment (s.21B, ss.47-48, s.20B) can be worked out again. Append-only.
CREATE TABLE service_charge_demand (
  demand_id                               BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id                              VARCHAR(255) NOT NULL,
  reference                               VARCHAR(255) NOT NULL,
  served_on                               DATE         NOT NULL,
  service_charge_pence                    BIGINT       NOT NULL,
  administration_charge_pence             BIGINT       NOT NULL,
  service_charge_summary_enclosed         BOOLEAN      NOT NULL,
  administration_charge_summary_enclosed  BOOLEAN      NOT NULL,
  landlord_name                           VARCHAR,
  landlord_address_in_england_and_wales   BOOLEAN      NOT NULL,
  address_for_service_previously_notified BOOLEAN      NOT NULL,
  demanded_on_account_pence               BIGINT       NOT NULL,
  CONSTRAINT service_charge_demand_pk PRIMARY KEY (demand_id),
  CONSTRAINT service_charge_demand_reference_uk UNIQUE (account_id, reference),
  CONSTRAINT service_charge_demand_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT service_charge_demand_amounts_ck CHECK (
    service_charge_pence >= 0 AND administration_charge_pence >= 0)
);

CREATE INDEX service_charge_demand_account_ix
  ON service_charge_demand (account_id, served_on, demand_id);

-- The landlord's address and the address for service a demand gives, when it gives them.
CREATE TABLE service_charge_demand_address (
  demand_id    BIGINT      NOT NULL,
  role         VARCHAR(20) NOT NULL,
  line_1       VARCHAR     NOT NULL,
  line_2       VARCHAR,
  line_3       VARCHAR,
  line_4       VARCHAR,
  town         VARCHAR     NOT NULL,
  postcode     VARCHAR     NOT NULL,
  country_code VARCHAR(2)  NOT NULL,
  CONSTRAINT service_charge_demand_address_pk PRIMARY KEY (demand_id, role),
  CONSTRAINT service_charge_demand_address_demand_fk
    FOREIGN KEY (demand_id) REFERENCES service_charge_demand (demand_id),
  CONSTRAINT service_charge_demand_address_role_ck CHECK (
    CASE role WHEN 'LANDLORD' THEN 1 WHEN 'FOR_SERVICE' THEN 1 ELSE 0 END = 1),
  CONSTRAINT service_charge_demand_address_lines_ck CHECK (
    (line_3 IS NULL OR line_2 IS NOT NULL) AND (line_4 IS NULL OR line_3 IS NOT NULL))
);

-- The costs a demand takes into account, in the demand's order, with the dates s.20B turns on.
CREATE TABLE service_charge_demand_cost (
  demand_id             BIGINT  NOT NULL,
  position              INTEGER NOT NULL,
  description           VARCHAR NOT NULL,
  share_pence           BIGINT  NOT NULL,
  invoiced_on           DATE    NOT NULL,
  paid_on               DATE,
  section_20b_notice_on DATE,
  CONSTRAINT service_charge_demand_cost_pk PRIMARY KEY (demand_id, position),
  CONSTRAINT service_charge_demand_cost_demand_fk
    FOREIGN KEY (demand_id) REFERENCES service_charge_demand (demand_id)
);
