package org.homeownership.recovery.servicecharge;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.homeownership.recovery.property.BlockId;
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
   * {@link #apportion}, by pool or not. By pool, each pool's weights are worked out once for all
   * the heads it shares ({@link PoolShares}) and the lines gathered by the dwelling's position;
   * otherwise head by head through {@link PenceSplitter}, as the exact path every result of the
   * pooled one must equal (a property test calls both). Dwellings given twice under one id always
   * take the exact path.
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
        return apportionByPool(budget, given, leases);
      }
    }
    return apportionHeadByHead(budget, dwellings, leases);
  }

  private Apportionment apportionByPool(
      ServiceChargeBudget budget, Dwelling[] dwellings, Collection<Lease> leases) {
    Map<DwellingId, Lease> leaseOf = new HashMap<>(leases.size() * 2);
    leases.forEach(lease -> leaseOf.put(lease.dwelling(), lease));
    Map<CostPool, PoolMembers> pools = new HashMap<>();
    for (int d = 0; d < dwellings.length; d++) {
      Dwelling dwelling = dwellings[d];
      pools.computeIfAbsent(CostPool.estate(dwelling.estate()), p -> new PoolMembers()).add(d);
      Optional<BlockId> block = dwelling.block();
      if (block.isPresent()) {
        pools.computeIfAbsent(CostPool.block(block.get()), p -> new PoolMembers()).add(d);
      }
    }
    Map<CostPool, Integer> headsOf = new HashMap<>();
    budget.heads().forEach(head -> headsOf.merge(head.pool(), 1, Integer::sum));
    Map<CostPool, Optional<PoolShares>> shares = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<ApportionmentLine>[] lines = new List[dwellings.length];
    Map<String, Money> councilShares = new LinkedHashMap<>();
    for (CostHead head : budget.heads()) {
      PoolMembers members = pools.get(head.pool());
      if (members == null) {
        throw new IllegalArgumentException(
            "cost head '" + head.name() + "': " + head.pool() + " has no dwellings");
      }
      Money council;
      if (head.isDirect()) {
        Map<DwellingId, List<ApportionmentLine>> direct = new LinkedHashMap<>();
        council = chargeDirectly(head, members.dwellings(dwellings), direct);
        direct.forEach(
            (id, charged) -> {
              int d = members.indexOf(id, dwellings);
              lines(lines, d, dwellings[d], headsOf).addAll(charged);
            });
      } else {
        Optional<PoolShares> pool = shares.get(head.pool());
        if (pool == null) {
          pool = poolShares(head, members, dwellings, leaseOf);
          shares.put(head.pool(), pool);
        }
        council =
            pool.isPresent() ? share(head, pool.get(), lines, dwellings, headsOf) : head.total();
      }
      councilShares.put(Apportionment.key(head), council);
    }
    ImmutableSortedMap.Builder<DwellingId, ServiceChargeBill> bills =
        ImmutableSortedMap.naturalOrder();
    for (int d = 0; d < dwellings.length; d++) {
      List<ApportionmentLine> dwellingLines = lines[d];
      if (dwellingLines != null) {
        bills.put(dwellings[d].id(), bill(budget, dwellings[d].id(), dwellingLines));
      }
    }
    return new Apportionment(budget, bills.build(), ImmutableMap.copyOf(councilShares));
  }

  private ServiceChargeBill bill(
      ServiceChargeBudget budget, DwellingId dwelling, List<ApportionmentLine> dwellingLines) {
    long pence = 0;
    for (ApportionmentLine line : dwellingLines) {
      pence = Math.addExact(pence, line.share().pence());
    }
    Money subtotal = Money.ofPence(pence);
    Optional<ManagementFee> fee =
        budget
            .managementFeeRate()
            .map(rate -> ManagementFee.on(subtotal, rate, policy.managementFeeRounding()));
    return new ServiceChargeBill(
        dwelling, budget.year(), budget.stage(), ImmutableList.copyOf(dwellingLines), fee);
  }

  /** The lines of dwelling {@code d}, made room for its pools' heads when first asked. */
  private static List<ApportionmentLine> lines(
      List<ApportionmentLine>[] lines, int d, Dwelling dwelling, Map<CostPool, Integer> headsOf) {
    List<ApportionmentLine> dwellingLines = lines[d];
    if (dwellingLines == null) {
      int heads = headsOf.getOrDefault(CostPool.estate(dwelling.estate()), 0);
      Optional<BlockId> block = dwelling.block();
      if (block.isPresent()) {
        heads += headsOf.getOrDefault(CostPool.block(block.get()), 0);
      }
      dwellingLines = new ArrayList<>(heads);
      lines[d] = dwellingLines;
    }
    return dwellingLines;
  }

  /**
   * The pool's weights for {@code head}, the first head it shares, refused as {@link #share}
   * refuses them; empty if no dwelling in the pool is billed.
   */
  private Optional<PoolShares> poolShares(
      CostHead head, PoolMembers members, Dwelling[] dwellings, Map<DwellingId, Lease> leaseOf) {
    List<Dwelling> billed = new ArrayList<>();
    int[] billedIndex = new int[members.size];
    for (int m = 0; m < members.size; m++) {
      Dwelling dwelling = dwellings[members.index[m]];
      if (dwelling.tenure() != Tenure.TENANTED) {
        billedIndex[billed.size()] = members.index[m];
        billed.add(dwelling);
      }
    }
    if (billed.isEmpty()) {
      return Optional.empty();
    }
    ApportionmentBasis basis = basisOf(head, billed, leaseOf);
    BigDecimal[] weights = new BigDecimal[billed.size()];
    BigDecimal councilWeight = BigDecimal.ZERO;
    int b = 0;
    for (int m = 0; m < members.size; m++) {
      Dwelling dwelling = dwellings[members.index[m]];
      BigDecimal weight = weightOf(dwelling, basis, head);
      if (dwelling.tenure() == Tenure.TENANTED) {
        councilWeight = councilWeight.add(weight);
      } else {
        weights[b++] = weight;
      }
    }
    if (basis == ApportionmentBasis.FIXED_PERCENTAGE) {
      BigDecimal total = councilWeight;
      for (BigDecimal weight : weights) {
        total = total.add(weight);
      }
      checkOneHundred(head, total);
    }
    ResiduePolicy<ShareKey> residue = residue(councilWeight);
    return Optional.of(
        new PoolShares(
            basis,
            billed.toArray(new Dwelling[0]),
            Arrays.copyOf(billedIndex, billed.size()),
            weights,
            councilWeight,
            residue,
            rule(councilWeight, residue)));
  }

  /** Shares {@code head} by its pool's weights, adding a line to each billed dwelling's. */
  private static Money share(
      CostHead head,
      PoolShares pool,
      List<ApportionmentLine>[] lines,
      Dwelling[] dwellings,
      Map<CostPool, Integer> headsOf) {
    long[] shares = pool.split(head.total());
    for (int k = 0; k < pool.billed.length; k++) {
      int d = pool.billedIndex[k];
      lines(lines, d, dwellings[d], headsOf)
          .add(
              new ApportionmentLine(
                  pool.billed[k].id(),
                  head.name(),
                  head.pool(),
                  head.total(),
                  pool.basis,
                  pool.weight[k],
                  pool.poolWeight,
                  Money.ofPence(shares[k]),
                  pool.rule));
    }
    return Money.ofPence(shares[pool.billed.length]);
  }

  /** The dwellings of one pool, by their position in the dwellings given, in the order given. */
  private static final class PoolMembers {
    int[] index = new int[16];
    int size;

    void add(int d) {
      if (size == index.length) {
        index = Arrays.copyOf(index, size * 2);
      }
      index[size++] = d;
    }

    List<Dwelling> dwellings(Dwelling[] dwellings) {
      List<Dwelling> members = new ArrayList<>(size);
      for (int m = 0; m < size; m++) {
        members.add(dwellings[index[m]]);
      }
      return members;
    }

    int indexOf(DwellingId id, Dwelling[] dwellings) {
      for (int m = 0; m < size; m++) {
        if (dwellings[index[m]].id().equals(id)) {
          return index[m];
        }
      }
      throw new IllegalStateException("charged directly, so in the pool: " + id);
    }
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

  private Money chargeDirectly(
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

  private static void checkOneHundred(CostHead head, BigDecimal total) {
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

  private ResiduePolicy<ShareKey> residue(BigDecimal councilWeight) {
    return policy.residueRule() == ResidueRule.COUNCIL_BEARS && councilWeight.signum() > 0
        ? ResiduePolicy.halfUpWithResidueTo(ShareKey.COUNCIL)
        : ResiduePolicy.largestRemainder();
  }

  private String rule(BigDecimal councilWeight, ResiduePolicy<ShareKey> residue) {
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

  private static ApportionmentBasis basisOf(
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

  private BigDecimal weightOf(Dwelling dwelling, ApportionmentBasis basis, CostHead head) {
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
