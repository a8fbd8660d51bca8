package org.homeownership.recovery.recoverycase.hold;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.RecoveryHold;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.money.Money;

/**
 * A hold on recovery. Each kind is a type of its own with its own effect:
 *
 * <ul>
 *   <li>a {@link ChargeDispute} sets one charge aside; the rest of the debt goes on;
 *   <li>a {@link Vulnerability} stops automated escalation: every step goes to an officer;
 *   <li>every other kind holds the whole case at its stage: no step is taken, and the days held do
 *       not count towards a stage's interval. When the hold ends recovery resumes at that stage.
 * </ul>
 */
public sealed interface Hold {

  /** Start, end or review, reason and who set it. */
  HoldTerms terms();

  /** The hold's kind. */
  HoldKind kind();

  /** True if the hold keeps the whole case at its stage and stops its clock while in force. */
  default boolean holdsCase() {
    return true;
  }

  /** True if the hold is in force on {@code date}. */
  default boolean isInForceOn(LocalDate date) {
    return terms().isInForceOn(date);
  }

  /**
   * A dispute on one charge: only that charge leaves recovery, other debts go on.
   *
   * @param terms the hold's terms
   * @param charge the disputed charge
   */
  record ChargeDispute(HoldTerms terms, EntryId charge) implements Hold {
    /** Checks every part is given. */
    public ChargeDispute {
      requireNonNull(terms, "terms");
      requireNonNull(charge, "charge");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.DISPUTE;
    }

    @Override
    public boolean holdsCase() {
      return false;
    }
  }

  /**
   * A query or complaint under investigation.
   *
   * @param terms the hold's terms
   */
  record QueryOrComplaint(HoldTerms terms) implements Hold {
    /** Checks the terms are given. */
    public QueryOrComplaint {
      requireNonNull(terms, "terms");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.QUERY_OR_COMPLAINT;
    }
  }

  /**
   * A breathing space or mental health crisis moratorium (SI 2020/1311, LAW-AND-PRACTICE.md §7).
   * Build one with {@link BreathingSpaceRules}. The debts owed at the application date are
   * moratorium debts (reg 6, §7.1); charges falling due later are ongoing liabilities, still
   * billed.
   *
   * @param terms the hold's terms: it starts the day after registration (reg 26, §7.2)
   * @param moratorium standard or mental health crisis
   * @param registeredOn the day the moratorium was entered on the register
   * @param applicationDate the day the application was made
   * @param midwayReview the window for the debt adviser's midway review (reg 27, §7.5), if any
   */
  record BreathingSpace(
      HoldTerms terms,
      MoratoriumKind moratorium,
      LocalDate registeredOn,
      LocalDate applicationDate,
      Optional<DateRange> midwayReview)
      implements Hold {
    /** Checks every part is given. */
    public BreathingSpace {
      requireNonNull(terms, "terms");
      requireNonNull(moratorium, "moratorium");
      requireNonNull(registeredOn, "registeredOn");
      requireNonNull(applicationDate, "applicationDate");
      requireNonNull(midwayReview, "midwayReview");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.BREATHING_SPACE;
    }

    /**
     * True if a charge due on {@code dueDate} is a moratorium debt: owed at the application date
     * (reg 6, §7.1). A later charge is an ongoing liability and is still billed.
     */
    public boolean protects(LocalDate dueDate) {
      return !dueDate.isAfter(applicationDate);
    }
  }

  /**
   * A vulnerable debtor: no automated escalation, every step goes to officer review (§12.4).
   *
   * @param terms the hold's terms; the reason is personal data and never shown
   */
  record Vulnerability(HoldTerms terms) implements Hold {
    /** Checks the terms are given. */
    public Vulnerability {
      requireNonNull(terms, "terms");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.VULNERABILITY;
    }

    @Override
    public boolean holdsCase() {
      return false;
    }
  }

  /**
   * Bankruptcy, an IVA or a debt relief order.
   *
   * @param terms the hold's terms
   * @param proceeding which proceeding
   */
  record Insolvency(HoldTerms terms, InsolvencyKind proceeding) implements Hold {
    /** Checks every part is given. */
    public Insolvency {
      requireNonNull(terms, "terms");
      requireNonNull(proceeding, "proceeding");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.INSOLVENCY;
    }
  }

  /**
   * The debtor has died; recovery waits for the estate.
   *
   * @param terms the hold's terms
   */
  record Deceased(HoldTerms terms) implements Hold {
    /** Checks the terms are given. */
    public Deceased {
      requireNonNull(terms, "terms");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.DECEASED;
    }
  }

  /**
   * A live payment arrangement, as {@link
   * org.homeownership.recovery.arrangement.ArrangementBook#holdsOn} gives it. A breach or
   * cancellation ends it; recovery resumes at {@link #heldAtStage()}.
   *
   * @param terms the hold's terms
   * @param arrangement the arrangement
   * @param heldAtStage the stage the case was held at, if it had reached one
   */
  record LiveArrangement(
      HoldTerms terms, ArrangementId arrangement, Optional<StageReference> heldAtStage)
      implements Hold {
    /** Checks every part is given. */
    public LiveArrangement {
      requireNonNull(terms, "terms");
      requireNonNull(arrangement, "arrangement");
      requireNonNull(heldAtStage, "heldAtStage");
    }

    /** The hold for an arrangement's {@link RecoveryHold}, open-ended from the day it went live. */
    public static LiveArrangement of(RecoveryHold hold, HoldAuthor setBy) {
      return new LiveArrangement(
          HoldTerms.from(hold.liveSince(), "live arrangement " + hold.arrangement(), setBy),
          hold.arrangement(),
          hold.heldAtStage());
    }

    @Override
    public HoldKind kind() {
      return HoldKind.LIVE_ARRANGEMENT;
    }
  }

  /**
   * A promise to pay by a date: recovery waits until the day after.
   *
   * @param terms the hold's terms; {@code until} is the promised date
   * @param amount the amount promised
   */
  record PromiseToPay(HoldTerms terms, Money amount) implements Hold {
    /** Checks the promise has a date and a positive amount. */
    public PromiseToPay {
      requireNonNull(terms, "terms");
      requireNonNull(amount, "amount");
      if (terms.until().isEmpty()) {
        throw new IllegalArgumentException("a promise to pay needs the date promised");
      }
      if (!amount.isPositive()) {
        throw new IllegalArgumentException("a promise to pay needs an amount above zero");
      }
    }

    @Override
    public HoldKind kind() {
      return HoldKind.PROMISE_TO_PAY;
    }
  }

  /**
   * A letter failed validation, so the case waits rather than send it wrong.
   *
   * @param terms the hold's terms (usually set by the system)
   * @param missing what is missing, such as {@code lender's address}; not personal data
   */
  record MissingData(HoldTerms terms, String missing) implements Hold {
    /** Checks every part is given. */
    public MissingData {
      requireNonNull(terms, "terms");
      requireNonNull(missing, "missing");
    }

    @Override
    public HoldKind kind() {
      return HoldKind.MISSING_DATA;
    }
  }
}
