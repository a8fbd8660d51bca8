package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.IncurredDateRule;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.servicecharge.Instalment;
import org.homeownership.recovery.servicecharge.ServiceChargeBill;
import org.homeownership.recovery.sundry.SundryInvoice;
import org.homeownership.recovery.sundry.SundryKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The data each statutory letter needs, and the prescribed summaries of rights (configured or not).
 */
class StatutoryLetterValidationTest {

  private static List<Problem> problems(LetterComposer composer, Letter letter) {
    RenderResult<HtmlLetter> html = composer.composeHtml(letter);
    RenderResult<PdfLetter> pdf = composer.composePdf(letter);
    assertThat(html.isRendered()).isFalse();
    assertThat(pdf.isRendered()).isFalse();
    assertThat(pdf.problems()).isEqualTo(html.problems());
    return html.problems();
  }

  private static List<Problem> problems(Letter letter) {
    return problems(Fixtures.composer(), letter);
  }

  static List<Letter> letters() {
    return Fixtures.statutoryLetters();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void aCompleteLetterHasNoProblems(Letter letter) {
    assertThat(Fixtures.composer().check(letter)).isEmpty();
    assertThat(Fixtures.composer().composeHtml(letter).isRendered()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void noLetterGoesOutWithoutTheLandlordsAddressForService(Letter letter) {
    Letterhead noAddress =
        Letterhead.builder()
            .legalName("London Borough of Anytown")
            .contact(Fixtures.letterhead().contact())
            .addPaymentMethod("Bank transfer", "sort code 00-00-00")
            .build();
    assertThat(problems(new LetterComposer(noAddress, Fixtures.templatesWithSummaries()), letter))
        .containsExactly(new Problem("letterhead.addressForService", "is missing"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void anOverseasAddressWithoutAnEmailAddressIsRefused(Letter letter) {
    PostalAddress paris =
        PostalAddress.builder()
            .addLines("12 rue de la Paix")
            .town("Paris")
            .postcode("75002")
            .countryCode("FR")
            .build();
    Correspondence abroad =
        letter.correspondence().withAddress(paris).withDelivery(ServiceMethod.EMAIL);
    Letter sent = withCorrespondence(letter, abroad);
    assertThat(problems(sent))
        .containsExactly(
            new Problem(
                "correspondence.parties",
                "no party has an email address, so the letter cannot go by email"));
    Letter posted = withCorrespondence(letter, letter.correspondence().withAddress(paris));
    assertThat(problems(posted))
        .extracting(Problem::field)
        .containsExactly("correspondence.address");
  }

  @Test
  void anOverseasLeaseholderWithAnEmailAddressGetsTheDemandByEmail() {
    Party withEmail =
        Party.builder()
            .id(PartyId.of("P-9"))
            .role(PartyRole.LEASEHOLDER)
            .name("Ms Jane Smith")
            .email("jane@example.org")
            .build();
    Correspondence abroad =
        Fixtures.correspondence()
            .withParties(List.of(withEmail))
            .withAddress(
                PostalAddress.builder()
                    .addLines("12 rue de la Paix")
                    .town("Paris")
                    .postcode("75002")
                    .countryCode("FR")
                    .build())
            .withDelivery(ServiceMethod.EMAIL);
    Letter letter = withCorrespondence(Fixtures.estimateDemand(), abroad);
    assertThat(Fixtures.composer().check(letter)).isEmpty();
  }

  @Test
  void anEstimateDemandNeedsItsBillAndInstalmentsThatAddUp() {
    ServiceChargeBill bill = Fixtures.estimateBill();
    assertThat(
            problems(
                new ServiceChargeEstimateDemandLetter(
                    Fixtures.correspondence(), "SCE-1", bill, List.of())))
        .containsExactly(new Problem("instalments", "are missing"));
    List<Instalment> short1 =
        List.of(new Instalment(1, LocalDate.of(2027, 4, 1), Money.parse("100.00"), 1));
    assertThat(
            problems(
                new ServiceChargeEstimateDemandLetter(
                    Fixtures.correspondence(), "SCE-1", bill, short1)))
        .containsExactly(
            new Problem("instalments", "do not add up to the year's charge on the bill"));
    assertThat(
            problems(
                new ServiceChargeEstimateDemandLetter(
                    Fixtures.correspondence(), " ", null, Fixtures.instalments(bill))))
        .containsExactly(
            new Problem("demandReference", "is blank"), new Problem("bill", "is missing"));
    assertThat(
            problems(
                new ServiceChargeEstimateDemandLetter(
                    Fixtures.correspondence(),
                    "SCE-1",
                    Fixtures.yearEnd("1.00").actual().orElseThrow(),
                    Fixtures.instalments(Fixtures.yearEnd("1.00").actual().orElseThrow()))))
        .containsExactly(new Problem("bill.stage", "is not the estimate for the year"));
  }

  @Test
  void aYearEndStatementWithABalancingChargeNeedsAPayByDateAndTheSummary() {
    YearEndStatementLetter noDate =
        new YearEndStatementLetter(
            Fixtures.correspondence(), "YE-1", Fixtures.yearEnd("1500.00"), null);
    assertThat(problems(noDate)).containsExactly(new Problem("payBy", "is missing"));
    assertThat(Fixtures.yearEndStatement().enclosedSummary())
        .contains(SummaryOfRights.Kind.SERVICE_CHARGES);
  }

  @Test
  void aYearEndCreditDemandsNothingAndEnclosesNoSummary() {
    YearEndStatementLetter credit = Fixtures.yearEndCredit();
    assertThat(credit.enclosedSummary()).isEmpty();
    LetterComposer noSummaries =
        new LetterComposer(Fixtures.letterhead(), TemplateSource.defaults());
    HtmlLetter html = noSummaries.composeHtml(credit).orElseThrow();
    assertThat(html.enclosedSummary()).isEmpty();
    assertThat(html.html())
        .contains("Credit to your account")
        .contains("We have credited <strong>£")
        .doesNotContain("How to pay")
        .doesNotContain("summary-of-rights-service-charges");
  }

  @Test
  void aMajorWorksInvoiceNeedsItsChargeOptionsAndDueDate() {
    assertThat(
            problems(
                new MajorWorksInvoiceLetter(
                    Fixtures.correspondence(), "MW-1", null, null, Fixtures.LETTER_DATE)))
        .containsExactly(
            new Problem("charge", "is missing"),
            new Problem("offer", "is missing"),
            new Problem("dueDate", "is not after the letter's date"));
    MajorWorksInvoiceLetter otherAmount =
        new MajorWorksInvoiceLetter(
            Fixtures.correspondence(),
            "MW-1",
            new org.homeownership.recovery.majorworks.MajorWorksCharge(
                "MW",
                Fixtures.DWELLING,
                Money.parse("9000.00"),
                com.google.common.collect.ImmutableList.of(),
                com.google.common.collect.ImmutableList.of()),
            Fixtures.majorWorksOffer(),
            Fixtures.PAY_BY);
    assertThat(problems(otherAmount))
        .containsExactly(new Problem("offer", "is for a different amount from the charge"));
  }

  @Test
  void aGroundRentNoticeWhosePaymentDateIsOutsideTheWindowIsRefusedCitingSection166() {
    LocalDate tooSoon = Fixtures.LETTER_DATE.plusDays(29);
    LocalDate tooLate = Fixtures.LETTER_DATE.plusDays(61);
    for (LocalDate date : List.of(tooSoon, tooLate)) {
      assertThat(problems(Fixtures.groundRentNotice(date)))
          .singleElement()
          .satisfies(p -> assertThat(p.field()).isEqualTo("notice.paymentDate"))
          .satisfies(
              p -> assertThat(p.reason()).contains("s.166(3)").contains("30").contains("60"));
    }
    assertThat(
            Fixtures.composer().check(Fixtures.groundRentNotice(Fixtures.LETTER_DATE.plusDays(60))))
        .isEmpty();
  }

  @Test
  void aGroundRentNoticeNeedsACheckMadeForItsOwnDates() {
    GroundRentNoticeLetter valid = Fixtures.groundRentNotice();
    GroundRentNoticeLetter unchecked =
        new GroundRentNoticeLetter(Fixtures.correspondence(), valid.notice(), null);
    assertThat(problems(unchecked)).containsExactly(new Problem("check", "is missing"));
    GroundRentNoticeLetter stale =
        new GroundRentNoticeLetter(
            Fixtures.correspondence(),
            valid.notice(),
            Fixtures.SECTION_166.check(
                new org.homeownership.recovery.groundrent.GroundRentNotice(
                    Fixtures.ACCOUNT,
                    Fixtures.DWELLING,
                    "GR-OLD",
                    valid.notice().rentPeriod(),
                    Money.parse("10.00"),
                    Fixtures.LETTER_DATE.minusDays(40),
                    Fixtures.LETTER_DATE,
                    LocalDate.of(2026, 12, 25))));
    assertThat(problems(stale))
        .contains(new Problem("check", "was made for other dates than the notice's"));
  }

  @Test
  void anAdministrationChargeDemandNeedsAnAdministrationCharge() {
    SundryInvoice repair =
        SundryInvoice.builder()
            .account(Fixtures.ACCOUNT)
            .dwelling(Fixtures.DWELLING)
            .invoiceNumber("SUN-1")
            .kind(SundryKind.RECHARGEABLE_REPAIR)
            .particulars("Door replaced")
            .amount(Money.parse("120.00"))
            .dateRaised(Fixtures.LETTER_DATE)
            .dueDate(Fixtures.LETTER_DATE.plusDays(28))
            .build();
    assertThat(problems(new AdministrationChargeDemandLetter(Fixtures.correspondence(), repair)))
        .extracting(Problem::field)
        .containsExactly("invoice.kind");
    assertThat(problems(new AdministrationChargeDemandLetter(Fixtures.correspondence(), null)))
        .containsExactly(new Problem("invoice", "is missing"));
  }

  @Test
  void aSection20bNoticeWithNoCostsIsRefused() {
    Section20bNoticeLetter empty =
        new Section20bNoticeLetter(
            Fixtures.correspondence(),
            "S20B-1",
            List.of(),
            IncurredDateRule.EARLIER_OF_INVOICE_AND_PAYMENT);
    assertThat(problems(empty))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("costs"))
        .satisfies(p -> assertThat(p.reason()).contains("state the costs actually incurred"));
  }

  @Test
  void aSection20bNoticeIsOnlyForCostsIncurredInTheLast18Months() {
    CostLine future =
        CostLine.builder()
            .description("Lift repairs")
            .share(Money.parse("10.00"))
            .invoicedOn(Fixtures.LETTER_DATE.plusDays(1))
            .build();
    CostLine stale =
        CostLine.builder()
            .description("Roof repairs")
            .share(Money.parse("10.00"))
            .invoicedOn(Fixtures.LETTER_DATE.minusMonths(18).minusDays(1))
            .build();
    Section20bNoticeLetter letter =
        new Section20bNoticeLetter(
            Fixtures.correspondence(), "S20B-1", List.of(future, stale), IncurredDateRule.INVOICE);
    assertThat(problems(letter))
        .extracting(Problem::field)
        .containsExactly("costs[0].incurred", "costs[1].incurred");
  }

  @Test
  void aSection20bNoticeDemandsNothing() {
    String html = Fixtures.composer().composeHtml(Fixtures.section20bNotice()).orElseThrow().html();
    assertThat(html)
        .contains("This notice is not a demand for payment")
        .contains("£312.40")
        .contains("£458.25")
        .doesNotContain("How to pay");
  }

  static List<Letter> demandsWithSummaries() {
    return List.of(
        Fixtures.estimateDemand(),
        Fixtures.yearEndStatement(),
        Fixtures.majorWorksInvoice(),
        Fixtures.administrationChargeDemand());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demandsWithSummaries")
  void aDemandIsRefusedWhenThePrescribedSummaryIsNotConfigured(Letter letter) {
    SummaryOfRights.Kind kind = letter.enclosedSummary().orElseThrow();
    LetterComposer jarOnly = new LetterComposer(Fixtures.letterhead(), TemplateSource.defaults());
    assertThat(problems(jarOnly, letter))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("templates." + kind.templateCode()))
        .satisfies(
            p ->
                assertThat(p.reason())
                    .startsWith(
                        "the prescribed summary of rights and obligations is not configured"));
    LetterComposer fileButNoVersion =
        new LetterComposer(
            Fixtures.letterhead(),
            TemplateSource.councilDirectoryThenDefaults(Fixtures.COUNCIL_TEMPLATES));
    assertThat(problems(fileButNoVersion, letter)).hasSize(1);
  }

  @Test
  void aDeclaredVersionWithoutTheCouncilsFileIsNotConfigured() {
    TemplateSource noFile =
        TemplateSource.defaults().withSummaryOfRights(SummaryOfRights.Kind.SERVICE_CHARGES, "v1");
    assertThat(noFile.summaryOfRights(SummaryOfRights.Kind.SERVICE_CHARGES)).isEmpty();
    assertThat(
            problems(new LetterComposer(Fixtures.letterhead(), noFile), Fixtures.estimateDemand()))
        .extracting(Problem::field)
        .containsExactly("templates.summary-of-rights-service-charges");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demandsWithSummaries")
  void aConfiguredSummaryIsEnclosedAndItsVersionRecorded(Letter letter) {
    SummaryOfRights.Kind kind = letter.enclosedSummary().orElseThrow();
    String version =
        kind == SummaryOfRights.Kind.SERVICE_CHARGES
            ? Fixtures.SERVICE_CHARGES_SUMMARY_VERSION
            : Fixtures.ADMINISTRATION_CHARGES_SUMMARY_VERSION;
    HtmlLetter html = Fixtures.composer().composeHtml(letter).orElseThrow();
    assertThat(html.enclosedSummary()).contains(new SummaryOfRights(kind, version));
    assertThat(html.html())
        .contains("<div class=\"summary-of-rights\">")
        .contains("Summary of tenants' rights and obligations")
        .contains("version " + version)
        .contains(
            "<meta name=\"keywords\" content=\"" + kind.templateCode() + " version " + version);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("letters")
  void everyStatutoryLetterSignpostsFreeDebtAdvice(Letter letter) {
    assertThat(Fixtures.composer().composeHtml(letter).orElseThrow().html())
        .contains("Free, independent debt advice")
        .contains("www.moneyhelper.org.uk");
  }

  private static Letter withCorrespondence(Letter letter, Correspondence c) {
    if (letter instanceof ServiceChargeEstimateDemandLetter l) {
      return new ServiceChargeEstimateDemandLetter(
          c, l.demandReference(), l.bill(), l.instalments());
    }
    if (letter instanceof YearEndStatementLetter l) {
      return new YearEndStatementLetter(c, l.reference(), l.balance(), l.payBy());
    }
    if (letter instanceof MajorWorksInvoiceLetter l) {
      return new MajorWorksInvoiceLetter(c, l.invoiceNumber(), l.charge(), l.offer(), l.dueDate());
    }
    if (letter instanceof GroundRentNoticeLetter l) {
      return new GroundRentNoticeLetter(c, l.notice(), l.check());
    }
    if (letter instanceof AdministrationChargeDemandLetter l) {
      return new AdministrationChargeDemandLetter(c, l.invoice());
    }
    Section20bNoticeLetter l = (Section20bNoticeLetter) letter;
    return new Section20bNoticeLetter(c, l.reference(), l.costs(), l.incurredDateRule());
  }
}
