package org.homeownership.recovery.notices;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgedDebt;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.LumpSum;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.IncurredDateRule;
import org.homeownership.recovery.groundrent.GroundRentNotice;
import org.homeownership.recovery.groundrent.NoticePeriod;
import org.homeownership.recovery.groundrent.Section166Rule;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Statement;
import org.homeownership.recovery.majorworks.MajorWorksCharge;
import org.homeownership.recovery.majorworks.PaymentOption;
import org.homeownership.recovery.majorworks.PaymentOptions;
import org.homeownership.recovery.majorworks.Reduction;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.LetterOfClaimFigures;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;
import org.homeownership.recovery.servicecharge.ApportionmentLine;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.CostPool;
import org.homeownership.recovery.servicecharge.Instalment;
import org.homeownership.recovery.servicecharge.ManagementFee;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.homeownership.recovery.servicecharge.YearEndBalance;
import org.homeownership.recovery.sundry.AdministrationChargeGround;
import org.homeownership.recovery.sundry.SundryInvoice;
import org.homeownership.recovery.sundry.SundryKind;

/** A fictional council, joint leaseholders and their service charge ledger, shared by the tests. */
final class Fixtures {

  static final LocalDate LETTER_DATE = LocalDate.of(2026, 11, 24);
  static final LocalDate PAY_BY = LocalDate.of(2026, 12, 8);
  static final AccountId ACCOUNT = AccountId.of("SC-100234");

  private Fixtures() {}

  static PostalAddress townHall() {
    return PostalAddress.builder()
        .addLines("Town Hall", "1 High Street")
        .town("Anytown")
        .postcode("AN1 1AA")
        .build();
  }

  static Letterhead letterhead() {
    return Letterhead.builder()
        .legalName("London Borough of Anytown")
        .addressForService(townHall())
        .contact(
            new ContactDetails(
                "Home Ownership Services",
                "020 7946 0000",
                "homeownership@anytown.example",
                "www.anytown.example/homeowners",
                "Monday to Friday, 9am to 5pm"))
        .addPaymentMethod(
            "Bank transfer",
            "sort code 00-00-00, account 00000000, London Borough of Anytown collection account")
        .addPaymentMethod("Debit or credit card", "online at www.anytown.example/pay")
        .addPaymentMethod("Direct Debit", "call us to pay by monthly instalments")
        .build();
  }

  static Party party(String id, String name) {
    return Party.builder().id(PartyId.of(id)).role(PartyRole.LEASEHOLDER).name(name).build();
  }

  static PostalAddress flat() {
    return PostalAddress.builder()
        .addLines("Flat 3, Elm Court", "12 Elm Road")
        .town("Anytown")
        .postcode("AN2 3BC")
        .build();
  }

  static DebtorAccount jointAccount() {
    return DebtorAccount.builder().id(ACCOUNT).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(DWELLING)
        .tenure(Tenure.LEASEHOLD)
        .addParties(party("P-1", "Ms Jane Smith"), party("P-2", "Mr Ahmed Khan"))
        .correspondenceAddress(flat())
        .build();
  }

  static Correspondence correspondence() {
    return Correspondence.to(jointAccount(), LETTER_DATE);
  }

  static Ledger ledger() {
    List<LedgerEntry> entries =
        List.of(
            charge(LocalDate.of(2026, 4, 1), ChargeType.SERVICE_CHARGE, "1250.00", "INV-2026-001"),
            payment(LocalDate.of(2026, 5, 2), "400.00", "BACS-88213"),
            charge(LocalDate.of(2026, 7, 1), ChargeType.MAJOR_WORKS, "2340.50", "MW-2026-014"),
            payment(LocalDate.of(2026, 8, 15), "150.00", "CARD-99120"),
            charge(
                LocalDate.of(2026, 10, 1),
                ChargeType.SERVICE_CHARGE_BALANCING,
                "86.25",
                "BAL-2025-7"));
    Ledger ledger = Ledger.empty(ACCOUNT);
    long id = 1;
    for (LedgerEntry entry : entries) {
      ledger = ledger.append(new PostedEntry(EntryId.of(id++), entry));
    }
    return ledger;
  }

