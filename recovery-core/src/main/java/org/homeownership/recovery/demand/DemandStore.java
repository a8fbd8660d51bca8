package org.homeownership.recovery.demand;

import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.audit.AuditLog;
import org.homeownership.recovery.audit.AuditedEntity;
import org.homeownership.recovery.audit.Change;
import org.homeownership.recovery.ledger.UnknownAccountException;

/**
 * Port: where the service charge and administration charge demands served on each account are kept,
 * as served (what they asked for, what went with them, what they said about the landlord, the costs
 * behind them), so that a case file's {@link DemandAssessment}s can be worked out again from them
 * with {@link DemandChecks} (LAW-AND-PRACTICE.md §1.3–§1.5). Append-only: a demand once served is
 * never changed; a corrected demand is a new demand with its own reference. Each demand recorded
 * writes an audit line ({@link AuditedEntity#SERVICE_CHARGE_DEMAND}, by account id) in the same
 * transaction; its version is the number of demands the account then has.
 */
public interface DemandStore {

  /**
   * Keeps {@code demand} and records {@code change} in the {@link AuditLog}.
   *
   * @throws UnknownAccountException if the demand's account is not stored; nothing is written
   * @throws IllegalArgumentException if the account already has a demand with the same reference;
   *     nothing is written
   */
  void recordServed(ServiceChargeDemand demand, Change change);

  /**
   * The demands served on {@code account}, by the day served, and those served on the same day in
   * the order they were kept; empty if none.
   */
  List<ServiceChargeDemand> demands(AccountId account);
}
