-- Home Ownership recovery, PostgreSQL only: two fewer index entries for every ledger insert, the
-- same rules kept; and the sweep's accounts read in index order.
--
-- Posting was found to spend most of its server time inserting into ledger_entry, which kept five
-- indexes (docs/performance-round4-stores.md). Two of them are changed here (1 and 2), without changing
-- anything the store allows or refuses:
--
-- 1. ledger_entry_account_entry_uq, UNIQUE (account_id, entry_id), existed only so that the
--    reversal foreign key (a reversal names an entry on its own account) had a key to point at,
--    and V20's ledger_entry_sweep_ix indexed the same two columns again in COLLATE "C" order for
--    the portfolio sweep. One unique index in sweep order now does both jobs. (account_id,
--    entry_id) is unique either way (entry_id alone is the primary key), and both collations
--    compare ids as equal exactly when they are the same characters (both are deterministic), so
--    the foreign key accepts and refuses exactly what it did.
-- 2. ledger_entry_reversed_once_uq, UNIQUE (reverses_entry_id), indexed the NULL of every entry
--    that is not a reversal. NULLs never clash under UNIQUE, so a partial unique index over the
--    reversals only refuses the same second reversal and is not touched by other inserts.
--
-- The portable migrations keep the original constraints (H2 has neither COLLATE in an index nor
-- partial indexes); this file lives apart from them and RecoverySchema applies it on PostgreSQL
-- only. On an existing database the foreign key is checked again over every reversal when it is
-- added back.

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_reverses_fk;

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_account_entry_uq;

DROP INDEX ledger_entry_sweep_ix;

CREATE UNIQUE INDEX ledger_entry_sweep_uq ON ledger_entry (account_id COLLATE "C", entry_id);

ALTER TABLE ledger_entry ADD CONSTRAINT ledger_entry_reverses_fk
  FOREIGN KEY (account_id, reverses_entry_id) REFERENCES ledger_entry (account_id, entry_id);

ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_reversed_once_uq;

CREATE UNIQUE INDEX ledger_entry_reversed_once_uq ON ledger_entry (reverses_entry_id)
  WHERE reverses_entry_id IS NOT NULL;

-- 3. The sweep's accounts query (AccountRows.selectAll) joins each account to its address and
--    parties and reads them in COLLATE "C" order. The JDBC driver reads it through a portal, which
--    PostgreSQL plans for the whole result, so it hashed the three tables and sorted every account
--    before the first row: at 1,000,000 accounts about a minute of server time before the sweep
--    could start (docs/performance-round4-stores.md). With the joins comparing ids in COLLATE "C"
--    and these indexes, the three tables are merged in index order instead.

CREATE INDEX account_party_sweep_ix ON account_party (account_id COLLATE "C", letter_order);

CREATE INDEX correspondence_address_sweep_ix ON correspondence_address (account_id COLLATE "C");
