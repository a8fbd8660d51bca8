package org.homeownership.recovery.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.arrangement.Approval;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.MonitoringMethod;
import org.homeownership.recovery.arrangement.MonitoringPolicy;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;

/**
 * Generates a portfolio of leasehold accounts with a fixed seed: five service charge years (April
 * 2021 to March 2026) of quarterly service charges and half-yearly ground rent, and payments that
 * follow one of five behaviours, about 60 entries an account.
 *
 * <ul>
 *   <li>{@link Behaviour#PROMPT}: pays each demand in full around its due date;
 *   <li>{@link Behaviour#PART_PAYER}: pays a fixed 60–95% of each service charge, never the ground
 *       rent;
 *   <li>{@link Behaviour#LATE}: pays in full, 40–200 days late;
 *   <li>{@link Behaviour#STOPPED}: pays promptly, then stops at a random quarter;
 *   <li>{@link Behaviour#LUMP_SUM}: pays round sums every few months, sometimes ahead of demands.
 * </ul>
 *
 * <p>About 4% of Direct Debit payments are returned (a {@link Reversal} five days later), and about
 * one account in fifty has a charge raised in error and reversed. Service charge due dates fall on
 * the 1st of the quarter and ground rent on 24 June and 25 December, so no two charges of an
 * account share both date raised and due date: the baseline's tie order then cannot differ from the
 * domain's.
 */
public final class PortfolioGenerator {

  /** The date the sweep ages the portfolio at: the end of the 2025/26 service charge year. */
  public static final LocalDate AS_OF = LocalDate.of(2026, 3, 31);

  /** The fixed seed: the same portfolio on every run and machine. */
  public static final long SEED = 20261124L;

  private static final LocalDate FIRST_YEAR = LocalDate.of(2021, 4, 1);
  private static final int YEARS = 5;

  /** How an account pays. */
  enum Behaviour {
    PROMPT,
    PART_PAYER,
    LATE,
    STOPPED,
    LUMP_SUM
  }

  private PortfolioGenerator() {}

