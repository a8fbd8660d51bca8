package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.PenceSplitter;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.money.Split;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;

/**
 * Apportions a service charge budget over the dwellings of its blocks and estates.
 *
 * <p>Each head is shared over every dwelling in its pool by the basis the leases in the pool name
 * for block or estate costs (the lease governs, LAW-AND-PRACTICE.md §4). Tenanted dwellings count
 * in the denominator and the council bears their share; leasehold, shared ownership and freehold
 * dwellings are billed. Shares are exact pence by {@link PenceSplitter}: the billed shares plus the
 * council's part always equal the head's total, and the residue rule is named on every line. A
 * management fee, where the budget has one, is charged on each bill's subtotal.
 *
 * <p>Problems in the data are refused with a message naming the pool, dwelling and attribute: a
 * billed dwelling with no lease, leases in one pool that name different bases, a dwelling missing
 * the attribute its basis needs, fixed percentages that do not total 100%.
 */
public final class ServiceChargeApportioner {

  private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);

  private final ApportionmentPolicy policy;

  /** An apportioner applying {@code policy}. */
  public ServiceChargeApportioner(ApportionmentPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** The policy this apportioner applies. */
  ApportionmentPolicy policy() {
    return policy;
  }

  /**
   * Apportions {@code budget} over {@code dwellings}, whose leases are {@code leases}.
   *
   * @throws IllegalArgumentException naming what is wrong, if the data cannot be apportioned
   */
  public Apportionment apportion(
      ServiceChargeBudget budget, Collection<Dwelling> dwellings, Collection<Lease> leases) {
    return apportion(budget, dwellings, leases, true);
  }

  /**
   * {@link #apportion}, by pool or not. By pool ({@link PooledApportionment}), each pool's weights
   * are worked out once for all the heads it shares and the lines gathered by the dwelling's
   * position; otherwise head by head through {@link PenceSplitter}, as the exact path every result
   * of the pooled one must equal (a property test calls both). Dwellings given twice under one id
   * always take the exact path.
   */
  Apportionment apportion(
      ServiceChargeBudget budget,
      Collection<Dwelling> dwellings,
      Collection<Lease> leases,
      boolean byPool) {
    if (byPool) {
      Dwelling[] given = dwellings.toArray(new Dwelling[0]);
      Set<DwellingId> ids = new HashSet<>(given.length * 2);
      boolean unique = true;
      for (Dwelling dwelling : given) {
        unique &= ids.add(dwelling.id());
      }
      if (unique) {
        return new PooledApportionment(this, budget, given, leases).apportion();
      }
    }
    return apportionHeadByHead(budget, dwellings, leases);
  }

  /** The exact path: each head shared through {@link PenceSplitter} on its own. */
  private Apportionment apportionHeadByHead(
      ServiceChargeBudget budget, Collection<Dwelling> dwellings, Collection<Lease> leases) {
    Map<DwellingId, Lease> leaseOf = new TreeMap<>();
    leases.forEach(lease -> leaseOf.put(lease.dwelling(), lease));
    Map<CostPool, List<Dwelling>> pools = new HashMap<>();
    for (Dwelling dwelling : dwellings) {
      pools
          .computeIfAbsent(CostPool.estate(dwelling.estate()), p -> new ArrayList<>())
          .add(dwelling);
      dwelling
          .block()
          .ifPresent(
              block ->
                  pools
                      .computeIfAbsent(CostPool.block(block), p -> new ArrayList<>())
                      .add(dwelling));
    }
    Map<DwellingId, List<ApportionmentLine>> lines = new TreeMap<>();
    Map<String, Money> councilShares = new LinkedHashMap<>();
    for (CostHead head : budget.heads()) {
      List<Dwelling> members = pools.getOrDefault(head.pool(), List.of());
      if (members.isEmpty()) {
        throw new IllegalArgumentException(
            "cost head '" + head.name() + "': " + head.pool() + " has no dwellings");
      }
      Money council =
          head.isDirect()
              ? chargeDirectly(head, members, lines)
              : share(head, members, leaseOf, lines);
      councilShares.put(Apportionment.key(head), council);
    }
    ImmutableSortedMap.Builder<DwellingId, ServiceChargeBill> bills =
        ImmutableSortedMap.naturalOrder();
    lines.forEach(
        (dwelling, dwellingLines) -> {
          Money subtotal =
              dwellingLines.stream().map(ApportionmentLine::share).reduce(Money.ZERO, Money::plus);
          Optional<ManagementFee> fee =
              budget
                  .managementFeeRate()
                  .map(rate -> ManagementFee.on(subtotal, rate, policy.managementFeeRounding()));
          bills.put(
              dwelling,
              new ServiceChargeBill(
                  dwelling,
                  budget.year(),
                  budget.stage(),
                  ImmutableList.copyOf(dwellingLines),
                  fee));
        });
    return new Apportionment(budget, bills.build(), ImmutableMap.copyOf(councilShares));
  }

  /**
   * Charges a direct head to the dwellings it names, a line each in {@code lines}; returns the part
   * charged to tenanted dwellings, which the council bears.
   */
  Money chargeDirectly(
      CostHead head, List<Dwelling> members, Map<DwellingId, List<ApportionmentLine>> lines) {
    Money council = Money.ZERO;
    for (Map.Entry<DwellingId, Money> direct : head.directCharges().entrySet()) {
      Dwelling dwelling =
          members.stream()
              .filter(d -> d.id().equals(direct.getKey()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cost head '"
                              + head.name()
                              + "' charges dwelling "
                              + direct.getKey()
                              + ", which is not in "
                              + head.pool()));
      if (dwelling.tenure() == Tenure.TENANTED) {
        council = council.plus(direct.getValue());
        continue;
      }
      BigDecimal amount = direct.getValue().pounds();
      lines
          .computeIfAbsent(dwelling.id(), d -> new ArrayList<>())
          .add(
              new ApportionmentLine(
                  dwelling.id(),
                  head.name(),
                  head.pool(),
                  head.total(),
                  ApportionmentBasis.DIRECT_CHARGE,
                  amount,
                  head.total().pounds(),
                  direct.getValue(),
                  "charged directly, no rounding"));
    }
    return council;
  }

  private Money share(
      CostHead head,
      List<Dwelling> members,
      Map<DwellingId, Lease> leaseOf,
      Map<DwellingId, List<ApportionmentLine>> lines) {
    List<Dwelling> billed = members.stream().filter(d -> d.tenure() != Tenure.TENANTED).toList();
    if (billed.isEmpty()) {
      return head.total();
    }
    ApportionmentBasis basis = basisOf(head, billed, leaseOf);
    Map<ShareKey, BigDecimal> weights = new TreeMap<>();
    Map<DwellingId, BigDecimal> dwellingWeights = new TreeMap<>();
    BigDecimal councilWeight = BigDecimal.ZERO;
    for (Dwelling dwelling : members) {
      BigDecimal weight = weightOf(dwelling, basis, head);
      if (dwelling.tenure() == Tenure.TENANTED) {
        councilWeight = councilWeight.add(weight);
      } else {
        weights.put(ShareKey.of(dwelling.id()), weight);
        dwellingWeights.put(dwelling.id(), weight);
      }
    }
    weights.put(ShareKey.COUNCIL, councilWeight);
    if (basis == ApportionmentBasis.FIXED_PERCENTAGE) {
      checkOneHundred(head, weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }
    ResiduePolicy<ShareKey> residue = residue(councilWeight);
    String rule = rule(councilWeight, residue);
    Split<ShareKey> split = PenceSplitter.split(head.total(), weights, residue);
    BigDecimal poolWeight = split.totalWeight();
    dwellingWeights.forEach(
        (dwelling, weight) -> {
          ShareKey key = ShareKey.of(dwelling);
          lines
              .computeIfAbsent(dwelling, d -> new ArrayList<>())
              .add(
                  new ApportionmentLine(
                      dwelling,
                      head.name(),
                      head.pool(),
                      head.total(),
                      basis,
                      weight,
                      poolWeight,
                      split.share(key),
                      rule));
        });
    return split.share(ShareKey.COUNCIL);
  }

  /** Refuses fixed percentages in the head's pool that do not total exactly 100. */
  static void checkOneHundred(CostHead head, BigDecimal total) {
    if (total.compareTo(ONE_HUNDRED) != 0) {
      throw new IllegalArgumentException(
          "cost head '"
              + head.name()
              + "': the fixed percentages in "
              + head.pool()
              + " total "
              + total.toPlainString()
              + "%, not 100%");
    }
  }

  /** Who bears the residue: the council's tenanted pool if the policy says so and it has weight. */
  ResiduePolicy<ShareKey> residue(BigDecimal councilWeight) {
    return policy.residueRule() == ResidueRule.COUNCIL_BEARS && councilWeight.signum() > 0
        ? ResiduePolicy.halfUpWithResidueTo(ShareKey.COUNCIL)
        : ResiduePolicy.largestRemainder();
  }

  /** The residue rule in words, as every audit line names it. */
  String rule(BigDecimal councilWeight, ResiduePolicy<ShareKey> residue) {
    return policy.residueRule() == ResidueRule.COUNCIL_BEARS && councilWeight.signum() == 0
        ? "largest remainder, ties to the smaller dwelling id (no tenanted dwellings to bear"
            + " the residue)"
        : describe(residue);
  }

  private static String describe(ResiduePolicy<ShareKey> residue) {
    return residue instanceof ResiduePolicy.HalfUpWithBearer
        ? "each share rounded half-up; the council's tenanted pool bears the residue"
        : "largest remainder, ties to the smaller dwelling id, the council's tenanted pool last";
  }

  /** The one basis the billed dwellings' leases name for the head's pool, or a refusal. */
  static ApportionmentBasis basisOf(
      CostHead head, List<Dwelling> billed, Map<DwellingId, Lease> leaseOf) {
    Map<ApportionmentBasis, List<DwellingId>> bases = new TreeMap<>();
    for (Dwelling dwelling : billed) {
      Lease lease = leaseOf.get(dwelling.id());
      if (lease == null) {
        throw new IllegalArgumentException(
            "cost head '"
                + head.name()
                + "': dwelling "
                + dwelling.id()
                + " is "
                + dwelling.tenure()
                + " but has no lease terms");
      }
      ApportionmentBasis basis =
          head.pool().kind() == CostPool.Kind.BLOCK ? lease.blockBasis() : lease.estateBasis();
      bases.computeIfAbsent(basis, b -> new ArrayList<>()).add(dwelling.id());
    }
    if (bases.size() > 1) {
      throw new IllegalArgumentException(
          "cost head '"
              + head.name()
              + "': the leases in "
              + head.pool()
              + " name different bases: "
              + bases.entrySet().stream()
                  .map(e -> e.getKey().displayName() + " " + e.getValue())
                  .collect(Collectors.joining(", ")));
    }
    ApportionmentBasis basis = bases.keySet().iterator().next();
    if (basis == ApportionmentBasis.DIRECT_CHARGE) {
      throw new IllegalArgumentException(
          "cost head '"
              + head.name()
              + "': the leases in "
              + head.pool()
              + " name direct charging, but the head gives no direct charges");
    }
    return basis;
  }

  /** The dwelling's weight by {@code basis}, or a refusal naming the missing attribute. */
  BigDecimal weightOf(Dwelling dwelling, ApportionmentBasis basis, CostHead head) {
    boolean block = head.pool().kind() == CostPool.Kind.BLOCK;
    return switch (basis) {
      case RATEABLE_VALUE -> required(dwelling, "rateable value", dwelling.rateableValue());
      case GROSS_VALUE -> required(dwelling, "gross value", dwelling.grossValue());
      case FLOOR_AREA -> required(dwelling, "floor area", dwelling.floorArea());
      case BED_SPACES ->
          BigDecimal.valueOf(
              dwelling.bedSpaces().orElseThrow(() -> missing(dwelling, "bed spaces")));
      case BEDROOM_WEIGHTING -> {
        int bedrooms = dwelling.bedrooms().orElseThrow(() -> missing(dwelling, "bedrooms"));
        BigDecimal weight = policy.bedroomWeights().get(bedrooms);
        if (weight == null) {
          throw new IllegalArgumentException(
              "dwelling "
                  + dwelling.id()
                  + " has "
                  + bedrooms
                  + " bedrooms, which the bedroom weighting table does not list");
        }
        yield weight;
      }
      case EQUAL_SHARES -> BigDecimal.ONE;
      case FIXED_PERCENTAGE ->
          block
              ? required(dwelling, "fixed block percentage", dwelling.fixedBlockPercentage())
              : required(dwelling, "fixed estate percentage", dwelling.fixedEstatePercentage());
      case DIRECT_CHARGE -> throw new IllegalStateException("direct charges are not weighted");
    };
  }

  private static BigDecimal required(
      Dwelling dwelling, String attribute, Optional<BigDecimal> value) {
    return value.orElseThrow(() -> missing(dwelling, attribute));
  }

  private static IllegalArgumentException missing(Dwelling dwelling, String attribute) {
    return new IllegalArgumentException(
        "dwelling " + dwelling.id() + " has no " + attribute + ", which its basis needs");
  }

  /** A share's key: a billed dwelling, or the council's tenanted pool, which sorts last. */
  record ShareKey(String dwelling) implements Comparable<ShareKey> {
    static final ShareKey COUNCIL = new ShareKey("");

    static ShareKey of(DwellingId dwelling) {
      return new ShareKey(dwelling.value());
    }

    @Override
    public int compareTo(ShareKey other) {
      if (dwelling.isEmpty() || other.dwelling.isEmpty()) {
        return Boolean.compare(dwelling.isEmpty(), other.dwelling.isEmpty());
      }
      return dwelling.compareTo(other.dwelling);
    }

    @Override
    public String toString() {
      return dwelling.isEmpty() ? "the council's tenanted pool" : dwelling;
    }
  }
}
