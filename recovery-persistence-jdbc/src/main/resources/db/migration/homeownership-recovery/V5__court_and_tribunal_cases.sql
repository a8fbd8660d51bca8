-- Court and tribunal cases (issue 6, third round): each account's county court claims with their
-- charges, particulars of interest, hearings, judgment, payment terms and payments; First-tier
-- Tribunal applications with their determinations; enforcement applications with their outcomes.
-- An account's cases are saved whole: court_cases carries the version, every other table is
-- rewritten on each save. Money is BIGINT pence, days are DATE, the interest rate is its exact
-- decimal text. Every check on a set of values is written CASE column WHEN ... THEN 1 ELSE 0 END
-- = 1, never IN (...): see docs/persistence.md, "H2 binds IN (...) checks to the migrating
-- session".

CREATE TABLE court_cases (
  account_id VARCHAR(255) NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT court_cases_pk PRIMARY KEY (account_id),
  CONSTRAINT court_cases_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT court_cases_version_ck CHECK (version >= 1)
);

CREATE TABLE court_claim (
  account_id                VARCHAR(255) NOT NULL,
  position                  INTEGER      NOT NULL,
  claim_number              VARCHAR(255) NOT NULL,
  issued_on                 DATE         NOT NULL,
  debt_pence                BIGINT       NOT NULL,
  fee_pence                 BIGINT       NOT NULL,
  interest_basis            VARCHAR(30),
  interest_principal_pence  BIGINT,
  interest_rate_percent     VARCHAR(100),
  interest_from             DATE,
  interest_to               DATE,
  interest_days_counted     BIGINT,
  interest_days_excluded    BIGINT,
  interest_total_pence      BIGINT,
  interest_daily_rate_pence BIGINT,
  interest_rounding         VARCHAR(20),
  judgment_on               DATE,
  judgment_kind             VARCHAR(20),
  judgment_debt_pence       BIGINT,
  judgment_interest_pence   BIGINT,
  judgment_costs_pence      BIGINT,
  terms_kind                VARCHAR(20),
  terms_pay_by              DATE,
  terms_instalment_pence    BIGINT,
  terms_frequency           VARCHAR(10),
  terms_first_due           DATE,
  closed_on                 DATE,
  closure_kind              VARCHAR(20),
  CONSTRAINT court_claim_pk PRIMARY KEY (account_id, position),
  CONSTRAINT court_claim_number_uk UNIQUE (account_id, claim_number),
  CONSTRAINT court_claim_cases_fk FOREIGN KEY (account_id) REFERENCES court_cases (account_id),
  CONSTRAINT court_claim_position_ck CHECK (position >= 1),
  CONSTRAINT court_claim_debt_ck CHECK (debt_pence > 0),
  CONSTRAINT court_claim_fee_ck CHECK (fee_pence >= 0),
  CONSTRAINT court_claim_interest_ck CHECK (
    (interest_basis IS NULL AND interest_principal_pence IS NULL
      AND interest_rate_percent IS NULL AND interest_from IS NULL AND interest_to IS NULL
      AND interest_days_counted IS NULL AND interest_days_excluded IS NULL
      AND interest_total_pence IS NULL AND interest_daily_rate_pence IS NULL
      AND interest_rounding IS NULL)
    OR (interest_principal_pence IS NOT NULL AND interest_rate_percent IS NOT NULL
      AND interest_from IS NOT NULL AND interest_to IS NOT NULL
      AND interest_days_counted IS NOT NULL AND interest_days_excluded IS NOT NULL
      AND interest_total_pence IS NOT NULL AND interest_daily_rate_pence IS NOT NULL
      AND interest_to >= interest_from AND interest_to <= issued_on
      AND CASE interest_basis WHEN 'STATUTORY_SECTION_69' THEN 1
        WHEN 'CONTRACTUAL_LEASE' THEN 1 ELSE 0 END = 1
      AND CASE interest_rounding WHEN 'UP' THEN 1 WHEN 'DOWN' THEN 1 WHEN 'CEILING' THEN 1
        WHEN 'FLOOR' THEN 1 WHEN 'HALF_UP' THEN 1 WHEN 'HALF_DOWN' THEN 1
        WHEN 'HALF_EVEN' THEN 1 WHEN 'UNNECESSARY' THEN 1 ELSE 0 END = 1)),
  CONSTRAINT court_claim_judgment_ck CHECK (
    (judgment_on IS NULL AND judgment_kind IS NULL AND judgment_debt_pence IS NULL
      AND judgment_interest_pence IS NULL AND judgment_costs_pence IS NULL
      AND terms_kind IS NULL)
    OR (judgment_on IS NOT NULL AND judgment_debt_pence IS NOT NULL
      AND judgment_interest_pence IS NOT NULL AND judgment_costs_pence IS NOT NULL
      AND judgment_on >= issued_on AND judgment_debt_pence >= 0
      AND judgment_interest_pence >= 0 AND judgment_costs_pence >= 0
      AND CASE judgment_kind WHEN 'DEFAULT' THEN 1 WHEN 'ADMISSION' THEN 1
        WHEN 'CONSENT' THEN 1 WHEN 'AFTER_HEARING' THEN 1 ELSE 0 END = 1
      AND terms_kind IS NOT NULL)),
  CONSTRAINT court_claim_terms_ck CHECK (
    (terms_kind IS NULL AND terms_pay_by IS NULL AND terms_instalment_pence IS NULL
      AND terms_frequency IS NULL AND terms_first_due IS NULL)
    OR (CASE terms_kind WHEN 'IN_FULL' THEN 1 ELSE 0 END = 1 AND terms_pay_by IS NOT NULL
      AND terms_instalment_pence IS NULL AND terms_frequency IS NULL
      AND terms_first_due IS NULL)
    OR (CASE terms_kind WHEN 'INSTALMENTS' THEN 1 ELSE 0 END = 1 AND terms_pay_by IS NULL
      AND terms_instalment_pence IS NOT NULL AND terms_instalment_pence > 0
      AND terms_first_due IS NOT NULL
      AND CASE terms_frequency WHEN 'WEEKLY' THEN 1 WHEN 'MONTHLY' THEN 1 ELSE 0 END = 1)),
  CONSTRAINT court_claim_closure_ck CHECK (
    (closed_on IS NULL AND closure_kind IS NULL)
    OR (closed_on IS NOT NULL AND closed_on >= issued_on AND judgment_on IS NULL
      AND CASE closure_kind WHEN 'DISCONTINUED' THEN 1 WHEN 'SETTLED' THEN 1
        WHEN 'STRUCK_OUT' THEN 1 WHEN 'DISMISSED' THEN 1 ELSE 0 END = 1))
);

