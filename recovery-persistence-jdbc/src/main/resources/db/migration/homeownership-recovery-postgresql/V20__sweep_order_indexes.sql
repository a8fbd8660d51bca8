-- Home Ownership recovery, PostgreSQL only: indexes in the order the portfolio sweep reads.
--
-- JdbcStore.portfolio() reads every account and every ledger entry ordered by account id
-- COLLATE "C" (code-point order, the order Java compares strings in), whatever the database's own
-- collation. The unique keys on account_id use the column's collation, so PostgreSQL sorted the
-- whole ledger before handing over the first row (EXPLAIN: Sort on account_id COLLATE "C",
-- entry_id over a sequential scan; docs/performance.md, round 3). With these indexes it reads in
-- index order and streams from the first row.
--
-- H2 has no COLLATE in index definitions and compares as Java does already, so this file lives
-- apart from the portable migrations and RecoverySchema applies it on PostgreSQL only.

CREATE INDEX ledger_entry_sweep_ix ON ledger_entry (account_id COLLATE "C", entry_id);

CREATE INDEX debtor_account_sweep_ix ON debtor_account (account_id COLLATE "C");
