package org.homeownership.recovery.allocation;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.CreditEntry;

/**
 * The order in which a payment or credit pays the charges open when it arrives. Councils choose
 * one; LAW-AND-PRACTICE.md §2.2 notes that the order is council practice, not law.
 */
public interface AllocationStrategy {

  /** Orders the open charges for {@code credit}: the first is paid first. */
  Comparator<OpenCharge> order(CreditEntry credit);

  /** The strategy in words, for explanations and outputs. */
  String describe();

  /**
   * The order {@link #order} gives every credit that names a demand (when {@code namingADemand}) or
   * every credit that names none, if that order depends on nothing else about the credit: the very
   * comparator {@code order(credit)} returns for each such credit. Empty when it may depend on
   * more, and then only {@code order(credit)}, credit by credit, can say. It lets an allocation
   * over many credits ask once instead of reading each credit. The default, empty, is always true.
   */
  default Optional<Comparator<OpenCharge>> orderForEvery(boolean namingADemand) {
    return Optional.empty();
  }

  /** The charge due earliest is paid first (Camden practice: "oldest outstanding invoice"). */
  static AllocationStrategy oldestDueFirst() {
    Optional<Comparator<OpenCharge>> always = Optional.of(OpenCharge.OLDEST_DUE_FIRST);
    return new AllocationStrategy() {
      @Override
      public Comparator<OpenCharge> order(CreditEntry credit) {
        return OpenCharge.OLDEST_DUE_FIRST;
      }

      @Override
      public Optional<Comparator<OpenCharge>> orderForEvery(boolean namingADemand) {
        return always;
      }

      @Override
      public String describe() {
        return "oldest due first";
      }
    };
  }

  /**
   * Charge types in the given priority, each oldest due first; types not listed come last, oldest
   * due first. For example ground rent and service charges before administration charges.
   *
   * @throws IllegalArgumentException if a type is listed twice
   */
  static AllocationStrategy chargeTypePriority(List<ChargeType> priority) {
    ImmutableList<ChargeType> order = ImmutableList.copyOf(priority);
    if (order.stream().distinct().count() != order.size()) {
      throw new IllegalArgumentException("charge type priority lists a type twice: " + order);
    }
    Comparator<OpenCharge> comparator =
        Comparator.comparingInt(
                (OpenCharge c) -> {
                  int rank = order.indexOf(c.charge().chargeType());
                  return rank < 0 ? order.size() : rank;
                })
            .thenComparing(OpenCharge.OLDEST_DUE_FIRST);
    String words =
        "charge type priority ("
            + order.stream().map(ChargeType::displayName).collect(Collectors.joining(", "))
            + ", then the rest), then oldest due first";
    Optional<Comparator<OpenCharge>> always = Optional.of(comparator);
    return new AllocationStrategy() {
      @Override
      public Comparator<OpenCharge> order(CreditEntry credit) {
        return comparator;
      }

      @Override
      public Optional<Comparator<OpenCharge>> orderForEvery(boolean namingADemand) {
        return always;
      }

      @Override
      public String describe() {
        return words;
      }
    };
  }

  /**
   * A payment aimed at a demand ({@link CreditEntry#allocateTo()}) pays that demand first, and the
   * remainder goes by {@code fallback}. Credits aimed at nothing go wholly by {@code fallback}.
   */
  static AllocationStrategy explicitThen(AllocationStrategy fallback) {
    return new AllocationStrategy() {
      @Override
      public Comparator<OpenCharge> order(CreditEntry credit) {
        Comparator<OpenCharge> rest = fallback.order(credit);
        if (credit.allocateTo().isEmpty()) {
          return rest;
        }
        String target = credit.allocateTo().get();
        return Comparator.comparing(
                (OpenCharge c) -> !c.charge().demandReference().filter(target::equals).isPresent())
            .thenComparing(rest);
      }

      /** A credit naming no demand goes wholly by the fallback; one naming a demand, by its own. */
      @Override
      public Optional<Comparator<OpenCharge>> orderForEvery(boolean namingADemand) {
        return namingADemand ? Optional.empty() : fallback.orderForEvery(false);
      }

      @Override
      public String describe() {
        return "the demand a payment names first, then " + fallback.describe();
      }
    };
  }
}
