package org.homeownership.recovery.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.Tenure;
import org.junit.jupiter.api.Test;

class DebtorAccountTest {

  private static final PostalAddress FLAT =
      PostalAddress.builder()
          .addLines("Flat 12, Marlowe House", "Tabard Street")
          .town("London")
          .postcode("SE1 4XY")
          .build();

  private static Party leaseholder(String id, String name) {
    return Party.builder()
        .id(PartyId.of(id))
        .role(PartyRole.LEASEHOLDER)
        .name(name)
        .email(name.toLowerCase().replace(' ', '.') + "@example.org")
        .build();
  }

  private static ImmutableDebtorAccount.Builder serviceCharges() {
    return DebtorAccount.builder().id(AccountId.of("SC-100234")).stream(DebtStream.SERVICE_CHARGES)
        .dwelling(DwellingId.of("MAR-012"))
        .tenure(Tenure.LEASEHOLD)
        .correspondenceAddress(FLAT);
  }

  @Test
  void jointLeaseholdersAreJointlyAndSeverallyLiable() {
    DebtorAccount account =
        serviceCharges()
            .addParties(leaseholder("P1", "Ada Okafor"), leaseholder("P2", "Sam Okafor"))
            .build();
    assertThat(account.isJointlyAndSeverallyLiable()).isTrue();
    assertThat(
            serviceCharges()
                .addParties(leaseholder("P1", "Ada Okafor"))
                .build()
                .isJointlyAndSeverallyLiable())
        .isFalse();
  }

  @Test
  void personalDataStaysOutOfToString() {
    PostalAddress overseas =
        PostalAddress.builder()
            .addLines("Rua das Flores 12")
            .town("Lisboa")
            .postcode("1200-195")
            .countryCode("PT")
            .build();
    DebtorAccount account =
        serviceCharges()
            .addParties(leaseholder("P1", "Ada Okafor"))
            .correspondenceAddress(overseas)
            .build();

    String text = account.toString();
    assertThat(text).contains("SC-100234", "MAR-012", "P1");
    assertThat(text)
        .doesNotContain("Ada", "Okafor", "example.org", "Rua das Flores", "Lisboa", "1200-195");
    assertThat(account.correspondenceAddress().isOverseas()).isTrue();
    assertThat(FLAT.toString()).doesNotContain("Marlowe", "Tabard", "London", "SE1");
  }

  @Test
  void aStreamMustApplyToTheTenure() {
    assertThatThrownBy(
            () ->
                serviceCharges().stream(DebtStream.SHARED_OWNERSHIP_RENT)
                    .addParties(leaseholder("P1", "Ada Okafor"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "account SC-100234: SHARED_OWNERSHIP_RENT cannot arise on a LEASEHOLD dwelling");
  }

  @Test
  void partiesMustHoldTheRoleTheTenureGivesThemAndBeNamedOnce() {
    Party sharedOwner =
        Party.builder().id(PartyId.of("P3")).role(PartyRole.SHARED_OWNER).name("Jo Bloggs").build();
    assertThatThrownBy(() -> serviceCharges().addParties(sharedOwner).build())
        .hasMessage(
            "account SC-100234: party P3 is a SHARED_OWNER but a LEASEHOLD SERVICE_CHARGES"
                + " account needs a LEASEHOLDER");
    assertThatThrownBy(
            () ->
                serviceCharges()
                    .addParties(leaseholder("P1", "Ada Okafor"), leaseholder("P1", "Ada Okafor"))
                    .build())
        .hasMessage("account SC-100234 names a party twice");
    assertThatThrownBy(() -> serviceCharges().build())
        .hasMessage("account SC-100234 has no parties");
    DebtorAccount sundry =
        serviceCharges().stream(DebtStream.SUNDRY_DEBTS)
            .tenure(Tenure.TENANTED)
            .addParties(sharedOwner)
            .build();
    assertThat(sundry.parties()).hasSize(1);
  }

  @Test
  void addressesAreChecked() {
    assertThatThrownBy(
            () ->
                PostalAddress.builder()
                    .addLines("1 High Street")
                    .town("Leeds")
                    .postcode("")
                    .build())
        .hasMessage("a UK address has no postcode");
    assertThatThrownBy(() -> PostalAddress.builder().town("Leeds").postcode("LS1 1AA").build())
        .hasMessage("an address has one to four lines before the town, not 0");
    assertThatThrownBy(
            () ->
                PostalAddress.builder()
                    .addLines("1 High Street")
                    .town("Leeds")
                    .postcode("")
                    .countryCode("gb")
                    .build())
        .hasMessage("country code 'gb' is not two capital letters (ISO 3166-1 alpha-2)");
  }
}
