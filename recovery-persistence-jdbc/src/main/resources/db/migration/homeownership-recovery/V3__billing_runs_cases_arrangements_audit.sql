-- Home Ownership recovery: billing runs with their lines and trail, recovery cases with their stage
-- history and holds, payment arrangements with their state history, and the audit log.
--
-- Portable SQL for PostgreSQL 12+ and H2 2.x. Money is whole pence in BIGINT, days are DATE,
-- instants are TIMESTAMP holding UTC (the adapter converts; the column has no zone). No floating
-- point anywhere. Rows that are edited carry a version for optimistic concurrency.
--
-- Sets of allowed values are checked with CASE ... END = 1, never with IN (...) or a chain of
-- ORs (which H2 turns into IN): H2 2.x binds an IN-list check constraint to the session that
-- created it, so with short-lived unpooled connections every later insert fails ("Check
-- constraint invalid", SQLState 23514) once the migrating connection is closed. See
-- docs/persistence.md.

-- 1. The V1 and V2 checks on sets of values, rewritten in that form (same meaning on these
--    NOT NULL columns).

ALTER TABLE debtor_account DROP CONSTRAINT debtor_account_tenure_ck;
ALTER TABLE debtor_account ADD CONSTRAINT debtor_account_tenure_ck CHECK (
  CASE tenure WHEN 'TENANTED' THEN 1 WHEN 'LEASEHOLD' THEN 1 WHEN 'SHARED_OWNERSHIP' THEN 1
    WHEN 'FREEHOLD' THEN 1 ELSE 0 END = 1);

ALTER TABLE dwelling DROP CONSTRAINT dwelling_tenure_ck;
ALTER TABLE dwelling ADD CONSTRAINT dwelling_tenure_ck CHECK (
  CASE tenure WHEN 'TENANTED' THEN 1 WHEN 'LEASEHOLD' THEN 1 WHEN 'SHARED_OWNERSHIP' THEN 1
    WHEN 'FREEHOLD' THEN 1 ELSE 0 END = 1);

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_kind_ck;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_kind_ck CHECK (
  CASE kind WHEN 'CHARGE' THEN 1 WHEN 'ADJUSTMENT' THEN 1 WHEN 'REFUND' THEN 1 WHEN 'PAYMENT' THEN 1
    WHEN 'CREDIT' THEN 1 WHEN 'WRITE_OFF' THEN 1 WHEN 'REVERSAL' THEN 1 ELSE 0 END = 1);

-- A charge, adjustment or refund is a debit; a payment, credit or write-off a credit; a reversal
-- either.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_direction_ck;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_direction_ck CHECK (
  CASE direction WHEN 'DEBIT' THEN 1 WHEN 'CREDIT' THEN 1 ELSE 0 END = 1
  AND CASE kind WHEN 'CHARGE' THEN 'DEBIT' WHEN 'ADJUSTMENT' THEN 'DEBIT' WHEN 'REFUND' THEN 'DEBIT'
    WHEN 'PAYMENT' THEN 'CREDIT' WHEN 'CREDIT' THEN 'CREDIT' WHEN 'WRITE_OFF' THEN 'CREDIT'
    WHEN 'REVERSAL' THEN direction END = direction);

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_charge_ck;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_charge_ck CHECK (
  CASE kind WHEN 'CHARGE' THEN 1 WHEN 'ADJUSTMENT' THEN 1 ELSE 0 END = 0
  OR (charge_type IS NOT NULL AND due_date IS NOT NULL));

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_payment_ck;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_payment_ck CHECK (
  CASE kind WHEN 'PAYMENT' THEN 1 WHEN 'REFUND' THEN 1 ELSE 0 END = 0
  OR payment_method IS NOT NULL);

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_reason_ck;
ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_reason_ck CHECK (
  CASE kind WHEN 'ADJUSTMENT' THEN 1 WHEN 'REFUND' THEN 1 WHEN 'CREDIT' THEN 1 WHEN 'REVERSAL' THEN 1
    ELSE 0 END = 0
  OR reason IS NOT NULL);

-- 2. The audit log: who changed what and when. Append-only; audit_id rises in recording order.
-- entity is the AuditedEntity constant (an open set, not checked here); changed_at is UTC.
CREATE TABLE audit_log (
  audit_id        BIGINT GENERATED ALWAYS AS IDENTITY,
  entity          VARCHAR(40)  NOT NULL,
  entity_id       VARCHAR(255) NOT NULL,
  entity_version  BIGINT       NOT NULL,
  actor_reference VARCHAR(255) NOT NULL,
  actor_automatic BOOLEAN      NOT NULL,
  changed_at      TIMESTAMP    NOT NULL,
  description     VARCHAR      NOT NULL,
  CONSTRAINT audit_log_pk PRIMARY KEY (audit_id),
  CONSTRAINT audit_log_version_ck CHECK (entity_version >= 1)
);

CREATE INDEX audit_log_entity_ix ON audit_log (entity, entity_id, audit_id);

-- 3. Billing runs: the run, its lines (in the run's order) and its trail (prepared, approved,
-- posted). version counts the steps taken.
CREATE TABLE billing_run (
  run_id    VARCHAR(255) NOT NULL,
  run_name  VARCHAR      NOT NULL,
  raised_on DATE         NOT NULL,
  status    VARCHAR(20)  NOT NULL,
  version   BIGINT       NOT NULL,
  CONSTRAINT billing_run_pk PRIMARY KEY (run_id),
  CONSTRAINT billing_run_status_ck CHECK (
    CASE status WHEN 'PREPARED' THEN 1 WHEN 'APPROVED' THEN 1 WHEN 'POSTED' THEN 1 ELSE 0 END = 1),
  CONSTRAINT billing_run_version_ck CHECK (version >= 1)
);

-- One billed item. item_key becomes the ledger entry's external reference; amount_pence is
-- negative for a credit. The period covered is half-open [period_start, period_end_exclusive).
CREATE TABLE billing_run_item (
  run_id               VARCHAR(255) NOT NULL,
  position             INTEGER      NOT NULL,
  account_id           VARCHAR(255) NOT NULL,
  item_key             VARCHAR(255) NOT NULL,
  charge_type          VARCHAR(40)  NOT NULL,
  period_start         DATE,
  period_end_exclusive DATE,
  raised_on            DATE,
  due_date             DATE         NOT NULL,
  demand_reference     VARCHAR      NOT NULL,
  amount_pence         BIGINT       NOT NULL,
  CONSTRAINT billing_run_item_pk PRIMARY KEY (run_id, position),
  CONSTRAINT billing_run_item_key_uq UNIQUE (run_id, account_id, item_key),
  CONSTRAINT billing_run_item_run_fk FOREIGN KEY (run_id) REFERENCES billing_run (run_id),
  CONSTRAINT billing_run_item_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT billing_run_item_position_ck CHECK (position >= 1),
  CONSTRAINT billing_run_item_period_ck CHECK (
    (period_start IS NULL AND period_end_exclusive IS NULL)
    OR (period_start IS NOT NULL AND period_end_exclusive >= period_start))
);

CREATE INDEX billing_run_item_account_ix ON billing_run_item (account_id);

CREATE TABLE billing_run_step (
  run_id          VARCHAR(255) NOT NULL,
  position        INTEGER      NOT NULL,
  status          VARCHAR(20)  NOT NULL,
  actor_reference VARCHAR(255) NOT NULL,
  actor_automatic BOOLEAN      NOT NULL,
  stepped_at      TIMESTAMP    NOT NULL,
  description     VARCHAR      NOT NULL,
  CONSTRAINT billing_run_step_pk PRIMARY KEY (run_id, position),
  CONSTRAINT billing_run_step_run_fk FOREIGN KEY (run_id) REFERENCES billing_run (run_id),
  CONSTRAINT billing_run_step_status_ck CHECK (
    CASE status WHEN 'PREPARED' THEN 1 WHEN 'APPROVED' THEN 1 WHEN 'POSTED' THEN 1 ELSE 0 END = 1),
  CONSTRAINT billing_run_step_position_ck CHECK (position >= 1)
);

-- 4. Recovery cases: one per account, with every stage move and every hold.
CREATE TABLE recovery_case (
  account_id  VARCHAR(255) NOT NULL,
  debt_stream VARCHAR(40)  NOT NULL,
  version     BIGINT       NOT NULL,
  CONSTRAINT recovery_case_pk PRIMARY KEY (account_id),
  CONSTRAINT recovery_case_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT recovery_case_version_ck CHECK (version >= 1)
);

-- A move in the case's history; stage_code is NULL when the case is at no stage.
CREATE TABLE recovery_case_stage (
  account_id VARCHAR(255) NOT NULL,
  position   INTEGER      NOT NULL,
  stage_code VARCHAR(255),
  moved_on   DATE         NOT NULL,
  stage_move VARCHAR(20)  NOT NULL,
  CONSTRAINT recovery_case_stage_pk PRIMARY KEY (account_id, position),
  CONSTRAINT recovery_case_stage_case_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case (account_id),
  CONSTRAINT recovery_case_stage_move_ck CHECK (
    CASE stage_move WHEN 'ENTERED' THEN 1 WHEN 'STEPPED_BACK' THEN 1 WHEN 'RESUMED' THEN 1
      WHEN 'CLOSED' THEN 1 ELSE 0 END = 1),
  CONSTRAINT recovery_case_stage_position_ck CHECK (position >= 1)
);

-- A hold of any kind, with its terms; columns a kind does not use are NULL. The reason may hold
-- personal data (a vulnerability), so it is only ever read back to the core.
CREATE TABLE recovery_case_hold (
  account_id                  VARCHAR(255) NOT NULL,
  position                    INTEGER      NOT NULL,
  kind                        VARCHAR(30)  NOT NULL,
  start_date                  DATE         NOT NULL,
  until_date                  DATE,
  review_date                 DATE,
  reason                      VARCHAR      NOT NULL,
  set_by                      VARCHAR(255) NOT NULL,
  set_by_automatic            BOOLEAN      NOT NULL,
  -- DISPUTE: the ledger entry of the disputed charge.
  disputed_entry_id           BIGINT,
  -- BREATHING_SPACE: the moratorium, its register and application dates, the midway review.
  moratorium                  VARCHAR(30),
  registered_on               DATE,
  application_date            DATE,
  midway_review_start         DATE,
  midway_review_end_exclusive DATE,
  -- INSOLVENCY: the proceeding.
  insolvency                  VARCHAR(40),
  -- LIVE_ARRANGEMENT: the arrangement and the stage held at (NULL if none was reached).
  arrangement_id              VARCHAR(255),
  held_at_stage               VARCHAR(255),
  -- PROMISE_TO_PAY: the amount promised (until_date is the day promised).
  promised_pence              BIGINT,
  -- MISSING_DATA: what is missing.
  missing                     VARCHAR,
  CONSTRAINT recovery_case_hold_pk PRIMARY KEY (account_id, position),
  CONSTRAINT recovery_case_hold_case_fk
    FOREIGN KEY (account_id) REFERENCES recovery_case (account_id),
  CONSTRAINT recovery_case_hold_position_ck CHECK (position >= 1),
  CONSTRAINT recovery_case_hold_kind_ck CHECK (
    CASE kind WHEN 'DISPUTE' THEN 1 WHEN 'QUERY_OR_COMPLAINT' THEN 1 WHEN 'BREATHING_SPACE' THEN 1
      WHEN 'VULNERABILITY' THEN 1 WHEN 'INSOLVENCY' THEN 1 WHEN 'DECEASED' THEN 1
      WHEN 'LIVE_ARRANGEMENT' THEN 1 WHEN 'PROMISE_TO_PAY' THEN 1 WHEN 'MISSING_DATA' THEN 1
      ELSE 0 END = 1),
  CONSTRAINT recovery_case_hold_until_ck CHECK (until_date >= start_date),
  CONSTRAINT recovery_case_hold_dispute_ck CHECK (
    (kind = 'DISPUTE' AND disputed_entry_id IS NOT NULL)
    OR (kind <> 'DISPUTE' AND disputed_entry_id IS NULL)),
  CONSTRAINT recovery_case_hold_breathing_space_ck CHECK (
    (kind = 'BREATHING_SPACE' AND moratorium IS NOT NULL AND registered_on IS NOT NULL
      AND application_date IS NOT NULL
      AND CASE moratorium WHEN 'STANDARD' THEN 1 WHEN 'MENTAL_HEALTH_CRISIS' THEN 1 ELSE 0 END = 1)
    OR (kind <> 'BREATHING_SPACE' AND moratorium IS NULL AND registered_on IS NULL
      AND application_date IS NULL AND midway_review_start IS NULL)),
  CONSTRAINT recovery_case_hold_midway_ck CHECK (
    (midway_review_start IS NULL AND midway_review_end_exclusive IS NULL)
    OR (midway_review_start IS NOT NULL AND midway_review_end_exclusive >= midway_review_start)),
  CONSTRAINT recovery_case_hold_insolvency_ck CHECK (
    (kind = 'INSOLVENCY' AND insolvency IS NOT NULL)
    OR (kind <> 'INSOLVENCY' AND insolvency IS NULL)),
  CONSTRAINT recovery_case_hold_arrangement_ck CHECK (
    (kind = 'LIVE_ARRANGEMENT' AND arrangement_id IS NOT NULL)
    OR (kind <> 'LIVE_ARRANGEMENT' AND arrangement_id IS NULL AND held_at_stage IS NULL)),
  CONSTRAINT recovery_case_hold_promise_ck CHECK (
    (kind = 'PROMISE_TO_PAY' AND promised_pence > 0 AND until_date IS NOT NULL)
    OR (kind <> 'PROMISE_TO_PAY' AND promised_pence IS NULL)),
  CONSTRAINT recovery_case_hold_missing_ck CHECK (
    (kind = 'MISSING_DATA' AND missing IS NOT NULL)
    OR (kind <> 'MISSING_DATA' AND missing IS NULL))
);

-- 5. Payment arrangements: the terms, the approval, the accounts covered and every change of state.
CREATE TABLE arrangement (
  arrangement_id             VARCHAR(255) NOT NULL,
  frequency                  VARCHAR(20)  NOT NULL,
  instalment_pence           BIGINT       NOT NULL,
  ongoing_charge_pence       BIGINT       NOT NULL,
  first_instalment_on        DATE         NOT NULL,
  lump_sum_pence             BIGINT,
  lump_sum_due_on            DATE,
  starting_balance_pence     BIGINT       NOT NULL,
  arrangement_kind           VARCHAR(20)  NOT NULL,
  made_by                    VARCHAR(255) NOT NULL,
  made_on                    DATE         NOT NULL,
  approved_by                VARCHAR(255),
  approved_on                DATE,
  approved_by_second_officer BOOLEAN,
  version                    BIGINT       NOT NULL,
  CONSTRAINT arrangement_pk PRIMARY KEY (arrangement_id),
  CONSTRAINT arrangement_frequency_ck CHECK (
    CASE frequency WHEN 'WEEKLY' THEN 1 WHEN 'FORTNIGHTLY' THEN 1 WHEN 'FOUR_WEEKLY' THEN 1
      WHEN 'MONTHLY' THEN 1 WHEN 'ONE_OFF' THEN 1 ELSE 0 END = 1),
  CONSTRAINT arrangement_kind_ck CHECK (
    CASE arrangement_kind WHEN 'INFORMAL' THEN 1 WHEN 'COURT_ORDERED' THEN 1 ELSE 0 END = 1),
  CONSTRAINT arrangement_amounts_ck CHECK (
    starting_balance_pence > 0 AND ongoing_charge_pence >= 0
    AND instalment_pence > ongoing_charge_pence),
  CONSTRAINT arrangement_lump_sum_ck CHECK (
    (lump_sum_pence IS NULL AND lump_sum_due_on IS NULL)
    OR (lump_sum_pence > 0 AND lump_sum_due_on IS NOT NULL)),
  CONSTRAINT arrangement_approval_ck CHECK (
    (approved_by IS NULL AND approved_on IS NULL AND approved_by_second_officer IS NULL)
    OR (approved_by IS NOT NULL AND approved_on IS NOT NULL
      AND approved_by_second_officer IS NOT NULL)),
  CONSTRAINT arrangement_version_ck CHECK (version >= 1)
);

-- The accounts an arrangement covers, each with the stage it was held at (NULL if none).
CREATE TABLE arrangement_account (
  arrangement_id VARCHAR(255) NOT NULL,
  account_id     VARCHAR(255) NOT NULL,
  held_at_stage  VARCHAR(255),
  CONSTRAINT arrangement_account_pk PRIMARY KEY (arrangement_id, account_id),
  CONSTRAINT arrangement_account_arrangement_fk
    FOREIGN KEY (arrangement_id) REFERENCES arrangement (arrangement_id),
  CONSTRAINT arrangement_account_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id)
);

