package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.ageing.AgeingBands;
import org.homeownership.recovery.ageing.ArrearsAgeing;
import org.homeownership.recovery.allocation.AllocationStrategy;
import org.homeownership.recovery.allocation.PaymentAllocator;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.calendar.ServiceMethod;
import org.homeownership.recovery.ledger.Ledger;
import org.junit.jupiter.api.Test;

class LetterValidationTest {

  private static final PostalAddress PARIS =
      PostalAddress.builder()
          .addLines("12 rue de la Paix")
          .town("Paris")
          .postcode("75002")
          .countryCode("FR")
          .build();

  private static List<Problem> problems(Letterhead letterhead, Letter letter) {
    LetterComposer composer = new LetterComposer(letterhead, TemplateSource.defaults());
    RenderResult<HtmlLetter> html = composer.composeHtml(letter);
    RenderResult<PdfLetter> pdf = composer.composePdf(letter);
    assertThat(html.isRendered()).isFalse();
    assertThat(pdf.isRendered()).isFalse();
    assertThat(pdf.problems()).isEqualTo(html.problems());
    assertThat(composer.check(letter)).isEqualTo(html.problems());
    return html.problems();
  }

  private static List<Problem> problems(Letter letter) {
    return problems(Fixtures.letterhead(), letter);
  }

  @Test
  void aCompleteLetterHasNoProblems() {
    LetterComposer composer = Fixtures.composer();
    assertThat(composer.check(Fixtures.statementLetter())).isEmpty();
    assertThat(composer.check(Fixtures.reminder())).isEmpty();
    assertThat(composer.check(Fixtures.finalReminder())).isEmpty();
    assertThat(composer.composeHtml(Fixtures.reminder()).isRendered()).isTrue();
  }

  @Test
  void theLandlordsLegalNameIsRequired() {
    Letterhead noName = withLetterhead().legalName(null).build();
    Letterhead blank = withLetterhead().legalName(" ").build();
    assertThat(problems(noName, Fixtures.reminder()))
        .containsExactly(new Problem("letterhead.legalName", "is missing"));
    assertThat(problems(blank, Fixtures.reminder()))
        .extracting(Problem::field)
        .containsExactly("letterhead.legalName");
  }