  static Statement statement() {
    return ledger().statement(DateRange.inclusive(LocalDate.of(2026, 4, 1), LETTER_DATE));
  }

  static AgedDebt arrears() {
    return new ArrearsAgeing(AgeingBands.standard())
        .age(
            new PaymentAllocator(AllocationStrategy.oldestDueFirst())
                .allocate(ledger(), LETTER_DATE));
  }

  /** Five years of monthly charges and payments: a statement that runs over several pages. */
  static StatementOfAccountLetter longStatementLetter() {
    Ledger ledger = Ledger.empty(ACCOUNT);
    long id = 1;
    LocalDate first = LocalDate.of(2021, 12, 1);
    for (int month = 0; month < 60; month++) {
      LocalDate date = first.plusMonths(month);
      ledger =
          ledger.append(
              new PostedEntry(
                  EntryId.of(id++),
                  charge(date, ChargeType.SERVICE_CHARGE, "104.17", "SC-M" + (month + 1))));
      if (month % 3 != 2) {
        ledger =
            ledger.append(
                new PostedEntry(
                    EntryId.of(id++), payment(date.plusDays(14), "100.00", "DD-" + (month + 1))));
      }
    }
    Statement statement = ledger.statement(DateRange.inclusive(first, LETTER_DATE));
    return new StatementOfAccountLetter(correspondence(), statement);
  }

  static StatementOfAccountLetter statementLetter() {
    return new StatementOfAccountLetter(correspondence(), statement());
  }

  static ArrearsReminderLetter reminder() {
    return new ArrearsReminderLetter(correspondence(), arrears(), PAY_BY);
  }

  static FinalReminderLetter finalReminder() {
    return new FinalReminderLetter(correspondence(), arrears(), PAY_BY);
  }

  /** The test council's template directory: it holds stand-ins for the prescribed summaries. */
  static final Path COUNCIL_TEMPLATES = Path.of("src", "test", "resources", "council-templates");

  static final String SERVICE_CHARGES_SUMMARY_VERSION = "TEST-SC-2";
  static final String ADMINISTRATION_CHARGES_SUMMARY_VERSION = "TEST-AC-1";

  /** Templates from the jar, with the test council's (stand-in) summaries of rights configured. */
  static TemplateSource templatesWithSummaries() {
    return TemplateSource.councilDirectoryThenDefaults(COUNCIL_TEMPLATES)
        .withSummaryOfRights(SummaryOfRights.Kind.SERVICE_CHARGES, SERVICE_CHARGES_SUMMARY_VERSION)
        .withSummaryOfRights(
            SummaryOfRights.Kind.ADMINISTRATION_CHARGES, ADMINISTRATION_CHARGES_SUMMARY_VERSION);
  }

  static LetterComposer composer() {
    return new LetterComposer(letterhead(), templatesWithSummaries());
  }

  static final DwellingId DWELLING = DwellingId.of("D-0042");

  private static ApportionmentLine line(
      String head, CostPool pool, String total, ApportionmentBasis basis, int weight, int of) {
    Money poolTotal = Money.parse(total);
    BigDecimal exact =
        poolTotal
            .pounds()
            .multiply(BigDecimal.valueOf(weight))
            .divide(BigDecimal.valueOf(of), 20, RoundingMode.HALF_UP)
            .stripTrailingZeros();
    return new ApportionmentLine(
        DWELLING,
        head,
        pool,
        poolTotal,
        basis,
        BigDecimal.valueOf(weight),
        BigDecimal.valueOf(of),
        Money.ofPounds(exact.setScale(2, RoundingMode.HALF_UP)),
        "rounded half-up to the penny; the residue falls to the council's tenanted pool");
  }

