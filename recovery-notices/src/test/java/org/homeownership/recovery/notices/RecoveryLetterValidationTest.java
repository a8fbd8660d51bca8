package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.notice.LetterOfClaimFigures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data each letter of the recovery ladder needs: the mortgage lender letter, the letter of
 * claim, the arrangement letters and the breathing space acknowledgement. One test per required
 * field, each asserting the exact problems.
 */
class RecoveryLetterValidationTest {

  private static final PostalAddress PARIS =
      PostalAddress.builder()
          .addLines("12 rue de la Paix")
          .town("Paris")
          .postcode("75002")
          .countryCode("FR")
          .build();

  /** "Pay" and, later in the same sentence, "by" and a date: a pay-by date. */
  static final java.util.regex.Pattern PAY_BY_A_DATE =
      java.util.regex.Pattern.compile(
          "(?i)\\bpa(y|id|yment)\\b(?:[^.]|(?<=\\d)\\.(?=\\d))*\\bby \\d{1,2} [a-z]+ \\d{4}");

  static String bodyText(String html) {
    return html.replaceFirst("(?s).*<body>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
  }

  @Test
  void thePayByPatternFindsTheRemindersDemand() {
    String reminder =
        bodyText(Fixtures.composer().composeHtml(Fixtures.reminder()).orElseThrow().html());
    assertThat(reminder).containsPattern(PAY_BY_A_DATE);
  }

  private static List<Problem> problems(Letter letter) {
    RenderResult<HtmlLetter> html = Fixtures.composer().composeHtml(letter);
    RenderResult<PdfLetter> pdf = Fixtures.composer().composePdf(letter);
    assertThat(html.isRendered()).isFalse();
    assertThat(pdf.isRendered()).isFalse();
    assertThat(pdf.problems()).isEqualTo(html.problems());
    return html.problems();
  }

  static List<Letter> letters() {
    return Fixtures.recoveryLetters();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void aCompleteLetterHasNoProblems(Letter letter) {
    assertThat(Fixtures.composer().check(letter)).isEmpty();
    assertThat(Fixtures.composer().composeHtml(letter).isRendered()).isTrue();
  }

  // The mortgage lender letter

  @Test
  void theLenderLetterNeedsTheLendersNameAndAddress() {
    MortgageLenderLetter l = Fixtures.lenderLetter();
    MortgageLenderLetter noLender =
        new MortgageLenderLetter(
            l.correspondence(),
            null,
            null,
            l.charge(),
            l.arrears(),
            l.replyBy(),
            l.leaseholderToldOn());
    assertThat(problems(noLender))
        .containsExactly(
            new Problem("addressee.name", "is missing"),
            new Problem("addressee.address", "is missing"));
    MortgageLenderLetter abroad =
        new MortgageLenderLetter(
            l.correspondence(),
            new Addressee("Banque Exemple", null, PARIS),
            null,
            l.charge(),
            l.arrears(),
            l.replyBy(),
            null);
    assertThat(problems(abroad)).extracting(Problem::field).containsExactly("addressee.address");
  }

  @Test
  void theLenderLetterNeedsTheRegisteredCharge() {
    MortgageLenderLetter l = Fixtures.lenderLetter();
    MortgageLenderLetter noCharge =
        new MortgageLenderLetter(
            l.correspondence(), l.lender(), null, null, l.arrears(), l.replyBy(), null);
    assertThat(problems(noCharge)).containsExactly(new Problem("charge", "is missing"));
    MortgageLenderLetter bareCharge =
        new MortgageLenderLetter(
            l.correspondence(),
            l.lender(),
            null,
            new RegisteredCharge(" ", Fixtures.LETTER_DATE.plusDays(1), null, null),
            l.arrears(),
            l.replyBy(),
            null);
    assertThat(problems(bareCharge))
        .containsExactly(
            new Problem("charge.titleNumber", "is blank"),
            new Problem("charge.chargeDate", "is after the letter's date"),
            new Problem("charge.property", "is missing"),
            new Problem("charge.registerCopyDated", "is missing"));
  }

  @Test
  void theLenderLetterNeedsArrearsAndAReplyDateAfterTheLetter() {
    MortgageLenderLetter l = Fixtures.lenderLetter();
    MortgageLenderLetter bare =
        new MortgageLenderLetter(
            l.correspondence(),
            l.lender(),
            " ",
            l.charge(),
            null,
            Fixtures.LETTER_DATE,
            Fixtures.LETTER_DATE.plusDays(1));
    assertThat(problems(bare))
        .containsExactly(
            new Problem("arrears", "is missing"),
            new Problem("replyBy", "is not after the letter's date"),
            new Problem("leaseholderToldOn", "is after the letter's date"),
            new Problem("lenderReference", "is blank"));
  }

  @Test
  void theLenderLetterIsNotStoppedByTheLeaseholdersOverseasAddressButMustGoOnPaper() {
    MortgageLenderLetter l = Fixtures.lenderLetter();
    MortgageLenderLetter leaseholderAbroad =
        new MortgageLenderLetter(
            l.correspondence().withAddress(PARIS),
            l.lender(),
            l.lenderReference(),
            l.charge(),
            l.arrears(),
            l.replyBy(),
            l.leaseholderToldOn());
    assertThat(Fixtures.composer().check(leaseholderAbroad)).isEmpty();
    MortgageLenderLetter byEmail =
        new MortgageLenderLetter(
            l.correspondence().withDelivery(ServiceMethod.EMAIL),
            l.lender(),
            l.lenderReference(),
            l.charge(),
            l.arrears(),
            l.replyBy(),
            l.leaseholderToldOn());
    assertThat(problems(byEmail))
        .extracting(Problem::field)
        .containsExactly("correspondence.delivery");
  }

  // The letter of claim

  private static LetterOfClaimLetter claim(
      Correspondence c,
      String reference,
      Money amount,
      NettedJudgment judgment,
      LeaseAgreement lease,
      ContinuingCharges continuing,
      String instalments,
      PostalAddress replyTo,
      org.homeownership.recovery.ledger.Statement statement) {
    return new LetterOfClaimLetter(
        c,
        reference,
        amount,
        judgment,
        lease,
        continuing,
        instalments,
        replyTo,
        statement,
        LetterOfClaimFigures.protocol());
  }

  @Test
  void aLetterOfClaimWithEverythingMissingNamesEachProblem() {
    LetterOfClaimLetter bare =
        claim(Fixtures.correspondence(), null, null, null, null, null, null, null, null);
    assertThat(problems(bare))
        .containsExactly(
            new Problem("claimReference", "is missing"),
            new Problem("claimableAmount", "is missing"),
            new Problem("lease", "is missing"),
            new Problem("continuing", "is missing"),
            new Problem("replyTo", "is missing"),
            new Problem("statement", "is missing"));
  }

  @Test
  void aLetterOfClaimNeedsTheLeaseDateAndParties() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    LetterOfClaimLetter noLeaseDate =
        claim(
            l.correspondence(),
            l.claimReference(),
            l.claimableAmount(),
            l.nettedJudgment(),
            new LeaseAgreement(null, List.of(), false),
            l.continuing(),
            null,
            l.replyTo(),
            l.statement());
    assertThat(problems(noLeaseDate))
        .containsExactly(
            new Problem("lease.date", "is missing"),
            new Problem(
                "lease.parties",
                "are missing: a letter of claim names the parties to the written agreement"));
  }

  @Test
  void aLetterOfClaimWithNoCorrespondenceAddressIsRefused() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    assertThat(problems(withCorrespondence(l, l.correspondence().withAddress(null))))
        .containsExactly(new Problem("correspondence.address", "is missing"));
  }