  /** The ledgers of {@code accounts} accounts, with ids ACC-0000001 and up. */
  public static List<Ledger> ledgers(int accounts) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Ledger> ledgers = new ArrayList<>(accounts);
    for (int a = 1; a <= accounts; a++) {
      ledgers.add(ledger(accountId(a), random.split()));
    }
    return ledgers;
  }

  /**
   * The same ledgers as {@link #ledgers}, generated one at a time as the stream is read, so that a
   * large portfolio can be loaded into a database without holding it in memory.
   */
  public static Stream<Ledger> stream(int accounts) {
    SplittableRandom random = new SplittableRandom(SEED);
    return IntStream.rangeClosed(1, accounts)
        .sequential()
        .mapToObj(a -> ledger(accountId(a), random.split()));
  }

  /** The id of the {@code n}th generated account. */
  public static AccountId accountId(int n) {
    return AccountId.of(String.format("ACC-%07d", n));
  }

  private static Ledger ledger(AccountId account, SplittableRandom random) {
    Behaviour behaviour = behaviour(random);
    List<Due> dues = new ArrayList<>();
    long annualServiceCharge = 80_000 + random.nextLong(220_000);
    long annualGroundRent = 1_000 * (1 + random.nextInt(25));
    for (int year = 0; year < YEARS; year++) {
      LocalDate start = FIRST_YEAR.plusYears(year);
      long thisYear = annualServiceCharge * (100 + 4 * year) / 100;
      for (int quarter = 0; quarter < 4; quarter++) {
        LocalDate due = start.plusMonths(3L * quarter);
        dues.add(new Due(ChargeType.SERVICE_CHARGE, due.minusDays(28), due, thisYear / 4));
      }
      LocalDate midsummer = LocalDate.of(start.getYear(), 6, 24);
      LocalDate christmas = LocalDate.of(start.getYear(), 12, 25);
      dues.add(
          new Due(
              ChargeType.GROUND_RENT, midsummer.minusDays(30), midsummer, annualGroundRent / 2));
      dues.add(
          new Due(
              ChargeType.GROUND_RENT, christmas.minusDays(30), christmas, annualGroundRent / 2));
    }
    List<LedgerEntry> entries = new ArrayList<>();
    for (Due due : dues) {
      entries.add(due.charge(account));
    }
    payments(account, behaviour, dues, random, entries);
    entries.sort(Comparator.comparing(LedgerEntry::date));

    List<PostedEntry> posted = new ArrayList<>(entries.size() + 8);
    long id = 1;
    for (LedgerEntry entry : entries) {
      PostedEntry p = new PostedEntry(EntryId.of(id++), entry);
      posted.add(p);
      if (entry instanceof Payment payment
          && payment.method() == PaymentMethod.DIRECT_DEBIT
          && random.nextInt(25) == 0
          && !payment.date().plusDays(5).isAfter(AS_OF)) {
        posted.add(
            new PostedEntry(
                EntryId.of(id++),
                Reversal.of(p, payment.date().plusDays(5), "ARUDD 0 refer to payer")));
      }
    }
    if (random.nextInt(50) == 0) {
      PostedEntry wrong = posted.get(random.nextInt(posted.size()));
      if (wrong.entry() instanceof Charge) {
        posted.add(
            new PostedEntry(EntryId.of(id), Reversal.of(wrong, AS_OF, "charge raised in error")));
      }
    }
    return Ledger.of(account, posted);
  }

  /**
   * The example arrangement-monitoring policy the sweep applies: the expected-balance check with 3
   * tolerance days; 2 misses in 90 days; a failed Direct Debit simply counts as missed. These are
   * the example figures of docs/arrangements.md §5 (council practice, no statutory source), in
   * force from the first generated year.
   */
  public static final EffectiveDated<MonitoringPolicy> MONITORING =
      EffectiveDated.from(
          FIRST_YEAR,
          MonitoringPolicy.builder()
              .method(MonitoringMethod.EXPECTED_BALANCE)
              .toleranceDays(3)
              .missedInstalmentsForBreach(2)
              .missedInstalmentWindowDays(90)
              .doubleNextInstalmentAfterDirectDebitFailure(false)
              .build(),
          "arrangement monitoring",
          "example policy, docs/arrangements.md §5 (example figures, no statutory source)");

  private static final OfficerId OFFICER = OfficerId.of("HO-BENCH");

  /**
   * The live arrangement of the account whose ledger this is, if it has one. About one account in
   * sixteen is drawn (from the account's own id and a fixed seed, so the answer does not depend on
   * the order ledgers are generated or read, and the ledgers themselves are unchanged); a drawn
   * account gets an arrangement if it owed something on the day it was made, 30–329 days before
   * {@link #AS_OF}: monthly instalments over 6–24 months from a week later, clearing that balance,
   * approved and live from the day it was made. About 5% of the accounts end up with one.
   */
  public static Optional<ArrangementRecord> arrangement(Ledger ledger) {
    AccountId account = ledger.account();
    SplittableRandom random = new SplittableRandom(SEED * 31 + account.value().hashCode());
    if (random.nextInt(16) != 0) {
      return Optional.empty();
    }
    LocalDate madeOn = AS_OF.minusDays(30 + random.nextInt(300));
    Money owed = ledger.balanceAt(madeOn);
    if (!owed.isPositive()) {
      return Optional.empty();
    }
    int months = 6 + random.nextInt(19);
    long instalment = Math.max(1, (owed.pence() + months - 1) / months);
    Arrangement arrangement =
        Arrangement.builder()
            .id(ArrangementId.of("ARR-" + account.value()))
            .addAccounts(account)
            .frequency(InstalmentFrequency.MONTHLY)
            .instalmentAmount(Money.ofPence(instalment))
            .firstInstalmentOn(madeOn.plusDays(7))
            .startingBalance(owed)
            .kind(ArrangementKind.INFORMAL)
            .madeBy(OFFICER)
            .madeOn(madeOn)
            .build();
    return Optional.of(
        ArrangementRecord.restored(
            arrangement,
            Optional.of(new Approval(OFFICER, madeOn, false)),
            List.of(
                new StateChange(
                    madeOn,
                    ArrangementState.PROPOSED,
                    ArrangementState.LIVE,
                    owed,
                    owed,
                    "approved",
                    Optional.of(OFFICER)))));
  }

  /** The live arrangements of {@code ledgers} ({@link #arrangement}), by account. */
  public static Map<AccountId, ArrangementRecord> arrangements(List<Ledger> ledgers) {
    Map<AccountId, ArrangementRecord> records = new HashMap<>();
    for (Ledger ledger : ledgers) {
      arrangement(ledger).ifPresent(record -> records.put(ledger.account(), record));
    }
    return records;
  }

  private static Behaviour behaviour(SplittableRandom random) {
    int roll = random.nextInt(100);
    if (roll < 40) {
      return Behaviour.PROMPT;
    } else if (roll < 65) {
      return Behaviour.PART_PAYER;
    } else if (roll < 80) {
      return Behaviour.LATE;
    } else if (roll < 90) {
      return Behaviour.STOPPED;
    }
    return Behaviour.LUMP_SUM;
  }

  private static void payments(
      AccountId account,
      Behaviour behaviour,
      List<Due> dues,
      SplittableRandom random,
      List<LedgerEntry> entries) {
    int stopAt = random.nextInt(dues.size());
    int percent = 60 + random.nextInt(36);
    int n = 0;
    switch (behaviour) {
      case LUMP_SUM -> {
        LocalDate date = FIRST_YEAR.plusDays(random.nextInt(60));
        long total = dues.stream().mapToLong(Due::pence).sum();
        long each = Math.max(10_000, total / 18 / 10_000 * 10_000);
        while (!date.isAfter(AS_OF)) {
          entries.add(payment(account, ++n, date, each, PaymentMethod.BANK_TRANSFER));
          date = date.plusDays(60 + random.nextInt(90));
        }
      }
      default -> {
        for (int i = 0; i < dues.size(); i++) {
          Due due = dues.get(i);
          LocalDate date;
          long pence = due.pence();
          switch (behaviour) {
            case PART_PAYER -> {
              if (due.type() != ChargeType.SERVICE_CHARGE) {
                continue;
              }
              pence = pence * percent / 100;
              date = due.due().plusDays(random.nextInt(10));
            }
            case LATE -> date = due.due().plusDays(40 + random.nextInt(160));
            case STOPPED -> {
              if (i >= stopAt) {
                continue;
              }
              date = due.due().minusDays(random.nextInt(5));
            }
            default -> date = due.due().minusDays(random.nextInt(7));
          }
          if (date.isAfter(AS_OF) || pence == 0) {
            continue;
          }
          PaymentMethod method =
              random.nextInt(3) == 0 ? PaymentMethod.CARD : PaymentMethod.DIRECT_DEBIT;
          entries.add(payment(account, ++n, date, pence, method));
        }
      }
    }
  }

  private static Payment payment(
      AccountId account, int n, LocalDate date, long pence, PaymentMethod method) {
    return Payment.builder()
        .dateReceived(date)
        .amount(Money.ofPence(pence))
        .method(method)
        .reference(account.value() + "-P" + n)
        .build();
  }

  /** A demand to raise. */
  private record Due(ChargeType type, LocalDate raised, LocalDate due, long pence) {
    Charge charge(AccountId account) {
      return Charge.builder()
          .chargeType(type)
          .dateRaised(raised)
          .dueDate(due)
          .amount(Money.ofPence(pence))
          .demandReference(account.value() + "-" + type.ordinal() + "-" + due)
          .build();
    }
  }
}
