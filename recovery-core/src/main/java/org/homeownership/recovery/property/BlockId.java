package org.homeownership.recovery.property;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The council's reference for a block: the pool over which block costs are shared.
 *
 * @param value the reference; not blank
 */
public record BlockId(String value) implements Comparable<BlockId> {

  /** Checks the reference is not blank. */
  public BlockId {
    checkArgument(!value.isBlank(), "block id is blank");
  }

  /** Returns the estate id with the given reference. */
  public static BlockId of(String value) {
    return new BlockId(value);
  }

  @Override
  public int compareTo(BlockId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
