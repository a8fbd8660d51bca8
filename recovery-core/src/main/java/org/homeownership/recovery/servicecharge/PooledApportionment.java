package org.homeownership.recovery.servicecharge;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.money.ResiduePolicy;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner.ShareKey;
import org.jspecify.annotations.Nullable;

/**
 * One apportionment worked pool by pool: each pool's weights are worked out once, when its first
 * head is shared, and kept for the rest of its heads ({@link PoolShares}); each dwelling's lines
 * are gathered by its position in the dwellings given, in a list sized for its pools' heads. The
 * result, and every refusal with its message, equal those of the exact path, head by head through
 * {@link org.homeownership.recovery.money.PenceSplitter} ({@code ApportionmentByPoolTest}). Used
 * once; the dwellings' ids must be distinct.
 */
final class PooledApportionment {

  /** Shares below this many pence share their {@link Money}, made once a run. */
  private static final int SHARED_PENCE = 1 << 16;

  private final ServiceChargeApportioner apportioner;
  private final ServiceChargeBudget budget;
  private final Dwelling[] dwellings;
  private final Map<DwellingId, Lease> leaseOf;
  private final Map<CostPool, PoolMembers> pools = new HashMap<>();
  private final Map<CostPool, Integer> headsOf = new HashMap<>();
  private final Map<CostPool, Optional<PoolShares>> shares = new HashMap<>();
  private final ImmutableList.@Nullable Builder<ApportionmentLine>[] lines;
  private final @Nullable Money[] money = new Money[SHARED_PENCE];

  /** Each dwelling's subtotal so far, in pence. */
  private final long[] subtotals;

  /** Room for one head's shares, reused head after head. */
  private long[] room = new long[0];

  /** True if a subtotal has overflowed a {@code long}. */
  private boolean overflowed;

  @SuppressWarnings("unchecked")
  PooledApportionment(
      ServiceChargeApportioner apportioner,
      ServiceChargeBudget budget,
      Dwelling[] dwellings,
      Collection<Lease> leases) {
    this.apportioner = apportioner;
    this.budget = budget;
    this.dwellings = dwellings;
    this.leaseOf = new HashMap<>(leases.size() * 2);
    leases.forEach(lease -> leaseOf.put(lease.dwelling(), lease));
    this.lines = new ImmutableList.Builder[dwellings.length];
    this.subtotals = new long[dwellings.length];
  }

  /** Apportions the budget; see {@link ServiceChargeApportioner#apportion}. */
  Apportionment apportion() {
    // Dwellings usually come estate by estate and block by block: the last pool is asked first.
    @Nullable EstateId lastEstate = null;
    @Nullable PoolMembers estateMembers = null;
    @Nullable BlockId lastBlock = null;
    @Nullable PoolMembers blockMembers = null;
    for (int d = 0; d < dwellings.length; d++) {
      Dwelling dwelling = dwellings[d];
      EstateId estate = dwelling.estate();
      if (estateMembers == null || !estate.equals(lastEstate)) {
        estateMembers = pools.computeIfAbsent(CostPool.estate(estate), p -> new PoolMembers());
        lastEstate = estate;
      }
      estateMembers.add(d);
      Optional<BlockId> block = dwelling.block();
      if (block.isPresent()) {
        if (blockMembers == null || !block.get().equals(lastBlock)) {
          blockMembers = pools.computeIfAbsent(CostPool.block(block.get()), p -> new PoolMembers());
          lastBlock = block.get();
        }
        blockMembers.add(d);
      }
    }
    budget.heads().forEach(head -> headsOf.merge(head.pool(), 1, Integer::sum));
    Map<String, Money> councilShares = new LinkedHashMap<>();
    for (CostHead head : budget.heads()) {
      PoolMembers members = pools.get(head.pool());
      if (members == null) {
        throw new IllegalArgumentException(
            "cost head '" + head.name() + "': " + head.pool() + " has no dwellings");
      }
      Money council;
      if (head.isDirect()) {
        council = chargeDirectly(head, members);
      } else {
        Optional<PoolShares> pool = shares.get(head.pool());
        if (pool == null) {
          pool = poolShares(head, members);
          shares.put(head.pool(), pool);
        }
        council = pool.isPresent() ? share(head, pool.get()) : head.total();
      }
      councilShares.put(Apportionment.key(head), council);
    }
    ImmutableSortedMap.Builder<DwellingId, ServiceChargeBill> bills =
        ImmutableSortedMap.naturalOrder();
    for (int d = 0; d < dwellings.length; d++) {
      ImmutableList.Builder<ApportionmentLine> dwellingLines = lines[d];
      if (dwellingLines != null) {
        bills.put(dwellings[d].id(), bill(d, dwellingLines.build()));
      }
    }
    return new Apportionment(budget, bills.build(), ImmutableMap.copyOf(councilShares));
  }

  /** As the exact path's {@code chargeDirectly}, the lines added to each dwelling's. */
  private Money chargeDirectly(CostHead head, PoolMembers members) {
    Map<DwellingId, List<ApportionmentLine>> direct = new LinkedHashMap<>();
    Money council = apportioner.chargeDirectly(head, members.dwellings(dwellings), direct);
    direct.forEach(
        (id, charged) -> {
          int d = members.indexOf(id, dwellings);
          lines(d).addAll(charged);
          charged.forEach(line -> addToSubtotal(d, line.share().pence()));
        });
    return council;
  }