  static ServiceChargeBill bill(BudgetStage stage, DateRange year, String... poolTotals) {
    CostPool block = new CostPool(CostPool.Kind.BLOCK, "Elm Court");
    CostPool estate = new CostPool(CostPool.Kind.ESTATE, "Elm Estate");
    ImmutableList<ApportionmentLine> lines =
        ImmutableList.of(
            line(
                "Caretaking and cleaning",
                block,
                poolTotals[0],
                ApportionmentBasis.RATEABLE_VALUE,
                310,
                12400),
            line(
                "Grounds maintenance",
                estate,
                poolTotals[1],
                ApportionmentBasis.RATEABLE_VALUE,
                310,
                62000),
            line(
                "Buildings insurance",
                block,
                poolTotals[2],
                ApportionmentBasis.FLOOR_AREA,
                62,
                2480),
            line(
                "Communal electricity",
                block,
                poolTotals[3],
                ApportionmentBasis.EQUAL_SHARES,
                1,
                48));
    Money subtotal = lines.stream().map(ApportionmentLine::share).reduce(Money.ZERO, Money::plus);
    BigDecimal rate = new BigDecimal("0.15");
    ManagementFee fee =
        new ManagementFee(
            rate, subtotal, subtotal.times(rate, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
    return new ServiceChargeBill(DWELLING, year, stage, lines, Optional.of(fee));
  }

  static ServiceChargeBill estimateBill() {
    return bill(
        BudgetStage.ESTIMATE,
        DateRange.inclusive(LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)),
        "24000.00",
        "36500.00",
        "18240.00",
        "9120.00");
  }

  /** Four quarterly instalments adding up to the estimate bill's total. */
  static List<Instalment> instalments(ServiceChargeBill bill) {
    long pence = bill.total().pence();
    long quarter = pence / 4;
    long first = pence - 3 * quarter;
    LocalDate start = bill.year().start();
    return List.of(
        new Instalment(1, start, Money.ofPence(first), 1),
        new Instalment(2, start.plusMonths(3), Money.ofPence(quarter), 1),
        new Instalment(3, start.plusMonths(6), Money.ofPence(quarter), 1),
        new Instalment(4, start.plusMonths(9), Money.ofPence(quarter), 1));
  }

  static ServiceChargeEstimateDemandLetter estimateDemand() {
    ServiceChargeBill bill = estimateBill();
    return new ServiceChargeEstimateDemandLetter(
        correspondence(), "SCE-2027-0042", bill, instalments(bill));
  }

  static YearEndBalance yearEnd(String estimateBilled) {
    ServiceChargeBill actual =
        bill(
            BudgetStage.ACTUAL,
            DateRange.inclusive(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31)),
            "25120.00",
            "34300.00",
            "18240.00",
            "8712.96");
    return new YearEndBalance(DWELLING, Money.parse(estimateBilled), Optional.of(actual));
  }

  static YearEndStatementLetter yearEndStatement() {
    return new YearEndStatementLetter(correspondence(), "YE-2025-0042", yearEnd("1500.00"), PAY_BY);
  }

  static YearEndStatementLetter yearEndCredit() {
    return new YearEndStatementLetter(correspondence(), "YE-2025-0042", yearEnd("1700.00"), null);
  }

  static MajorWorksCharge majorWorksCharge() {
    return new MajorWorksCharge(
        "MW-2026-014 Elm Court roof and windows",
        DWELLING,
        Money.parse("14250.00"),
        ImmutableList.of(
            new Reduction(
                "Mandatory Reduction Directions cap",
                "Social Landlords Mandatory Reduction of Service Charges (England) Directions 2014;"
                    + " LAW-AND-PRACTICE.md §3.1",
                Money.parse("4250.00"),
                "a qualifying lessee's charges for funded works over the five years after"
                    + " 2026-04-01 are capped at £10,000.00")),
        ImmutableList.of("s.20 consultation cap: the works were consulted on"));
  }

