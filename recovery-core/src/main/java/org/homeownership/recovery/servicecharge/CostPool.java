package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.EstateId;

/**
 * The dwellings over which a cost is shared: every dwelling in a block, or every dwelling on an
 * estate, tenanted ones included.
 *
 * @param kind block or estate
 * @param id the block's or estate's reference
 */
public record CostPool(Kind kind, String id) {

  /** Whether a pool is a block or an estate. */
  public enum Kind {
    /** Every dwelling in one block. */
    BLOCK,
    /** Every dwelling on one estate. */
    ESTATE
  }

  /** Checks both parts are given. */
  public CostPool {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
  }

  /** The pool of every dwelling in {@code block}. */
  public static CostPool block(BlockId block) {
    return new CostPool(Kind.BLOCK, block.value());
  }

  /** The pool of every dwelling on {@code estate}. */
  public static CostPool estate(EstateId estate) {
    return new CostPool(Kind.ESTATE, estate.value());
  }

  /** True if {@code dwelling} is in this pool. */
  public boolean contains(Dwelling dwelling) {
    return kind == Kind.BLOCK
        ? dwelling.block().map(b -> b.value().equals(id)).orElse(false)
        : dwelling.estate().value().equals(id);
  }

  @Override
  public String toString() {
    return (kind == Kind.BLOCK ? "block " : "estate ") + id;
  }
}