  /**
   * The pool's weights, worked out for {@code head}, the first head it shares, and refused as the
   * exact path refuses them; empty if no dwelling in the pool is billed.
   */
  private Optional<PoolShares> poolShares(CostHead head, PoolMembers members) {
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
    ApportionmentBasis basis = basisOf(head, billed);
    BigDecimal[] weights = new BigDecimal[billed.size()];
    BigDecimal councilWeight = BigDecimal.ZERO;
    int b = 0;
    for (int m = 0; m < members.size; m++) {
      Dwelling dwelling = dwellings[members.index[m]];
      BigDecimal weight = apportioner.weightOf(dwelling, basis, head);
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
      ServiceChargeApportioner.checkOneHundred(head, total);
    }
    ResiduePolicy<ShareKey> residue = apportioner.residue(councilWeight);
    return Optional.of(
        new PoolShares(
            basis,
            billed.toArray(new Dwelling[0]),
            Arrays.copyOf(billedIndex, billed.size()),
            weights,
            councilWeight,
            residue,
            apportioner.rule(councilWeight, residue)));
  }

  /**
   * The basis the billed dwellings' leases name for the pool; when one has no lease, they name
   * different bases or direct charging, refused by the exact path's {@code basisOf}.
   */
  private ApportionmentBasis basisOf(CostHead head, List<Dwelling> billed) {
    boolean block = head.pool().kind() == CostPool.Kind.BLOCK;
    @Nullable ApportionmentBasis basis = null;
    for (Dwelling dwelling : billed) {
      Lease lease = leaseOf.get(dwelling.id());
      @Nullable ApportionmentBasis named =
          lease == null ? null : block ? lease.blockBasis() : lease.estateBasis();
      if (named == null || (basis != null && named != basis)) {
        return ServiceChargeApportioner.basisOf(head, billed, leaseOf);
      }
      basis = named;
    }
    if (basis == null || basis == ApportionmentBasis.DIRECT_CHARGE) {
      return ServiceChargeApportioner.basisOf(head, billed, leaseOf);
    }
    return basis;
  }

  /** Shares {@code head} by its pool's weights, adding a line to each billed dwelling's. */
  private Money share(CostHead head, PoolShares pool) {
    if (room.length <= pool.billed.length) {
      room = new long[pool.billed.length + 1];
    }
    long[] split = pool.split(head.total(), room);
    String name = head.name();
    CostPool costPool = head.pool();
    Money total = head.total();
    for (int k = 0; k < pool.billed.length; k++) {
      int d = pool.billedIndex[k];
      addToSubtotal(d, split[k]);
      lines(d)
          .add(
              new ApportionmentLine(
                  pool.billed[k].id(),
                  name,
                  costPool,
                  total,
                  pool.basis,
                  pool.weight[k],
                  pool.poolWeight,
                  money(split[k]),
                  pool.rule));
    }
    return money(split[pool.billed.length]);
  }

  /** {@link Money#ofPence}, one instance for each small amount in this run. */
  private Money money(long pence) {
    if (pence < 0 || pence >= SHARED_PENCE) {
      return Money.ofPence(pence);
    }
    Money known = money[(int) pence];
    if (known == null) {
      known = Money.ofPence(pence);
      money[(int) pence] = known;
    }
    return known;
  }

  /** The lines of dwelling {@code d}, sized for its pools' heads when first asked. */
  private ImmutableList.Builder<ApportionmentLine> lines(int d) {
    ImmutableList.Builder<ApportionmentLine> dwellingLines = lines[d];
    if (dwellingLines == null) {
      Dwelling dwelling = dwellings[d];
      int heads = headsOf.getOrDefault(CostPool.estate(dwelling.estate()), 0);
      Optional<BlockId> block = dwelling.block();
      if (block.isPresent()) {
        heads += headsOf.getOrDefault(CostPool.block(block.get()), 0);
      }
      dwellingLines = ImmutableList.builderWithExpectedSize(heads);
      lines[d] = dwellingLines;
    }
    return dwellingLines;
  }

  /**
   * Adds a line's share to dwelling {@code d}'s subtotal, noting an overflow for {@link #bill} to
   * refuse as the exact path does, after every head.
   */
  private void addToSubtotal(int d, long pence) {
    long sum = subtotals[d] + pence;
    overflowed |= ((subtotals[d] ^ sum) & (pence ^ sum)) < 0;
    subtotals[d] = sum;
  }

  private ServiceChargeBill bill(int d, ImmutableList<ApportionmentLine> lines) {
    long pence = subtotals[d];
    if (overflowed) {
      // Summed again as the exact path sums them, to throw where it throws.
      pence = 0;
      for (ApportionmentLine line : lines) {
        pence = Math.addExact(pence, line.share().pence());
      }
    }
    Money subtotal = Money.ofPence(pence);
    Optional<ManagementFee> fee =
        budget
            .managementFeeRate()
            .map(
                rate ->
                    ManagementFee.on(subtotal, rate, apportioner.policy().managementFeeRounding()));
    return new ServiceChargeBill(dwellings[d].id(), budget.year(), budget.stage(), lines, fee);
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
}