  static PaymentOptions.Offer majorWorksOffer() {
    Money charge = Money.parse("10000.00");
    return new PaymentOptions.Offer(
        ImmutableList.of(
            new PaymentOption(
                PaymentOption.Kind.IN_FULL,
                charge,
                0,
                charge,
                Money.ZERO,
                0,
                Money.ZERO,
                false,
                ImmutableList.of("pay the whole charge by the due date on the invoice")),
            new PaymentOption(
                PaymentOption.Kind.IN_FULL_WITH_DISCOUNT,
                Money.parse("9500.00"),
                0,
                Money.parse("9500.00"),
                Money.ZERO,
                0,
                Money.ZERO,
                false,
                ImmutableList.of(
                    "a prompt-payment discount of 5% (£500.00, rounded half-up) for"
                        + " paying in full within the council's time")),
            new PaymentOption(
                PaymentOption.Kind.INSTALMENTS,
                charge,
                48,
                Money.parse("208.49"),
                Money.parse("208.33"),
                48,
                Money.parse("100.00"),
                true,
                ImmutableList.of(
                    "up to 48 monthly instalments, 48 of them interest-free",
                    "an administration fee of £25.00 a year, £100.00 over 4 years",
                    "a legal charge is taken over the flat because the charge is above £2,000.00"))),
        ImmutableList.of("statutory loan: the leaseholder has no right to a loan for this charge"));
  }

  static MajorWorksInvoiceLetter majorWorksInvoice() {
    return new MajorWorksInvoiceLetter(
        correspondence(),
        "MW-INV-2026-0042",
        majorWorksCharge(),
        majorWorksOffer(),
        LETTER_DATE.plusDays(28));
  }

  static final Section166Rule SECTION_166 =
      new Section166Rule(
          EffectiveDated.from(
              LocalDate.of(2005, 2, 28),
              new NoticePeriod(30, 60),
              "s.166(3) notice period",
              "CLRA 2002 s.166(3); LAW-AND-PRACTICE.md §5.1"));

  static GroundRentNotice groundRent(LocalDate paymentDate) {
    return new GroundRentNotice(
        ACCOUNT,
        DWELLING,
        "GR-2026-0042",
        DateRange.inclusive(LocalDate.of(2026, 12, 25), LocalDate.of(2027, 12, 24)),
        Money.parse("10.00"),
        LETTER_DATE,
        paymentDate,
        LocalDate.of(2026, 12, 25));
  }

  static GroundRentNoticeLetter groundRentNotice(LocalDate paymentDate) {
    GroundRentNotice notice = groundRent(paymentDate);
    return new GroundRentNoticeLetter(correspondence(), notice, SECTION_166.check(notice));
  }

  static GroundRentNoticeLetter groundRentNotice() {
    return groundRentNotice(LocalDate.of(2027, 1, 4));
  }

  static SundryInvoice administrationCharge() {
    return SundryInvoice.builder()
        .account(ACCOUNT)
        .dwelling(DWELLING)
        .invoiceNumber("SUN-2026-0311")
        .kind(SundryKind.ADMINISTRATION_CHARGE)
        .particulars("Arrears recovery fee at final reminder stage")
        .amount(Money.parse("60.00"))
        .dateRaised(LETTER_DATE)
        .dueDate(LETTER_DATE.plusDays(28))
        .administrationChargeGround(AdministrationChargeGround.LATE_PAYMENT)
        .summaryOfRightsEnclosed(true)
        .build();
  }

  static AdministrationChargeDemandLetter administrationChargeDemand() {
    return new AdministrationChargeDemandLetter(correspondence(), administrationCharge());
  }

