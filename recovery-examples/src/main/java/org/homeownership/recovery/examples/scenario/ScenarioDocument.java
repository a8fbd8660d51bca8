package org.homeownership.recovery.examples.scenario;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scenario file exactly as written: every field is text, a number, a flag, a list or an object,
 * and any may be missing. {@link ScenarioTranslator} checks it and turns it into core types. Money
 * and decimals are strings so that no amount ever passes through a binary floating point number.
 *
 * @param formatVersion the format version; must be {@value ScenarioReader#FORMAT_VERSION}
 * @param name the scenario's name
 * @param description what it shows
 * @param asOf the date to evaluate as of (ISO)
 * @param policy the recovery policy: {@code "default"}, absent, or an object in the {@code
 *     recovery-config-json} policy format
 * @param dwellings the dwellings
 * @param leases the leases of the dwellings
 * @param accounts the debtor accounts
 * @param entries ledger entries, each naming its account
 * @param holds holds, each naming its account
 * @param demands service charge demands as served, each naming its account
 * @param arrangements payment arrangements
 * @param arrangementMonitoring the council's arrangement monitoring policy
 * @param serviceChargeBudget a budget to apportion over the dwellings
 */
public record ScenarioDocument(
    @Nullable Integer formatVersion,
    @Nullable String name,
    @Nullable String description,
    @Nullable String asOf,
    com.fasterxml.jackson.databind.@Nullable JsonNode policy,
    @Nullable List<DwellingDoc> dwellings,
    @Nullable List<LeaseDoc> leases,
    @Nullable List<AccountDoc> accounts,
    @Nullable List<EntryDoc> entries,
    @Nullable List<HoldDoc> holds,
    @Nullable List<DemandDoc> demands,
    @Nullable List<ArrangementDoc> arrangements,
    @Nullable MonitoringDoc arrangementMonitoring,
    @Nullable BudgetDoc serviceChargeBudget) {

  /**
   * A dwelling.
   *
   * @param id its reference
   * @param estate its estate
   * @param block its block, if in one
   * @param tenure how it is held
   * @param bedrooms bedrooms (0 for a bedsit)
   * @param bedSpaces bed spaces
   * @param floorArea floor area, decimal text
   * @param rateableValue rateable value, decimal text
   * @param grossValue gross value, decimal text
   * @param fixedBlockPercentage fixed block percentage, decimal text
   * @param fixedEstatePercentage fixed estate percentage, decimal text
   */
  public record DwellingDoc(
      @Nullable String id,
      @Nullable String estate,
      @Nullable String block,
      @Nullable String tenure,
      @Nullable Integer bedrooms,
      @Nullable Integer bedSpaces,
      @Nullable String floorArea,
      @Nullable String rateableValue,
      @Nullable String grossValue,
      @Nullable String fixedBlockPercentage,
      @Nullable String fixedEstatePercentage) {}

  /**
   * A lease.
   *
   * @param dwelling the dwelling let
   * @param leaseDate the date of the lease
   * @param blockBasis how it shares block costs
   * @param estateBasis how it shares estate costs
   */
  public record LeaseDoc(
      @Nullable String dwelling,
      @Nullable String leaseDate,
      @Nullable String blockBasis,
      @Nullable String estateBasis) {}

  /**
   * A debtor account.
   *
   * @param id its reference
   * @param stream its debt stream
   * @param dwelling the dwelling it is for
   * @param parties who owes
   * @param correspondenceAddress where letters go
   * @param recoveryHistory the recovery stages it has reached, oldest first
   * @param contacts contacts with the debtor
   * @param letterOfClaim the letter of claim, if one was sent
   * @param courtCases its county court claims
   * @param tribunalApplications its applications to the First-tier Tribunal (format 2)
   * @param enforcements its applications to enforce a judgment (format 2)
   */
  public record AccountDoc(
      @Nullable String id,
      @Nullable String stream,
      @Nullable String dwelling,
      @Nullable List<PartyDoc> parties,
      @Nullable AddressDoc correspondenceAddress,
      @Nullable List<StageDoc> recoveryHistory,
      @Nullable List<ContactDoc> contacts,
      @Nullable LetterOfClaimDoc letterOfClaim,
      @Nullable List<ClaimDoc> courtCases,
      @Nullable List<TribunalDoc> tribunalApplications,
      @Nullable List<EnforcementDoc> enforcements) {}

  /**
   * A county court claim on an account.
   *
   * @param claimNumber the court's claim number
   * @param issuedOn the day the claim was issued
   * @param charges the references of the charges it claims (entries on the account)
   * @param debt the debt claimed
   * @param fee the issue fee paid
   * @param judgment the judgment, if given
   * @param hearings the hearings listed (format 2)
   * @param closure how it ended without a judgment, if it did (format 2)
   */
  public record ClaimDoc(
      @Nullable String claimNumber,
      @Nullable String issuedOn,
      @Nullable List<String> charges,
      @Nullable String debt,
      @Nullable String fee,
      @Nullable JudgmentDoc judgment,
      @Nullable List<HearingDoc> hearings,
      @Nullable ClosureDoc closure) {}

  /**
   * A hearing listed in a claim or a tribunal application.
   *
   * @param on the day of the hearing
   * @param purpose what it is for, as the notice of hearing says
   */
  public record HearingDoc(@Nullable String on, @Nullable String purpose) {}

  /**
   * How a claim ended without a judgment.
   *
   * @param on the day it ended
   * @param kind {@code DISCONTINUED}, {@code SETTLED}, {@code STRUCK_OUT} or {@code DISMISSED}
   */
  public record ClosureDoc(@Nullable String on, @Nullable String kind) {}

  /**
   * An application to the First-tier Tribunal (LTA 1985 s.27A).
   *
   * @param caseReference the tribunal's case reference
   * @param madeOn the day it was made
   * @param applicant {@code LANDLORD} or {@code TENANT}
   * @param charges the references of the charges in issue (entries on the account)
   * @param amountInIssue the amount in issue
   * @param hearings the hearings listed
   * @param determination the tribunal's determination, once made
   * @param withdrawnOn the day it was withdrawn, if it was
   */
  public record TribunalDoc(
      @Nullable String caseReference,
      @Nullable String madeOn,
      @Nullable String applicant,
      @Nullable List<String> charges,
      @Nullable String amountInIssue,
      @Nullable List<HearingDoc> hearings,
      @Nullable DeterminationDoc determination,
      @Nullable String withdrawnOn) {}

  /**
   * The tribunal's determination.
   *
   * @param decidedOn the day of the decision
   * @param amountFoundPayable the amount found payable
   * @param chargesFoundPayable the references of the charges found payable
   * @param finalOn the day it became final (no appeal in time), if it has
   */
  public record DeterminationDoc(
      @Nullable String decidedOn,
      @Nullable String amountFoundPayable,
      @Nullable List<String> chargesFoundPayable,
      @Nullable String finalOn) {}

  /**
   * An application to enforce a judgment.
   *
   * @param claimNumber the claim whose judgment it enforces (one of the account's claims)
   * @param method {@code WARRANT_OF_CONTROL}, {@code ATTACHMENT_OF_EARNINGS}, {@code
   *     CHARGING_ORDER} or {@code THIRD_PARTY_DEBT_ORDER}
   * @param appliedOn the day of the application
   * @param fee the court fee paid ({@code "0.00"} if absent)
   * @param outcome what came of it, once known
   */
  public record EnforcementDoc(
      @Nullable String claimNumber,
      @Nullable String method,
      @Nullable String appliedOn,
      @Nullable String fee,
      @Nullable EnforcementOutcomeDoc outcome) {}

  /**
   * What came of an enforcement application.
   *
   * @param on the day of the outcome
   * @param kind {@code ORDER_MADE}, {@code REFUSED}, {@code WITHDRAWN}, {@code PAID_IN_FULL} or
   *     {@code UNSUCCESSFUL}
   * @param recovered what it recovered ({@code "0.00"} if absent)
   */
  public record EnforcementOutcomeDoc(
      @Nullable String on, @Nullable String kind, @Nullable String recovered) {}

  /**
   * A judgment on a claim.
   *
   * @param on the day judgment was given
   * @param kind {@code DEFAULT}, {@code ADMISSION}, {@code CONSENT} or another {@code JudgmentKind}
   * @param debt the debt awarded
   * @param interest the interest awarded ({@code "0.00"} if absent)
   * @param costs the costs awarded, the issue fee included ({@code "0.00"} if absent)
   * @param payBy for payment in full: the last day to pay
   * @param instalment for payment by instalments: each instalment
   * @param frequency for instalments: {@code WEEKLY} or {@code MONTHLY}
   * @param firstDue for instalments: the first instalment's due date
   * @param payments the payments received towards it, oldest first
   */
  public record JudgmentDoc(
      @Nullable String on,
      @Nullable String kind,
      @Nullable String debt,
      @Nullable String interest,
      @Nullable String costs,
      @Nullable String payBy,
      @Nullable String instalment,
      @Nullable String frequency,
      @Nullable String firstDue,
      @Nullable List<JudgmentPaymentDoc> payments) {}

  /**
   * A payment towards a judgment.
   *
   * @param on the day received
   * @param amount how much
   */
  public record JudgmentPaymentDoc(@Nullable String on, @Nullable String amount) {}

  /**
   * A party liable on an account.
   *
   * @param id the party's reference
   * @param role why they owe
   * @param name their name (personal data: never echoed in the output)
   */
  public record PartyDoc(@Nullable String id, @Nullable String role, @Nullable String name) {}

  /**
   * A postal address.
   *
   * @param lines one to four lines
   * @param town the town
   * @param postcode the postcode
   * @param country the ISO country code; GB if absent
   */
  public record AddressDoc(
      @Nullable List<String> lines,
      @Nullable String town,
      @Nullable String postcode,
      @Nullable String country) {}

  /**
   * A move in a recovery case's history.
   *
   * @param stage the stage code; absent when closed or stepped back below the first stage
   * @param on the day of the move
   * @param move ENTERED, STEPPED_BACK, RESUMED or CLOSED; ENTERED if absent
   */
  public record StageDoc(@Nullable String stage, @Nullable String on, @Nullable String move) {}

  /**
   * A contact with the debtor.
   *
   * @param on the day
   * @param kind how
   * @param debtorReached whether the debtor was reached
   */
  public record ContactDoc(
      @Nullable String on,
      @Nullable String kind,
      @Nullable String direction,
      @Nullable String officer,
      @Nullable String outcome,
      @Nullable Boolean debtorReached,
      @Nullable String replyDue) {}

  /**
   * A letter of claim.
   *
   * @param dated the letter's date
   * @param enclosures what went with it; all four if absent
   * @param replyFormReceived the day the reply form came back
   * @param seekingDebtAdvice whether the reply said debt advice is sought
   * @param documentsRequested the day documents were asked for
   * @param documentsSupplied the day they were supplied
   */
  public record LetterOfClaimDoc(
      @Nullable String dated,
      @Nullable List<String> enclosures,
      @Nullable String replyFormReceived,
      @Nullable Boolean seekingDebtAdvice,
      @Nullable String documentsRequested,
      @Nullable String documentsSupplied) {}

  /**
   * A ledger entry.
   *
   * @param account the account it is posted to
   * @param kind CHARGE, PAYMENT, ADJUSTMENT, CREDIT, WRITE_OFF, REFUND or REVERSAL
   * @param reference its external reference, unique on the account
   * @param date the day raised, received or made
   * @param dueDate a charge's due date; its date if absent
   * @param amount the amount, "1234.56"
   * @param chargeType a charge's or adjustment's type
   * @param demandReference the demand a charge belongs to
   * @param method a payment's or refund's method
   * @param reason an adjustment's, credit's, refund's, reversal's or write-off's reason
   * @param authorisedBy who authorised a write-off
   * @param reverses the reference of the entry a reversal undoes
   * @param allocateTo the reference of the charge a payment, credit or write-off pays
   */
  public record EntryDoc(
      @Nullable String account,
      @Nullable String kind,
      @Nullable String reference,
      @Nullable String date,
      @Nullable String dueDate,
      @Nullable String amount,
      @Nullable String chargeType,
      @Nullable String demandReference,
      @Nullable String method,
      @Nullable String reason,
      @Nullable String authorisedBy,
      @Nullable String reverses,
      @Nullable String allocateTo) {}

  /**
   * A hold.
   *
   * @param account the account held
   * @param kind the hold's kind
   * @param start its first day (not for a breathing space: that comes from the registration)
   * @param until its last day
   * @param review its review day
   * @param reason why (may be personal data: never echoed)
   * @param setBy who set it: an officer's reference, or {@code system:NAME}
   * @param charge a dispute's charge, by its reference
   * @param proceeding an insolvency's proceeding
   * @param amount a promise's amount
   * @param missing a missing-data hold's missing item
   * @param moratorium a breathing space's kind
   * @param applicationDate a breathing space's application date
   * @param registeredOn a breathing space's registration date
   * @param treatmentEnded the day a crisis moratorium's treatment ended
   * @param cancelledOn the day a breathing space's cancellation was registered
   */
  public record HoldDoc(
      @Nullable String account,
      @Nullable String kind,
      @Nullable String start,
      @Nullable String until,
      @Nullable String review,
      @Nullable String reason,
      @Nullable String setBy,
      @Nullable String charge,
      @Nullable String proceeding,
      @Nullable String amount,
      @Nullable String missing,
      @Nullable String moratorium,
      @Nullable String applicationDate,
      @Nullable String registeredOn,
      @Nullable String treatmentEnded,
      @Nullable String cancelledOn) {}

  /**
   * A service charge demand as served, for the statutory checks.
   *
   * @param account the account demanded from
   * @param reference the demand's reference (its charges carry it as demandReference)
   * @param servedOn the day served
   * @param serviceCharge the service charge demanded
   * @param administrationCharge the administration charge demanded
   * @param serviceChargeSummaryEnclosed whether the s.21B summary went with it
   * @param administrationChargeSummaryEnclosed whether the Sch 11 summary went with it
   * @param landlordName the landlord's name on the demand
   * @param landlordAddress the landlord's address on the demand
   * @param landlordAddressInEnglandAndWales whether that address is in England and Wales
   * @param addressForService an address for service on the demand
   * @param addressForServicePreviouslyNotified whether one was notified before
   * @param costs the costs behind it, for s.20B
   * @param demandedOnAccount what was already demanded on account for them
   */
  public record DemandDoc(
      @Nullable String account,
      @Nullable String reference,
      @Nullable String servedOn,
      @Nullable String serviceCharge,
      @Nullable String administrationCharge,
      @Nullable Boolean serviceChargeSummaryEnclosed,
      @Nullable Boolean administrationChargeSummaryEnclosed,
      @Nullable String landlordName,
      @Nullable AddressDoc landlordAddress,
      @Nullable Boolean landlordAddressInEnglandAndWales,
      @Nullable AddressDoc addressForService,
      @Nullable Boolean addressForServicePreviouslyNotified,
      @Nullable List<CostDoc> costs,
      @Nullable String demandedOnAccount) {}

  /**
   * A cost behind a demand.
   *
   * @param description what it is
   * @param share the tenant's share
   * @param invoicedOn the invoice date
   * @param paidOn the day the council paid it
   * @param section20bNoticeOn the date of a s.20B(2) notice
   */
  public record CostDoc(
      @Nullable String description,
      @Nullable String share,
      @Nullable String invoicedOn,
      @Nullable String paidOn,
      @Nullable String section20bNoticeOn) {}

  /**
   * A payment arrangement.
   *
   * @param id its reference
   * @param accounts the accounts it covers
   * @param frequency how often instalments fall due
   * @param instalmentAmount each instalment
   * @param ongoingChargePerInstalment the part of each instalment that pays ongoing charges
   * @param firstInstalmentOn the first due date
   * @param lumpSum an up-front lump sum
   * @param kind INFORMAL or COURT_ORDERED
   * @param madeBy the officer who made it
   * @param madeOn the day it was made
   * @param approvedOn the day it was approved and went live; proposed only if absent
   * @param approvedBy the officer who approved it; the maker if absent
   * @param heldAtStage the stage each account was held at, by account
   */
  public record ArrangementDoc(
      @Nullable String id,
      @Nullable List<String> accounts,
      @Nullable String frequency,
      @Nullable String instalmentAmount,
      @Nullable String ongoingChargePerInstalment,
      @Nullable String firstInstalmentOn,
      @Nullable LumpSumDoc lumpSum,
      @Nullable String kind,
      @Nullable String madeBy,
      @Nullable String madeOn,
      @Nullable String approvedOn,
      @Nullable String approvedBy,
      @Nullable Map<String, String> heldAtStage) {}

  /**
   * A lump sum in an arrangement.
   *
   * @param amount the amount
   * @param dueOn the day due
   */
  public record LumpSumDoc(@Nullable String amount, @Nullable String dueOn) {}

  /**
   * The council's arrangement monitoring policy.
   *
   * @param method EXPECTED_BALANCE, MISSED_INSTALMENTS or BOTH
   * @param toleranceDays days of grace after a due date
   * @param missedInstalmentsForBreach misses in the window that make a breach
   * @param missedInstalmentWindowDays the window
   * @param doubleNextInstalmentAfterDirectDebitFailure whether a failed Direct Debit moves onto the
   *     next instalment
   * @param cancelAfterDirectDebitFailures failures that cancel the arrangement
   */
  public record MonitoringDoc(
      @Nullable String method,
      @Nullable Integer toleranceDays,
      @Nullable Integer missedInstalmentsForBreach,
      @Nullable Integer missedInstalmentWindowDays,
      @Nullable Boolean doubleNextInstalmentAfterDirectDebitFailure,
      @Nullable Integer cancelAfterDirectDebitFailures) {}

  /**
   * A service charge budget to apportion.
   *
   * @param yearStart the first day of the service charge year
   * @param yearEnd the last day of the year
   * @param stage ESTIMATE or ACTUAL
   * @param managementFeeRate the management fee as a decimal fraction, such as "0.15"
   * @param bedroomWeights the weight per bedroom count, decimal text
   * @param residueRule COUNCIL_BEARS or LARGEST_REMAINDER
   * @param heads the cost heads
   */
  public record BudgetDoc(
      @Nullable String yearStart,
      @Nullable String yearEnd,
      @Nullable String stage,
      @Nullable String managementFeeRate,
      @Nullable Map<String, String> bedroomWeights,
      @Nullable String residueRule,
      @Nullable List<HeadDoc> heads) {}

  /**
   * A cost head.
   *
   * @param name its name
   * @param block the block that shares it (give block or estate)
   * @param estate the estate that shares it
   * @param total its total cost
   * @param directCharges the amount per dwelling, for a direct charge
   */
  public record HeadDoc(
      @Nullable String name,
      @Nullable String block,
      @Nullable String estate,
      @Nullable String total,
      @Nullable Map<String, String> directCharges) {}
}
