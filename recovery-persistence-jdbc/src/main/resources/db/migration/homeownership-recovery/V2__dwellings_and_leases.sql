-- Home Ownership recovery: dwellings with the attributes apportionment uses, and lease terms.
--
-- Portable SQL for PostgreSQL 12+ and H2 2.x. Money is whole pence in BIGINT. The decimal
-- attributes (rateable value, gross value, floor area, fixed percentages, an interest rate) are
-- weights reproduced exactly in audit trails, so they are kept as their exact decimal text:
-- H2's unqualified NUMERIC has scale 0 (it would round 0.0021 to 0), and a fixed scale would
-- change the value's scale. There is no floating point anywhere.

CREATE TABLE dwelling (
  dwelling_id             VARCHAR(255) NOT NULL,
  estate_id               VARCHAR(255) NOT NULL,
  block_id                VARCHAR(255),
  tenure                  VARCHAR(40)  NOT NULL,
  rateable_value          VARCHAR(60),
  gross_value             VARCHAR(60),
  floor_area              VARCHAR(60),
  bedrooms                INTEGER,
  bed_spaces              INTEGER,
  fixed_block_percentage  VARCHAR(60),
  fixed_estate_percentage VARCHAR(60),
  CONSTRAINT dwelling_pk PRIMARY KEY (dwelling_id),
  CONSTRAINT dwelling_tenure_ck
    CHECK (tenure IN ('TENANTED', 'LEASEHOLD', 'SHARED_OWNERSHIP', 'FREEHOLD')),
  CONSTRAINT dwelling_rooms_ck CHECK (bedrooms >= 0 AND bed_spaces >= 0)
);

CREATE INDEX dwelling_estate_ix ON dwelling (estate_id);
CREATE INDEX dwelling_block_ix ON dwelling (block_id);

CREATE TABLE lease (
  dwelling_id                VARCHAR(255) NOT NULL,
  lease_date                 DATE         NOT NULL,
  block_basis                VARCHAR(40)  NOT NULL,
  estate_basis               VARCHAR(40)  NOT NULL,
  service_charge_year_month  INTEGER      NOT NULL,
  service_charge_year_day    INTEGER      NOT NULL,
  instalment_plan            VARCHAR(40)  NOT NULL,
  ground_rent_pence          BIGINT,
  interest_percent_over_base VARCHAR(60),
  interest_grace_days        INTEGER,
  right_to_buy_grant_date    DATE,
  initial_period_end         DATE,
  section125_notice_date     DATE,
  CONSTRAINT lease_pk PRIMARY KEY (dwelling_id),
  CONSTRAINT lease_dwelling_fk FOREIGN KEY (dwelling_id) REFERENCES dwelling (dwelling_id),
  CONSTRAINT lease_ground_rent_ck CHECK (ground_rent_pence >= 0),
  CONSTRAINT lease_interest_ck
    CHECK ((interest_percent_over_base IS NULL AND interest_grace_days IS NULL)
      OR (interest_percent_over_base IS NOT NULL AND interest_grace_days >= 0))
);

-- The days each year the ground rent falls due under the lease, in the lease's order.
CREATE TABLE lease_ground_rent_due (
  dwelling_id VARCHAR(255) NOT NULL,
  position    INTEGER      NOT NULL,
  due_month   INTEGER      NOT NULL,
  due_day     INTEGER      NOT NULL,
  CONSTRAINT lease_ground_rent_due_pk PRIMARY KEY (dwelling_id, position),
  CONSTRAINT lease_ground_rent_due_lease_fk
    FOREIGN KEY (dwelling_id) REFERENCES lease (dwelling_id)
);

-- The Right to Buy s.125 notice's itemised estimates, in the notice's order.
CREATE TABLE lease_right_to_buy_estimate (
  dwelling_id        VARCHAR(255) NOT NULL,
  position           INTEGER      NOT NULL,
  works              VARCHAR      NOT NULL,
  contribution_pence BIGINT       NOT NULL,
  CONSTRAINT lease_right_to_buy_estimate_pk PRIMARY KEY (dwelling_id, position),
  CONSTRAINT lease_right_to_buy_estimate_lease_fk
    FOREIGN KEY (dwelling_id) REFERENCES lease (dwelling_id)
);