  static List<CostLine> costsIncurred() {
    return List.of(
        CostLine.builder()
            .description("Lift repairs, Elm Court: contractor's invoice 4471")
            .share(Money.parse("312.40"))
            .invoicedOn(LocalDate.of(2026, 6, 15))
            .paidOn(LocalDate.of(2026, 7, 10))
            .build(),
        CostLine.builder()
            .description("Emergency roof repair, Elm Court: contractor's invoice 5102")
            .share(Money.parse("145.85"))
            .invoicedOn(LocalDate.of(2026, 9, 2))
            .build());
  }

  static Section20bNoticeLetter section20bNotice() {
    return new Section20bNoticeLetter(
        correspondence(),
        "S20B-2026-0042",
        costsIncurred(),
        IncurredDateRule.EARLIER_OF_INVOICE_AND_PAYMENT);
  }

  /** Every statutory letter of the second slice, with complete data. */
  static List<Letter> statutoryLetters() {
    return List.of(
        estimateDemand(),
        yearEndStatement(),
        majorWorksInvoice(),
        groundRentNotice(),
        administrationChargeDemand(),
        section20bNotice());
  }

  static Addressee lender() {
    return new Addressee(
        "Anytown Building Society",
        "Mortgage arrears team",
        PostalAddress.builder()
            .addLines("Society House", "5 Market Square")
            .town("Anytown")
            .postcode("AN9 9ZZ")
            .build());
  }

  static RegisteredCharge registeredCharge() {
    return new RegisteredCharge(
        "AGL123456", LocalDate.of(2015, 6, 30), flat(), LocalDate.of(2026, 11, 20));
  }

  static MortgageLenderLetter lenderLetter() {
    return new MortgageLenderLetter(
        correspondence(),
        lender(),
        "MTG-778812",
        registeredCharge(),
        arrears(),
        LETTER_DATE.plusDays(14),
        LocalDate.of(2026, 11, 10));
  }

  /** Where the reply form goes: the team's postal address. */
  static PostalAddress replyTo() {
    return PostalAddress.builder()
        .addLines("Home Ownership Services", "Town Hall", "1 High Street")
        .town("Anytown")
        .postcode("AN1 1AA")
        .build();
  }

  static LeaseAgreement lease() {
    return new LeaseAgreement(
        LocalDate.of(2004, 3, 15),
        List.of("The Mayor and Burgesses of the London Borough of Anytown", "Ms Jane Smith"),
        false);
  }

  static ContinuingCharges continuingInterest() {
    return new ContinuingCharges(
        true,
        "under clause 4(2) of your lease, at 4% a year above the Bank of England base rate",
        false,
        null);
  }

  static NettedJudgment nettedJudgment() {
    return new NettedJudgment("K00AN123", LocalDate.of(2025, 9, 12), Money.parse("1100.00"));
  }

  /** A letter of claim for the balance less a judgment already obtained for part of it. */
  static LetterOfClaimLetter letterOfClaim() {
    return new LetterOfClaimLetter(
        correspondence(),
        "LOC-2026-0042",
        Money.parse("2026.75"),
        nettedJudgment(),
        lease(),
        continuingInterest(),
        null,
        replyTo(),
        statement(),
        LetterOfClaimFigures.protocol());
  }

  static final OfficerId OFFICER = OfficerId.of("HO-017");

  static Arrangement arrangement() {
    return Arrangement.builder()
        .id(ArrangementId.of("ARR-2026-0042"))
        .addAccounts(ACCOUNT)
        .frequency(InstalmentFrequency.MONTHLY)
        .instalmentAmount(Money.parse("250.00"))
        .firstInstalmentOn(LocalDate.of(2026, 12, 1))
        .lumpSum(new LumpSum(Money.parse("500.00"), LocalDate.of(2026, 11, 27)))
        .startingBalance(Money.parse("3126.75"))
        .kind(ArrangementKind.INFORMAL)
        .madeBy(OFFICER)
        .madeOn(LocalDate.of(2026, 11, 20))
        .build();
  }

