package org.homeownership.recovery.allocation;

import java.util.Comparator;
import org.homeownership.recovery.ledger.DebitEntry;
import org.homeownership.recovery.ledger.EntryId;

/** A debit with something still outstanding, as an {@link AllocationStrategy} sees it. */
public interface OpenCharge {

  /**
   * Orders charges by their own details (due date, date raised, type, demand reference, amount),
   * then by id. Strategies end with it so that ties never depend on the order of posting.
   */
  Comparator<OpenCharge> OLDEST_DUE_FIRST =
      Comparator.comparing((OpenCharge c) -> c.charge().dueDate())
          .thenComparing(c -> c.charge().date())
          .thenComparing(c -> c.charge().chargeType())
          .thenComparing(c -> c.charge().demandReference().orElse(""))
          .thenComparing(c -> c.charge().amount())
          .thenComparing(OpenCharge::id);

  /** The debit's id in the ledger. */
  EntryId id();

  /** The debit. */
  DebitEntry charge();
}
