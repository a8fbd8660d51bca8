package org.homeownership.recovery.recoverycase.gate;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import java.util.TreeSet;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.recoverycase.arrears.ArrearsPosition;
import org.homeownership.recovery.recoverycase.arrears.CountedCharge;
import org.homeownership.recovery.recoverycase.policy.ConditionCheck;

/**
 * No s.146 notice or forfeiture for arrears unless the law allows it (LAW-AND-PRACTICE.md
 * §5.2–§5.5):
 *
 * <ul>
 *   <li><b>HA 1996 s.81</b> (§5.3): a service or administration charge counts only once it is
 *       admitted, or finally determined payable and {@link ForfeitureFigures#section81Days()} days
 *       have passed since the determination. Rent needs neither.
 *   <li><b>CLRA 2002 s.167</b> (§5.2): the counted amount (default charges left out) must exceed
 *       the prescribed sum (£350) <em>or</em> include an amount payable for more than the
 *       prescribed period (3 years) — either, not both. For ground rent the period runs from the
 *       payment date in the s.166 notice (Cheerupmate2 v Calce), which is the charge's due date.
 *   <li><b>Mortgage lender</b> (§5.5, CPR PD 55A para 2.4): before forfeiture proceedings, a lender
 *       on the title must have been told.
 * </ul>
 *
 * <p>Amounts withheld (s.21B, ss.47–48) or barred (s.20B) and disputed charges never count.
 */
public final class ForfeitureGate {

  /** The gate's name. */
  public static final String NAME = "Forfeiture (s.167, s.81)";

  private final EffectiveDated<ForfeitureFigures> figures;

  /** A gate with {@code figures}, such as {@link ForfeitureFigures#statutory()}. */
  public ForfeitureGate(EffectiveDated<ForfeitureFigures> figures) {
    this.figures = requireNonNull(figures, "figures");
  }

  /**
   * Whether a s.146 notice or forfeiture proceedings may go ahead on {@code asOf}.
   *
   * @param position the counted arrears
   * @param facts the s.81 findings and the lender
   * @param proceedings true for forfeiture proceedings, which also need the lender told; false for
   *     the s.146 notice
   */
  public GateResult check(
      ArrearsPosition position, ForfeitureFacts facts, boolean proceedings, LocalDate asOf) {
    ForfeitureFigures f = figures.on(asOf);
    ImmutableList.Builder<ConditionCheck> checks = ImmutableList.builder();
    boolean amountsOpen = amountsOpen(position, facts, f, asOf, checks);
    boolean lenderOk = true;
    if (proceedings && facts.lenderOnRecord()) {
      Optional<LocalDate> told = facts.lenderToldOn().filter(d -> !d.isAfter(asOf));
      lenderOk = told.isPresent();
      checks.add(
          ConditionCheck.of(
              "mortgage lender told (§5.5, CPR PD 55A para 2.4)",
              "lender on the title told before proceedings",
              told.map(d -> "told " + d).orElse("not told"),
              lenderOk));
    }
    boolean open = amountsOpen && lenderOk;
    Optional<LocalDate> earliest = Optional.empty();
    if (!open && lenderOk) {
      earliest = earliestOpen(position, facts, f, asOf);
    }
    return new GateResult(NAME, ForfeitureFigures.SOURCE, open, checks.build(), earliest);
  }

  private boolean amountsOpen(
      ArrearsPosition position,
      ForfeitureFacts facts,
      ForfeitureFigures f,
      LocalDate on,
      ImmutableList.Builder<ConditionCheck> checks) {
    Money eligible = Money.ZERO;
    Money awaiting = Money.ZERO;
    Optional<LocalDate> oldest = Optional.empty();
    for (CountedCharge charge : position.charges()) {
      if (!f.countedTypes().contains(charge.type()) || !charge.counted().isPositive()) {
        continue;
      }
      if (f.section81Types().contains(charge.type()) && !section81Met(charge.id(), facts, f, on)) {
        awaiting = awaiting.plus(charge.counted());
        continue;
      }
      eligible = eligible.plus(charge.counted());
      if (oldest.isEmpty() || charge.dueDate().isBefore(oldest.get())) {
        oldest = Optional.of(charge.dueDate());
      }
    }
    checks.add(
        ConditionCheck.of(
            "service charges admitted or finally determined, "
                + f.section81Days()
                + " days after determination (HA 1996 s.81, §5.3)",
            "every service or administration charge counted",
            awaiting.isZero()
                ? "all counted charges qualify"
                : awaiting.format() + " not admitted or determined (left out)",
            awaiting.isZero()));
    boolean overSum = eligible.isGreaterThan(f.prescribedSum());
    ConditionCheck sum =
        ConditionCheck.of(
            "unpaid amount over the prescribed sum (CLRA 2002 s.167, §5.2)",
            "more than " + f.prescribedSum().format() + " (default charges left out)",
            eligible.format(),
            overSum);
    boolean overPeriod = oldest.map(d -> on.isAfter(d.plus(f.prescribedPeriod()))).orElse(false);
    ConditionCheck period =
        ConditionCheck.of(
            "an amount payable for more than the prescribed period (CLRA 2002 s.167, §5.2)",
            "payable more than " + f.prescribedPeriod().getYears() + " years",
            oldest.map(d -> "oldest payable since " + d).orElse("none"),
            overPeriod);
    checks.add(sum);
    checks.add(period);
    checks.add(
        ConditionCheck.of(
            "s.167 small-arrears bar lifted (either limb, §5.2)",
            "sum or period met",
            overSum || overPeriod ? "met" : "neither met",
            overSum || overPeriod));
    return overSum || overPeriod;
  }

  private static boolean section81Met(
      EntryId charge, ForfeitureFacts facts, ForfeitureFigures f, LocalDate on) {
    return facts.findings().stream()
        .filter(finding -> finding.charges().contains(charge))
        .anyMatch(
            finding ->
                finding.kind() == Section81Finding.Kind.ADMISSION
                    ? !finding.date().isAfter(on)
                    : !finding.date().plusDays(f.section81Days()).isAfter(on));
  }

  private Optional<LocalDate> earliestOpen(
      ArrearsPosition position, ForfeitureFacts facts, ForfeitureFigures f, LocalDate asOf) {
    TreeSet<LocalDate> candidates = new TreeSet<>();
    for (Section81Finding finding : facts.findings()) {
      candidates.add(
          finding.kind() == Section81Finding.Kind.ADMISSION
              ? finding.date()
              : finding.date().plusDays(f.section81Days()));
    }
    for (CountedCharge charge : position.charges()) {
      candidates.add(charge.dueDate().plus(f.prescribedPeriod()).plusDays(1));
    }
    for (LocalDate candidate : candidates.tailSet(asOf, false)) {
      if (amountsOpen(position, facts, f, candidate, ImmutableList.builder())) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
