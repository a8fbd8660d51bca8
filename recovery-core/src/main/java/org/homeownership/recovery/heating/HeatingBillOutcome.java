package org.homeownership.recovery.heating;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.homeownership.recovery.property.DwellingId;

/**
 * What billing a dwelling's heating for a period gives: a bill, a fall-back to the apportioned
 * heating charge for a dwelling without a meter, or no bill with the reasons.
 */
public sealed interface HeatingBillOutcome {

  /** Why the outcome is what it is. */
  List<String> reasons();

  /**
   * A bill was made.
   *
   * @param bill the bill with its charges and explanation
   */
  record Billed(HeatingBill bill) implements HeatingBillOutcome {
    /** Checks the bill is given. */
    public Billed {
      requireNonNull(bill, "bill");
    }

    @Override
    public List<String> reasons() {
      return bill.explanation();
    }
  }

  /**
   * The dwelling has no heat meter, so its heating is recovered as an apportioned heating charge
   * within the service charge, apportioned like other costs (LAW-AND-PRACTICE.md §9.3). The
   * apportionment is built elsewhere; this outcome records the decision and why.
   *
   * @param dwelling the dwelling
   * @param reasons why it falls back
   */
  record ApportionedFallback(DwellingId dwelling, List<String> reasons)
      implements HeatingBillOutcome {
    /** Checks every part is given and copies the reasons. */
    public ApportionedFallback {
      requireNonNull(dwelling, "dwelling");
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * No bill can be made from these inputs; the reasons say what to fix.
   *
   * @param reasons why not
   */
  record NotBilled(List<String> reasons) implements HeatingBillOutcome {
    /** Copies the reasons, which must not be empty. */
    public NotBilled {
      reasons = List.copyOf(reasons);
      if (reasons.isEmpty()) {
        throw new IllegalArgumentException("reasons must not be empty");
      }
    }
  }
}
