package org.homeownership.recovery.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.IncurredDateRule;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.sundry.SundryInvoice;
import org.junit.jupiter.api.Test;

class EscapingTest {

  static final String HOSTILE_NAME = "<script>alert('x')</script> O'Brien & Sons <b>Ltd</b>";

  static Letter letterToHostileName() {
    Correspondence c =
        Fixtures.correspondence().withParties(List.of(Fixtures.party("P-666", HOSTILE_NAME)));
    return new ArrearsReminderLetter(c, Fixtures.arrears(), Fixtures.PAY_BY);
  }

  @Test
  void aNameContainingMarkupPrintsAsText() {
    String html = Fixtures.composer().composeHtml(letterToHostileName()).orElseThrow().html();
    assertThat(html)
        .doesNotContain("<script>", "<b>Ltd</b>")
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Brien &amp; Sons &lt;b&gt;Ltd&lt;/b&gt;");
  }

  @Test
  void theLetterheadIsEscapedToo() {
    Letterhead l = Fixtures.letterhead();
    Letterhead hostile =
        Letterhead.builder()
            .legalName("Anytown & District <i>Council</i>")
            .addressForService(l.addressForService())
            .contact(l.contact())
            .addPaymentMethod("Cash", "<a href=\"http://evil.example\">pay here</a>")
            .build();
    String html =
        new LetterComposer(hostile, TemplateSource.defaults())
            .composeHtml(Fixtures.reminder())
            .orElseThrow()
            .html();
    assertThat(html)
        .doesNotContain("<i>Council</i>", "<a href")
        .contains("Anytown &amp; District &lt;i&gt;Council&lt;/i&gt;")
        .contains("&lt;a href=&quot;http://evil.example&quot;&gt;");
  }

  @Test
  void theFiguresOfTheStatutoryLettersAreEscaped() {
    Correspondence hostile =
        Fixtures.correspondence().withParties(List.of(Fixtures.party("P-666", HOSTILE_NAME)));
    SundryInvoice invoice =
        SundryInvoice.builder()
            .from(Fixtures.administrationCharge())
            .particulars("Consent to sublet <img src=x onerror=alert(1)>")
            .build();
    Letter adminCharge = new AdministrationChargeDemandLetter(hostile, invoice);
    Letter notice =
        new Section20bNoticeLetter(
            hostile,
            "S20B-<b>1</b>",
            List.of(
                CostLine.builder()
                    .description("Lift repairs <script>alert(2)</script>")
                    .share(Money.parse("10.00"))
                    .invoicedOn(Fixtures.LETTER_DATE.minusDays(10))
                    .build()),
            IncurredDateRule.INVOICE);
    for (Letter letter :
        List.of(
            adminCharge,
            notice,
            new ServiceChargeEstimateDemandLetter(
                hostile,
                "SCE-<i>1</i>",
                Fixtures.estimateBill(),
                Fixtures.instalments(Fixtures.estimateBill())))) {
      String html = Fixtures.composer().composeHtml(letter).orElseThrow().html();
      assertThat(html)
          .as(letter.templateCode())
          .doesNotContain("<script>", "<img", "<b>1</b>", "<i>1</i>")
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }
  }
}