CREATE TABLE court_claim_charge (
  account_id     VARCHAR(255) NOT NULL,
  claim_position INTEGER      NOT NULL,
  position       INTEGER      NOT NULL,
  entry_id       BIGINT       NOT NULL,
  CONSTRAINT court_claim_charge_pk PRIMARY KEY (account_id, claim_position, position),
  CONSTRAINT court_claim_charge_uk UNIQUE (account_id, claim_position, entry_id),
  CONSTRAINT court_claim_charge_claim_fk
    FOREIGN KEY (account_id, claim_position) REFERENCES court_claim (account_id, position)
);

CREATE TABLE court_claim_hearing (
  account_id     VARCHAR(255) NOT NULL,
  claim_position INTEGER      NOT NULL,
  position       INTEGER      NOT NULL,
  heard_on       DATE         NOT NULL,
  purpose        VARCHAR      NOT NULL,
  CONSTRAINT court_claim_hearing_pk PRIMARY KEY (account_id, claim_position, position),
  CONSTRAINT court_claim_hearing_claim_fk
    FOREIGN KEY (account_id, claim_position) REFERENCES court_claim (account_id, position)
);

CREATE TABLE court_claim_interest_exclusion (
  account_id     VARCHAR(255) NOT NULL,
  claim_position INTEGER      NOT NULL,
  position       INTEGER      NOT NULL,
  start_date     DATE         NOT NULL,
  end_exclusive  DATE         NOT NULL,
  reason         VARCHAR(30)  NOT NULL,
  CONSTRAINT court_claim_interest_exclusion_pk
    PRIMARY KEY (account_id, claim_position, position),
  CONSTRAINT court_claim_interest_exclusion_claim_fk
    FOREIGN KEY (account_id, claim_position) REFERENCES court_claim (account_id, position),
  CONSTRAINT court_claim_interest_exclusion_days_ck CHECK (end_exclusive >= start_date),
  CONSTRAINT court_claim_interest_exclusion_reason_ck CHECK (
    CASE reason WHEN 'BREATHING_SPACE' THEN 1 WHEN 'DEMAND_WITHHELD_S21B' THEN 1
      ELSE 0 END = 1)
);

