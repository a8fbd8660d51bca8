package org.homeownership.recovery.money;

import static java.util.Objects.requireNonNull;

/**
 * Who bears the pence left over when an amount is split into whole-penny shares.
 *
 * <p>No UK source fixes a rounding-residue rule for apportionment (see LAW-AND-PRACTICE.md,
 * Appendix A item 1), so the rule is always named in the code and in the output.
 *
 * @param <K> the key type of the shares
 */
public sealed interface ResiduePolicy<K> {

  /** A short name of the rule, printed in outputs and audit trails. */
  String describe();

  /**
   * Largest remainder: every share is first rounded down, then the pence left over go one each to
   * the shares with the largest fractional remainders; equal remainders go to the smaller key.
   * Every share is within 1p of its exact proportion.
   */
  static <K> ResiduePolicy<K> largestRemainder() {
    return new LargestRemainder<>();
  }

  /**
   * Round each share half-up to the penny and give the residue (positive or negative) to a named
   * bearer, such as the council's tenanted pool. Every share but the bearer's is within ½p of its
   * exact proportion; the bearer's absorbs the residue, so it may differ by more.
   *
   * @param bearer the key of the share that bears the residue; it must be one of the shares and
   *     have a weight above zero
   */
  static <K> ResiduePolicy<K> halfUpWithResidueTo(K bearer) {
    return new HalfUpWithBearer<>(bearer);
  }

  /** See {@link ResiduePolicy#largestRemainder()}. */
  record LargestRemainder<K>() implements ResiduePolicy<K> {
    @Override
    public String describe() {
      return "largest remainder, ties to the smaller key";
    }
  }

  /**
   * See {@link ResiduePolicy#halfUpWithResidueTo(Object)}.
   *
   * @param bearer the key of the share that bears the residue
   */
  record HalfUpWithBearer<K>(K bearer) implements ResiduePolicy<K> {
    /** Checks the bearer is given. */
    public HalfUpWithBearer {
      requireNonNull(bearer, "bearer");
    }

    @Override
    public String describe() {
      return "round half up, residue to " + bearer;
    }
  }
}