  @Test
  void aLetterOfClaimCannotGoToAnOverseasAddressWhenTheCouncilDoesNotPostOverseas() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    assertThat(problems(withCorrespondence(l, l.correspondence().withAddress(PARIS))))
        .extracting(Problem::field)
        .containsExactly("correspondence.address");
  }

  @Test
  void aLetterOfClaimGoesByPost() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    for (ServiceMethod notPost :
        List.of(ServiceMethod.EMAIL, ServiceMethod.HAND_DELIVERY, ServiceMethod.PERSONAL)) {
      assertThat(
              Fixtures.composer()
                  .check(withCorrespondence(l, l.correspondence().withDelivery(notPost))))
          .extracting(Problem::field)
          .contains("correspondence.delivery");
    }
    assertThat(
            Fixtures.composer()
                .check(
                    withCorrespondence(
                        l, l.correspondence().withDelivery(ServiceMethod.SECOND_CLASS_POST))))
        .isEmpty();
  }

  @Test
  void aLetterOfClaimSaysOnWhatBasisInterestAndChargesContinue() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    LetterOfClaimLetter unsaid =
        claim(
            l.correspondence(),
            l.claimReference(),
            l.claimableAmount(),
            null,
            l.lease(),
            new ContinuingCharges(true, " ", true, null),
            null,
            l.replyTo(),
            l.statement());
    assertThat(problems(unsaid))
        .extracting(Problem::field)
        .containsExactly("continuing.interestBasis", "continuing.otherChargesBasis");
    LetterOfClaimLetter unknown =
        claim(
            l.correspondence(),
            l.claimReference(),
            l.claimableAmount(),
            null,
            l.lease(),
            new ContinuingCharges(null, null, null, null),
            null,
            l.replyTo(),
            l.statement());
    assertThat(problems(unknown))
        .containsExactly(
            new Problem("continuing.interest", "is missing"),
            new Problem("continuing.otherCharges", "is missing"));
  }

  @Test
  void aLetterOfClaimClaimsSomethingAndNotesAJudgmentProperly() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    LetterOfClaimLetter bad =
        claim(
            l.correspondence(),
            " ",
            Money.ZERO,
            new NettedJudgment(" ", Fixtures.LETTER_DATE.plusDays(1), Money.ZERO),
            l.lease(),
            l.continuing(),
            " ",
            l.replyTo(),
            l.statement());
    assertThat(problems(bad))
        .containsExactly(
            new Problem("claimReference", "is blank"),
            new Problem("claimableAmount", "is not above zero: nothing to claim"),
            new Problem("nettedJudgment.claimNumber", "is blank"),
            new Problem("nettedJudgment.judgmentOn", "is after the letter's date"),
            new Problem("nettedJudgment.amount", "is not above zero"),
            new Problem("instalmentsNotAcceptable", "is blank"));
  }

  @Test
  void aLetterOfClaimEnclosesAStatementOfItsOwnAccountUpToItsDate() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    Correspondence later = l.correspondence().withLetterDate(LocalDate.of(2026, 11, 23));
    assertThat(problems(withCorrespondence(l, later)))
        .containsExactly(new Problem("statement.period", "ends after the letter's date"));
  }

  @Test
  void aLetterOfClaimDatedBeforeTheProtocolHasNoFigures() {
    LetterOfClaimLetter l = Fixtures.letterOfClaim();
    LetterOfClaimLetter early =
        new LetterOfClaimLetter(
            l.correspondence(),
            l.claimReference(),
            l.claimableAmount(),
            null,
            l.lease(),
            l.continuing(),
            null,
            l.replyTo(),
            l.statement(),
            EffectiveDated.from(
                LocalDate.of(2027, 1, 1), new LetterOfClaimFigures(30, 30, 30), "test", "test"));
    assertThat(problems(early))
        .containsExactly(
            new Problem(
                "figures", "no Pre-Action Protocol figures are in force on the letter's date"));
  }

  @Test
  void theReplyDateIsTheProtocolsDaysAfterTheLettersDate() {
    String html = Fixtures.composer().composeHtml(Fixtures.letterOfClaim()).orElseThrow().html();
    assertThat(html)
        .contains("within 30 days of the date of this letter, that is by <strong>24 December 2026")
        .contains("not start court proceedings less than 30 days after");
  }

  private static LetterOfClaimLetter withCorrespondence(LetterOfClaimLetter l, Correspondence c) {
    return new LetterOfClaimLetter(
        c,
        l.claimReference(),
        l.claimableAmount(),
        l.nettedJudgment(),
        l.lease(),
        l.continuing(),
        l.instalmentsNotAcceptable(),
        l.replyTo(),
        l.statement(),
        l.figures());
  }

  // The arrangement letters

  @Test
  void aConfirmationNeedsALiveArrangementForTheAccountAndTheCouncilsStepsIfMissed() {
    assertThat(
            problems(new ArrangementConfirmationLetter(Fixtures.correspondence(), null, List.of())))
        .containsExactly(
            new Problem("arrangement", "is missing"),
            new Problem(
                "ifMissed", "are missing: give the council's policy, in the words to print"));
    ArrangementRecord proposed = ArrangementRecord.proposed(Fixtures.arrangement());
    assertThat(
            problems(
                new ArrangementConfirmationLetter(
                    Fixtures.correspondence(), proposed, Fixtures.wiltshireSteps())))
        .containsExactly(
            new Problem(
                "arrangement.state",
                "is not live on the letter's date: an arrangement is confirmed once approved"));
    Correspondence otherAccount =
        new Correspondence(
            Fixtures.LETTER_DATE,
            org.homeownership.recovery.account.AccountId.of("SC-999"),
            Fixtures.correspondence().stream(),
            Fixtures.correspondence().parties(),
            Fixtures.flat(),
            ServiceMethod.FIRST_CLASS_POST);
    assertThat(
            problems(
                new ArrangementConfirmationLetter(
                    otherAccount, Fixtures.liveArrangement(), Fixtures.wiltshireSteps())))
        .containsExactly(
            new Problem("arrangement.accounts", "do not include the letter's account"));
  }

  @Test
  void aBreachLetterNeedsABreachWithAShortfall() {
    ArrangementBreachLetter b = Fixtures.arrangementBreach();
    ArrangementBreachLetter stillLive =
        new ArrangementBreachLetter(
            b.correspondence(), Fixtures.liveArrangement(), b.catchUpBy(), b.ifNotCaughtUp());
    assertThat(problems(stillLive))
        .containsExactly(new Problem("arrangement.state", "is not breached on the letter's date"));
    ArrangementRecord noShortfall =
        Fixtures.liveArrangement()
            .with(
                StateChange.monitored(
                    LocalDate.of(2027, 2, 8),
                    ArrangementState.LIVE,
                    ArrangementState.BREACHED,
                    Money.parse("1876.75"),
                    Money.parse("1876.75"),
                    "x"));
    assertThat(
            problems(
                new ArrangementBreachLetter(
                    b.correspondence(), noShortfall, b.catchUpBy(), b.ifNotCaughtUp())))
        .extracting(Problem::field)
        .containsExactly("arrangement.breach");
  }

  @Test
  void aBreachLetterNeedsACatchUpDateAfterTheLetterAndTheCouncilsNextSteps() {
    ArrangementBreachLetter b = Fixtures.arrangementBreach();
    assertThat(
            problems(
                new ArrangementBreachLetter(
                    b.correspondence(), b.record(), Fixtures.BREACH_LETTER_DATE, List.of(" "))))
        .containsExactly(
            new Problem("catchUpBy", "is not after the letter's date"),
            new Problem(
                "ifNotCaughtUp", "are missing: give the council's policy, in the words to print"));
    assertThat(
            problems(
                new ArrangementBreachLetter(
                    b.correspondence(), b.record(), null, b.ifNotCaughtUp())))
        .containsExactly(new Problem("catchUpBy", "is missing"));
  }

  // The breathing space acknowledgement

  @Test
  void aBreathingSpaceAcknowledgementGoesToTheDebtorAlone() {
    BreathingSpaceAcknowledgementLetter a = Fixtures.breathingSpaceAcknowledgement();
    BreathingSpaceAcknowledgementLetter joint =
        new BreathingSpaceAcknowledgementLetter(
            Fixtures.correspondence(), a.moratorium(), a.moratoriumDebt(), a.ongoingLiabilities());
    assertThat(problems(joint))
        .extracting(Problem::field)
        .containsExactly("correspondence.parties");
    assertThat(
            problems(
                new BreathingSpaceAcknowledgementLetter(a.correspondence(), null, null, List.of())))
        .containsExactly(
            new Problem("moratorium", "is missing"), new Problem("moratoriumDebt", "is missing"));
  }

  @Test
  void aChargeDueOnOrBeforeTheApplicationDateCannotBeListedAsPayable() {
    BreathingSpaceAcknowledgementLetter a = Fixtures.breathingSpaceAcknowledgement();
    LocalDate applied = a.moratorium().applicationDate();
    for (LocalDate due : List.of(applied.minusDays(1), applied)) {
      BreathingSpaceAcknowledgementLetter asksForMoratoriumDebt =
          new BreathingSpaceAcknowledgementLetter(
              a.correspondence(),
              a.moratorium(),
              a.moratoriumDebt(),
              List.of(new OngoingLiability("Service charge", due, Money.parse("410.71"))));
      assertThat(problems(asksForMoratoriumDebt))
          .singleElement()
          .satisfies(p -> assertThat(p.field()).isEqualTo("ongoingLiabilities[0].dueDate"))
          .satisfies(p -> assertThat(p.reason()).contains("moratorium debt").contains("§7.4"));
    }
    BreathingSpaceAcknowledgementLetter dayAfter =
        new BreathingSpaceAcknowledgementLetter(
            a.correspondence(),
            a.moratorium(),
            a.moratoriumDebt(),
            List.of(
                new OngoingLiability("Service charge", applied.plusDays(1), Money.parse("1.00"))));
    assertThat(Fixtures.composer().check(dayAfter)).isEmpty();
  }

  @Test
  void theAcknowledgementDemandsNoMoratoriumDebt() {
    for (BreathingSpaceAcknowledgementLetter letter :
        List.of(
            Fixtures.breathingSpaceAcknowledgement(),
            new BreathingSpaceAcknowledgementLetter(
                Fixtures.breathingSpaceAcknowledgement().correspondence(),
                Fixtures.breathingSpace(),
                Money.parse("3126.75"),
                List.of()))) {
      String text = bodyText(Fixtures.composer().composeHtml(letter).orElseThrow().html());
      assertThat(text)
          .contains("£3,126.75 owing")
          .contains("contact you to ask for payment")
          .contains("You do not have to make any payments towards these debts")
          .doesNotContainIgnoringCase("please pay")
          .doesNotContainPattern(PAY_BY_A_DATE)
          .doesNotContainIgnoringCase("must pay")
          .doesNotContainIgnoringCase("what you need to do")
          .doesNotContain("Each of you is responsible for paying");
      // the moratorium debt appears once, in the statement of what the breathing space covers
      assertThat(text.split("£3,126\\.75", -1)).hasSize(2);
      if (letter.ongoingLiabilities().isEmpty()) {
        assertThat(text).doesNotContain("How to pay").doesNotContain("Bank transfer");
      } else {
        assertThat(text)
            .contains("How to pay the charges that are not in your breathing space")
            .contains("Service charge instalment, January to March 2027 1 January 2027 £410.71");
      }
    }
  }

  @Test
  void aMentalHealthCrisisMoratoriumIsNamedAndHasNoEndDate() {
    var bs = Fixtures.breathingSpace();
    var crisis =
        new org.homeownership.recovery.recoverycase.hold.Hold.BreathingSpace(
            org.homeownership.recovery.recoverycase.hold.HoldTerms.from(
                bs.terms().start(), "mhcm", bs.terms().setBy()),
            org.homeownership.recovery.recoverycase.hold.MoratoriumKind.MENTAL_HEALTH_CRISIS,
            bs.registeredOn(),
            bs.applicationDate(),
            Optional.empty());
    BreathingSpaceAcknowledgementLetter a = Fixtures.breathingSpaceAcknowledgement();
    String html =
        Fixtures.composer()
            .composeHtml(
                new BreathingSpaceAcknowledgementLetter(
                    a.correspondence(), crisis, a.moratoriumDebt(), List.of()))
            .orElseThrow()
            .html();
    assertThat(html).contains("mental health crisis breathing space").doesNotContain("due to end");
  }
}