CREATE TABLE court_claim_interest_rate_period (
  account_id     VARCHAR(255) NOT NULL,
  claim_position INTEGER      NOT NULL,
  position       INTEGER      NOT NULL,
  start_date     DATE         NOT NULL,
  end_exclusive  DATE         NOT NULL,
  rate_percent   VARCHAR(100) NOT NULL,
  days_counted   BIGINT       NOT NULL,
  CONSTRAINT court_claim_interest_rate_period_pk
    PRIMARY KEY (account_id, claim_position, position),
  CONSTRAINT court_claim_interest_rate_period_claim_fk
    FOREIGN KEY (account_id, claim_position) REFERENCES court_claim (account_id, position),
  CONSTRAINT court_claim_interest_rate_period_days_ck CHECK (
    end_exclusive >= start_date AND days_counted >= 0)
);

CREATE TABLE court_judgment_payment (
  account_id     VARCHAR(255) NOT NULL,
  claim_position INTEGER      NOT NULL,
  position       INTEGER      NOT NULL,
  paid_on        DATE         NOT NULL,
  amount_pence   BIGINT       NOT NULL,
  CONSTRAINT court_judgment_payment_pk PRIMARY KEY (account_id, claim_position, position),
  CONSTRAINT court_judgment_payment_claim_fk
    FOREIGN KEY (account_id, claim_position) REFERENCES court_claim (account_id, position),
  CONSTRAINT court_judgment_payment_amount_ck CHECK (amount_pence > 0)
);

CREATE TABLE tribunal_application (
  account_id                 VARCHAR(255) NOT NULL,
  position                   INTEGER      NOT NULL,
  case_reference             VARCHAR(255) NOT NULL,
  made_on                    DATE         NOT NULL,
  applicant                  VARCHAR(10)  NOT NULL,
  amount_in_issue_pence      BIGINT       NOT NULL,
  withdrawn_on               DATE,
  decided_on                 DATE,
  amount_found_payable_pence BIGINT,
  final_on                   DATE,
  CONSTRAINT tribunal_application_pk PRIMARY KEY (account_id, position),
  CONSTRAINT tribunal_application_cases_fk
    FOREIGN KEY (account_id) REFERENCES court_cases (account_id),
  CONSTRAINT tribunal_application_position_ck CHECK (position >= 1),
  CONSTRAINT tribunal_application_applicant_ck CHECK (
    CASE applicant WHEN 'LANDLORD' THEN 1 WHEN 'TENANT' THEN 1 ELSE 0 END = 1),
  CONSTRAINT tribunal_application_amount_ck CHECK (amount_in_issue_pence >= 0),
  CONSTRAINT tribunal_application_determination_ck CHECK (
    (decided_on IS NULL AND amount_found_payable_pence IS NULL AND final_on IS NULL)
    OR (decided_on IS NOT NULL AND amount_found_payable_pence IS NOT NULL
      AND decided_on >= made_on AND amount_found_payable_pence >= 0 AND withdrawn_on IS NULL
      AND (final_on IS NULL OR final_on >= decided_on)))
);

