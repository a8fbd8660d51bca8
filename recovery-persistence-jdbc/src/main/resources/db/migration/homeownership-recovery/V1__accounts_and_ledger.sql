-- Home Ownership recovery: debtor accounts, the parties liable, where to write to them, and each
-- account's append-only ledger.
--
-- Portable SQL: runs unchanged on PostgreSQL 12 or later and on H2 2.x (any compatibility mode).
-- Money is whole pence in BIGINT, dates are DATE; there is no floating point anywhere.
-- Enum values are stored by their Java constant names.

CREATE TABLE debtor_account (
  account_id  VARCHAR(255) NOT NULL,
  debt_stream VARCHAR(40)  NOT NULL,
  dwelling_id VARCHAR(255) NOT NULL,
  tenure      VARCHAR(40)  NOT NULL,
  CONSTRAINT debtor_account_pk PRIMARY KEY (account_id),
  CONSTRAINT debtor_account_tenure_ck
    CHECK (tenure IN ('TENANTED', 'LEASEHOLD', 'SHARED_OWNERSHIP', 'FREEHOLD'))
);

CREATE INDEX debtor_account_dwelling_ix ON debtor_account (dwelling_id);

-- The parties liable on an account, in the order they are named on letters (1, 2, ...).
-- Held per account, as the account was saved: the same party on two accounts is two rows.
CREATE TABLE account_party (
  account_id   VARCHAR(255) NOT NULL,
  letter_order INTEGER      NOT NULL,
  party_id     VARCHAR(255) NOT NULL,
  party_role   VARCHAR(40)  NOT NULL,
  party_name   VARCHAR      NOT NULL,
  email        VARCHAR,
  telephone    VARCHAR,
  CONSTRAINT account_party_pk PRIMARY KEY (account_id, letter_order),
  CONSTRAINT account_party_once_uq UNIQUE (account_id, party_id),
  CONSTRAINT account_party_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT account_party_order_ck CHECK (letter_order >= 1)
);

CREATE INDEX account_party_party_ix ON account_party (party_id);

-- Where letters on an account go: one to four lines before the town, then town, postcode
-- (blank for an overseas address that has none) and ISO 3166 country code.
CREATE TABLE correspondence_address (
  account_id   VARCHAR(255) NOT NULL,
  line_1       VARCHAR      NOT NULL,
  line_2       VARCHAR,
  line_3       VARCHAR,
  line_4       VARCHAR,
  town         VARCHAR      NOT NULL,
  postcode     VARCHAR      NOT NULL,
  country_code VARCHAR      NOT NULL,
  CONSTRAINT correspondence_address_pk PRIMARY KEY (account_id),
  CONSTRAINT correspondence_address_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT correspondence_address_lines_ck
    CHECK ((line_3 IS NULL OR line_2 IS NOT NULL) AND (line_4 IS NULL OR line_3 IS NOT NULL))
);

-- Every ledger entry of every account, append-only. One row per entry, with a kind discriminator;
-- a column a kind does not use is NULL. entry_id rises in posting order; amount_pence is always
-- above zero and direction gives its effect on the balance (DEBIT adds, CREDIT takes off), so an
-- account's balance is SUM(CASE direction WHEN 'DEBIT' THEN amount_pence ELSE -amount_pence END).
CREATE TABLE ledger_entry (
  entry_id             BIGINT GENERATED ALWAYS AS IDENTITY,
  account_id           VARCHAR(255) NOT NULL,
  kind                 VARCHAR(20)  NOT NULL,
  direction            VARCHAR(6)   NOT NULL,
  -- The day the entry takes effect: date raised (charge), date received (payment), else its date.
  entry_date           DATE         NOT NULL,
  amount_pence         BIGINT       NOT NULL,
  -- Bank, Direct Debit or billing-run reference; a payment's reference. Unique per account.
  external_reference   VARCHAR(255),
  -- Charges and adjustments.
  charge_type          VARCHAR(40),
  due_date             DATE,
  demand_reference     VARCHAR,
  -- Charges: the period covered, half-open [period_start, period_end_exclusive).
  period_start         DATE,
  period_end_exclusive DATE,
  -- Payments and refunds.
  payment_method       VARCHAR(40),
  -- Payments, credits and write-offs: the demand the credit is aimed at.
  allocate_to          VARCHAR,
  -- Adjustments, refunds, credits and reversals: the reason as it reads on a statement.
  reason               VARCHAR,
  -- Write-offs.
  write_off_reason     VARCHAR(40),
  authorised_by        VARCHAR,
  -- Reversals: the entry undone, on the same account, and its kind.
  reverses_entry_id    BIGINT,
  reversed_kind        VARCHAR(20),
  CONSTRAINT ledger_entry_pk PRIMARY KEY (entry_id),
  CONSTRAINT ledger_entry_account_fk
    FOREIGN KEY (account_id) REFERENCES debtor_account (account_id),
  CONSTRAINT ledger_entry_account_entry_uq UNIQUE (account_id, entry_id),
  CONSTRAINT ledger_entry_external_reference_uq UNIQUE (account_id, external_reference),
  CONSTRAINT ledger_entry_reversed_once_uq UNIQUE (reverses_entry_id),
  CONSTRAINT ledger_entry_reverses_fk
    FOREIGN KEY (account_id, reverses_entry_id) REFERENCES ledger_entry (account_id, entry_id),
  CONSTRAINT ledger_entry_kind_ck CHECK (kind IN
    ('CHARGE', 'ADJUSTMENT', 'REFUND', 'PAYMENT', 'CREDIT', 'WRITE_OFF', 'REVERSAL')),
  CONSTRAINT ledger_entry_direction_ck CHECK (
    (kind IN ('CHARGE', 'ADJUSTMENT', 'REFUND') AND direction = 'DEBIT')
    OR (kind IN ('PAYMENT', 'CREDIT', 'WRITE_OFF') AND direction = 'CREDIT')
    OR (kind = 'REVERSAL' AND direction IN ('DEBIT', 'CREDIT'))),
  CONSTRAINT ledger_entry_amount_ck CHECK (amount_pence > 0),
  CONSTRAINT ledger_entry_charge_ck CHECK (
    kind NOT IN ('CHARGE', 'ADJUSTMENT') OR (charge_type IS NOT NULL AND due_date IS NOT NULL)),
  CONSTRAINT ledger_entry_period_ck CHECK (
    (period_start IS NULL AND period_end_exclusive IS NULL)
    OR (kind = 'CHARGE' AND period_start IS NOT NULL AND period_end_exclusive >= period_start)),
  CONSTRAINT ledger_entry_payment_ck CHECK (
    kind NOT IN ('PAYMENT', 'REFUND') OR payment_method IS NOT NULL),
  CONSTRAINT ledger_entry_payment_reference_ck CHECK (
    kind <> 'PAYMENT' OR external_reference IS NOT NULL),
  CONSTRAINT ledger_entry_reason_ck CHECK (
    kind NOT IN ('ADJUSTMENT', 'REFUND', 'CREDIT', 'REVERSAL') OR reason IS NOT NULL),
  CONSTRAINT ledger_entry_write_off_ck CHECK (
    kind <> 'WRITE_OFF' OR (write_off_reason IS NOT NULL AND authorised_by IS NOT NULL)),
  CONSTRAINT ledger_entry_reversal_ck CHECK (
    (kind = 'REVERSAL' AND reverses_entry_id IS NOT NULL AND reversed_kind IS NOT NULL
      AND reversed_kind <> 'REVERSAL')
    OR (kind <> 'REVERSAL' AND reverses_entry_id IS NULL AND reversed_kind IS NULL))
);