CREATE INDEX arrangement_account_account_ix ON arrangement_account (account_id);

-- Every change of state, oldest first. The balances are kept when the change came from
-- monitoring (they may be negative: in credit); officer is the staff reference when an officer
-- made the change.
CREATE TABLE arrangement_state_change (
  arrangement_id         VARCHAR(255) NOT NULL,
  position               INTEGER      NOT NULL,
  changed_on             DATE         NOT NULL,
  from_state             VARCHAR(20)  NOT NULL,
  to_state               VARCHAR(20)  NOT NULL,
  expected_balance_pence BIGINT       NOT NULL,
  actual_balance_pence   BIGINT       NOT NULL,
  reason                 VARCHAR      NOT NULL,
  officer                VARCHAR(255),
  CONSTRAINT arrangement_state_change_pk PRIMARY KEY (arrangement_id, position),
  CONSTRAINT arrangement_state_change_arrangement_fk
    FOREIGN KEY (arrangement_id) REFERENCES arrangement (arrangement_id),
  CONSTRAINT arrangement_state_change_position_ck CHECK (position >= 1),
  CONSTRAINT arrangement_state_change_from_ck CHECK (
    CASE from_state WHEN 'PROPOSED' THEN 1 WHEN 'LIVE' THEN 1 WHEN 'BREACHED' THEN 1
      WHEN 'CANCELLED' THEN 1 WHEN 'COMPLETED' THEN 1 ELSE 0 END = 1),
  CONSTRAINT arrangement_state_change_to_ck CHECK (
    CASE to_state WHEN 'PROPOSED' THEN 1 WHEN 'LIVE' THEN 1 WHEN 'BREACHED' THEN 1
      WHEN 'CANCELLED' THEN 1 WHEN 'COMPLETED' THEN 1 ELSE 0 END = 1)
);