CREATE TABLE tribunal_application_charge (
  account_id           VARCHAR(255) NOT NULL,
  application_position INTEGER      NOT NULL,
  position             INTEGER      NOT NULL,
  entry_id             BIGINT       NOT NULL,
  CONSTRAINT tribunal_application_charge_pk
    PRIMARY KEY (account_id, application_position, position),
  CONSTRAINT tribunal_application_charge_uk
    UNIQUE (account_id, application_position, entry_id),
  CONSTRAINT tribunal_application_charge_application_fk
    FOREIGN KEY (account_id, application_position)
    REFERENCES tribunal_application (account_id, position)
);

CREATE TABLE tribunal_application_hearing (
  account_id           VARCHAR(255) NOT NULL,
  application_position INTEGER      NOT NULL,
  position             INTEGER      NOT NULL,
  heard_on             DATE         NOT NULL,
  purpose              VARCHAR      NOT NULL,
  CONSTRAINT tribunal_application_hearing_pk
    PRIMARY KEY (account_id, application_position, position),
  CONSTRAINT tribunal_application_hearing_application_fk
    FOREIGN KEY (account_id, application_position)
    REFERENCES tribunal_application (account_id, position)
);

CREATE TABLE tribunal_determination_charge (
  account_id           VARCHAR(255) NOT NULL,
  application_position INTEGER      NOT NULL,
  position             INTEGER      NOT NULL,
  entry_id             BIGINT       NOT NULL,
  CONSTRAINT tribunal_determination_charge_pk
    PRIMARY KEY (account_id, application_position, position),
  CONSTRAINT tribunal_determination_charge_uk
    UNIQUE (account_id, application_position, entry_id),
  CONSTRAINT tribunal_determination_charge_application_fk
    FOREIGN KEY (account_id, application_position)
    REFERENCES tribunal_application (account_id, position)
);

CREATE TABLE enforcement_application (
  account_id      VARCHAR(255) NOT NULL,
  position        INTEGER      NOT NULL,
  claim_number    VARCHAR(255) NOT NULL,
  method          VARCHAR(30)  NOT NULL,
  applied_on      DATE         NOT NULL,
  fee_pence       BIGINT       NOT NULL,
  outcome_on      DATE,
  outcome_kind    VARCHAR(20),
  recovered_pence BIGINT,
  CONSTRAINT enforcement_application_pk PRIMARY KEY (account_id, position),
  CONSTRAINT enforcement_application_claim_fk
    FOREIGN KEY (account_id, claim_number) REFERENCES court_claim (account_id, claim_number),
  CONSTRAINT enforcement_application_position_ck CHECK (position >= 1),
  CONSTRAINT enforcement_application_method_ck CHECK (
    CASE method WHEN 'WARRANT_OF_CONTROL' THEN 1 WHEN 'ATTACHMENT_OF_EARNINGS' THEN 1
      WHEN 'CHARGING_ORDER' THEN 1 WHEN 'THIRD_PARTY_DEBT_ORDER' THEN 1
      WHEN 'ORDER_TO_OBTAIN_INFORMATION' THEN 1 ELSE 0 END = 1),
  CONSTRAINT enforcement_application_fee_ck CHECK (fee_pence >= 0),
  CONSTRAINT enforcement_application_outcome_ck CHECK (
    (outcome_on IS NULL AND outcome_kind IS NULL AND recovered_pence IS NULL)
    OR (outcome_on IS NOT NULL AND recovered_pence IS NOT NULL
      AND outcome_on >= applied_on AND recovered_pence >= 0
      AND CASE outcome_kind WHEN 'ORDER_MADE' THEN 1 WHEN 'REFUSED' THEN 1
        WHEN 'WITHDRAWN' THEN 1 WHEN 'PAID_IN_FULL' THEN 1 WHEN 'UNSUCCESSFUL' THEN 1
        ELSE 0 END = 1))
);
