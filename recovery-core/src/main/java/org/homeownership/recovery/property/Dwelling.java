package org.homeownership.recovery.property;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A dwelling on an estate, in a block or not (a house), with its tenure and the attributes that
 * apportionment bases use. An attribute is needed only when a basis that uses it applies; the
 * apportionment names the dwelling and the attribute when one is missing.
 *
 * <p>Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class Dwelling {

  Dwelling() {}

  /** A new builder. */
  public static ImmutableDwelling.Builder builder() {
    return ImmutableDwelling.builder();
  }

  /** The dwelling's reference. */
  public abstract DwellingId id();

  /** The estate it stands on. */
  public abstract EstateId estate();

  /** The block it is in; empty for a house. */
  public abstract Optional<BlockId> block();

  /** How it is held. */
  public abstract Tenure tenure();

  /** Its rateable value under the pre-1990 domestic rates, in pounds. */
  public abstract Optional<BigDecimal> rateableValue();

  /** Its gross value, in pounds. */
  public abstract Optional<BigDecimal> grossValue();

  /** Its floor area in square metres. */
  public abstract Optional<BigDecimal> floorArea();

  /** Its number of bedrooms; 0 for a bedsit. */
  public abstract OptionalInt bedrooms();

  /** Its number of bed spaces. */
  public abstract OptionalInt bedSpaces();

  /** Its fixed percentage of block costs, as the leases in the block set them out. */
  public abstract Optional<BigDecimal> fixedBlockPercentage();

  /** Its fixed percentage of estate costs, as the leases on the estate set them out. */
  public abstract Optional<BigDecimal> fixedEstatePercentage();

  @Value.Check
  void check() {
    requireNotNegative("rateable value", rateableValue());
    requireNotNegative("gross value", grossValue());
    requireNotNegative("floor area", floorArea());
    requireNotNegative("fixed block percentage", fixedBlockPercentage());
    requireNotNegative("fixed estate percentage", fixedEstatePercentage());
    if (bedrooms().orElse(0) < 0 || bedSpaces().orElse(0) < 0) {
      throw new IllegalArgumentException("dwelling " + id() + " has a negative room count");
    }
  }

  private void requireNotNegative(String attribute, Optional<BigDecimal> value) {
    if (value.isPresent() && value.get().signum() < 0) {
      throw new IllegalArgumentException(
          "dwelling " + id() + " has a negative " + attribute + ": " + value.get().toPlainString());
    }
  }
}