  static ArrangementRecord liveArrangement() {
    return ArrangementRecord.proposed(arrangement())
        .with(
            new StateChange(
                LocalDate.of(2026, 11, 23),
                ArrangementState.PROPOSED,
                ArrangementState.LIVE,
                Money.parse("3126.75"),
                Money.parse("3126.75"),
                "approved",
                Optional.of(OfficerId.of("HO-003"))));
  }

  /** Wiltshire's broken-arrangement steps (LAW-AND-PRACTICE.md §12.1), as example policy. */
  static List<String> wiltshireSteps() {
    return List.of(
        "We will send you a reminder giving you 7 days to bring the arrangement up to date.",
        "If it is still not up to date, the arrangement ends and the full balance is due within"
            + " 14 days.",
        "If the full balance is not paid, we will pass the case to our solicitors.");
  }

  static ArrangementConfirmationLetter arrangementConfirmation() {
    return new ArrangementConfirmationLetter(correspondence(), liveArrangement(), wiltshireSteps());
  }

  static final LocalDate BREACH_LETTER_DATE = LocalDate.of(2027, 2, 10);

  static ArrangementRecord breachedArrangement() {
    return liveArrangement()
        .with(
            StateChange.monitored(
                LocalDate.of(2027, 2, 8),
                ArrangementState.LIVE,
                ArrangementState.BREACHED,
                Money.parse("1876.75"),
                Money.parse("2126.75"),
                "the February instalment was not paid"));
  }

  static ArrangementBreachLetter arrangementBreach() {
    return new ArrangementBreachLetter(
        correspondence().withLetterDate(BREACH_LETTER_DATE),
        breachedArrangement(),
        BREACH_LETTER_DATE.plusDays(7),
        List.of(
            "If the arrangement is not up to date by then, it ends and the full balance is due"
                + " within 14 days.",
            "If the full balance is not paid, we will pass the case to our solicitors."));
  }

  static Hold.BreathingSpace breathingSpace() {
    LocalDate registered = LocalDate.of(2026, 11, 19);
    return new Hold.BreathingSpace(
        HoldTerms.between(
            registered.plusDays(1),
            registered.plusDays(60),
            "breathing space registered",
            HoldAuthor.system("insolvency-service")),
        MoratoriumKind.STANDARD,
        registered,
        LocalDate.of(2026, 11, 17),
        Optional.empty());
  }

  static BreathingSpaceAcknowledgementLetter breathingSpaceAcknowledgement() {
    return new BreathingSpaceAcknowledgementLetter(
        correspondence().withParties(List.of(party("P-1", "Ms Jane Smith"))),
        breathingSpace(),
        Money.parse("3126.75"),
        List.of(
            new OngoingLiability(
                "Service charge instalment, January to March 2027",
                LocalDate.of(2027, 1, 1),
                Money.parse("410.71"))));
  }

  /** Every letter of the third slice (recovery letters), with complete data. */
  static List<Letter> recoveryLetters() {
    return List.of(
        lenderLetter(),
        letterOfClaim(),
        arrangementConfirmation(),
        arrangementBreach(),
        breathingSpaceAcknowledgement());
  }

  /** Every letter, with complete data. */
  static List<Letter> allLetters() {
    List<Letter> all = new ArrayList<>();
    all.add(statementLetter());
    all.add(reminder());
    all.add(finalReminder());
    all.addAll(statutoryLetters());
    all.addAll(recoveryLetters());
    return all;
  }

  private static Charge charge(LocalDate date, ChargeType type, String pounds, String reference) {
    return Charge.builder()
        .chargeType(type)
        .dateRaised(date)
        .dueDate(date.plusDays(30))
        .demandReference(reference)
        .amount(Money.parse(pounds))
        .build();
  }

  private static Payment payment(LocalDate date, String pounds, String reference) {
    return Payment.builder()
        .dateReceived(date)
        .amount(Money.parse(pounds))
        .method(PaymentMethod.BANK_TRANSFER)
        .reference(reference)
        .build();
  }
}