  @Test
  void theLandlordsAddressForServiceIsRequiredAndMustBeInTheUnitedKingdom() {
    Letterhead none = withLetterhead().addressForService(null).build();
    Letterhead overseas = withLetterhead().addressForService(PARIS).build();
    assertThat(problems(none, Fixtures.statementLetter()))
        .containsExactly(new Problem("letterhead.addressForService", "is missing"));
    assertThat(problems(overseas, Fixtures.statementLetter()))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("letterhead.addressForService"))
        .satisfies(p -> assertThat(p.reason()).contains("s.48"));
  }

  @Test
  void theCouncilsContactDetailsAreRequired() {
    Letterhead none = withLetterhead().contact(null).build();
    Letterhead unreachable =
        withLetterhead()
            .contact(new ContactDetails("Home Ownership", null, null, null, null))
            .build();
    assertThat(problems(none, Fixtures.reminder()))
        .containsExactly(new Problem("letterhead.contact", "is missing"));
    assertThat(problems(unreachable, Fixtures.reminder()))
        .containsExactly(
            new Problem(
                "letterhead.contact", "has neither a telephone number nor an email address"));
  }

  @Test
  void atLeastOnePaymentMethodIsRequired() {
    Letterhead l = Fixtures.letterhead();
    Letterhead noWayToPay =
        new Letterhead(l.legalName(), l.addressForService(), l.contact(), List.of(), null, false);
    assertThat(problems(noWayToPay, Fixtures.reminder()))
        .containsExactly(new Problem("letterhead.paymentMethods", "names no way to pay"));
  }

  @Test
  void theLetterDateAccountAndStreamAreRequired() {
    Correspondence c = Fixtures.correspondence();
    Correspondence bare =
        new Correspondence(
            null, null, null, c.parties(), c.address(), ServiceMethod.FIRST_CLASS_POST);
    assertThat(problems(new ArrearsReminderLetter(bare, Fixtures.arrears(), Fixtures.PAY_BY)))
        .extracting(Problem::field)
        .containsExactly(
            "correspondence.letterDate", "correspondence.account", "correspondence.stream");
  }

  @Test
  void somebodyMustBeNamed() {
    Correspondence nobody = Fixtures.correspondence().withParties(List.of());
    assertThat(problems(new StatementOfAccountLetter(nobody, Fixtures.statement())))
        .containsExactly(new Problem("correspondence.parties", "names nobody to write to"));
  }

  @Test
  void aCorrespondenceAddressIsRequired() {
    Correspondence noAddress = Fixtures.correspondence().withAddress(null);
    assertThat(problems(new StatementOfAccountLetter(noAddress, Fixtures.statement())))
        .containsExactly(new Problem("correspondence.address", "is missing"));
  }

  @Test
  void anOverseasAddressCannotBeSentByPostUnlessTheCouncilPostsOverseas() {
    Correspondence overseas = Fixtures.correspondence().withAddress(PARIS);
    Letter letter = new ArrearsReminderLetter(overseas, Fixtures.arrears(), Fixtures.PAY_BY);
    assertThat(problems(letter))
        .singleElement()
        .satisfies(p -> assertThat(p.field()).isEqualTo("correspondence.address"))
        .satisfies(p -> assertThat(p.reason()).contains("outside the United Kingdom"));

    LetterComposer postsOverseas =
        new LetterComposer(withLetterhead().postsOverseas(true).build(), TemplateSource.defaults());
    String html = postsOverseas.composeHtml(letter).orElseThrow().html();
    assertThat(html).contains("<p>Paris</p>").contains("<p>FRANCE</p>");
  }

  @Test
  void anOverseasLeaseholderCanBeWrittenToByEmailIfTheyGaveAnAddress() {
    Party withEmail =
        Party.builder()
            .id(PartyId.of("P-9"))
            .role(PartyRole.LEASEHOLDER)
            .name("Ms Claire Dubois")
            .email("claire@example.fr")
            .build();
    Correspondence byEmail =
        Fixtures.correspondence()
            .withAddress(PARIS)
            .withParties(List.of(withEmail))
            .withDelivery(ServiceMethod.EMAIL);
    assertThat(
            Fixtures.composer()
                .check(new ArrearsReminderLetter(byEmail, Fixtures.arrears(), Fixtures.PAY_BY)))
        .isEmpty();

    Correspondence noEmail = byEmail.withParties(Fixtures.jointAccount().parties());
    assertThat(problems(new ArrearsReminderLetter(noEmail, Fixtures.arrears(), Fixtures.PAY_BY)))
        .extracting(Problem::field)
        .containsExactly("correspondence.parties");
  }

  @Test
  void aStatementOfAccountNeedsAStatementForItsAccount() {
    assertThat(problems(new StatementOfAccountLetter(Fixtures.correspondence(), null)))
        .containsExactly(new Problem("statement", "is missing"));
    var otherAccount =
        Ledger.empty(AccountId.of("SC-999999"))
            .statement(DateRange.inclusive(Fixtures.LETTER_DATE, Fixtures.LETTER_DATE));
    assertThat(problems(new StatementOfAccountLetter(Fixtures.correspondence(), otherAccount)))
        .containsExactly(
            new Problem("statement.account", "is for a different account from the letter"));
  }

  @Test
  void aReminderNeedsArrearsAndAPayByDate() {
    assertThat(problems(new ArrearsReminderLetter(Fixtures.correspondence(), null, null)))
        .containsExactly(new Problem("arrears", "is missing"), new Problem("payBy", "is missing"));
    assertThat(problems(new FinalReminderLetter(Fixtures.correspondence(), null, null)))
        .containsExactly(new Problem("arrears", "is missing"), new Problem("payBy", "is missing"));
  }

  @Test
  void aReminderNeedsSomethingOverdue() {
    var nothingOwed =
        new ArrearsAgeing(AgeingBands.standard())
            .age(
                new PaymentAllocator(AllocationStrategy.oldestDueFirst())
                    .allocate(Ledger.empty(Fixtures.ACCOUNT), Fixtures.LETTER_DATE));
    assertThat(
            problems(
                new ArrearsReminderLetter(Fixtures.correspondence(), nothingOwed, Fixtures.PAY_BY)))
        .containsExactly(new Problem("arrears", "shows nothing overdue"));
  }

  @Test
  void theArrearsMustBeAgedByTheLettersDateAndThePayByDateMustFollowIt() {
    Correspondence early =
        Fixtures.correspondence().withLetterDate(Fixtures.LETTER_DATE.minusDays(1));
    assertThat(
            problems(
                new ArrearsReminderLetter(
                    early, Fixtures.arrears(), Fixtures.LETTER_DATE.minusDays(1))))
        .containsExactly(
            new Problem("arrears.asOf", "is after the letter's date"),
            new Problem("payBy", "is not after the letter's date"));
  }

  @Test
  void everyProblemIsReportedAtOnceWithoutPersonalData() {
    Letterhead empty = Letterhead.builder().build();
    Correspondence c = Fixtures.correspondence().withAddress(null).withLetterDate(null);
    List<Problem> found = problems(empty, new ArrearsReminderLetter(c, null, null));
    assertThat(found)
        .extracting(Problem::field)
        .containsExactly(
            "letterhead.legalName",
            "letterhead.addressForService",
            "letterhead.contact",
            "letterhead.paymentMethods",
            "correspondence.letterDate",
            "correspondence.address",
            "arrears",
            "payBy");
    String text = found.toString();
    assertThat(text).doesNotContain("Smith", "Khan", "Elm", "AN2");
  }

  @Test
  void takingTheDocumentFromARefusalNamesTheFieldsButNoPersonalData() {
    Correspondence c = Fixtures.correspondence().withAddress(null);
    RenderResult<HtmlLetter> refused =
        Fixtures.composer().composeHtml(new StatementOfAccountLetter(c, null));
    assertThatThrownBy(refused::orElseThrow)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("correspondence.address: is missing")
        .hasMessageContaining("statement: is missing")
        .message()
        .doesNotContain("Smith", "Khan");
  }

  private static Letterhead.Builder withLetterhead() {
    Letterhead l = Fixtures.letterhead();
    Letterhead.Builder builder =
        Letterhead.builder()
            .legalName(l.legalName())
            .addressForService(l.addressForService())
            .contact(l.contact());
    l.paymentMethods().forEach(p -> builder.addPaymentMethod(p.method(), p.instructions()));
    return builder;
  }
}
