package org.homeownership.recovery.examples.scenario;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.arrangement.Arrangement;
import org.homeownership.recovery.arrangement.ArrangementId;
import org.homeownership.recovery.arrangement.ArrangementKind;
import org.homeownership.recovery.arrangement.ArrangementMonitor;
import org.homeownership.recovery.arrangement.ArrangementRecord;
import org.homeownership.recovery.arrangement.ArrangementState;
import org.homeownership.recovery.arrangement.InstalmentFrequency;
import org.homeownership.recovery.arrangement.LumpSum;
import org.homeownership.recovery.arrangement.MonitoringMethod;
import org.homeownership.recovery.arrangement.MonitoringPolicy;
import org.homeownership.recovery.arrangement.StageReference;
import org.homeownership.recovery.arrangement.StateChange;
import org.homeownership.recovery.calendar.DateRange;
import org.homeownership.recovery.config.EffectiveDated;
import org.homeownership.recovery.contact.ContactDirection;
import org.homeownership.recovery.contact.ContactEntry;
import org.homeownership.recovery.contact.ContactId;
import org.homeownership.recovery.contact.ContactKind;
import org.homeownership.recovery.demand.CostLine;
import org.homeownership.recovery.demand.DemandAssessment;
import org.homeownership.recovery.demand.DemandChecks;
import org.homeownership.recovery.demand.ServiceChargeDemand;
import org.homeownership.recovery.demand.StatutoryFigures;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.AccountDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.AddressDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.ArrangementDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.BudgetDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.ContactDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.CostDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.DemandDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.DwellingDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.EntryDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.HeadDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.HoldDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.LeaseDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.LetterOfClaimDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.MonitoringDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.PartyDoc;
import org.homeownership.recovery.examples.scenario.ScenarioDocument.StageDoc;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.ledger.Adjustment;
import org.homeownership.recovery.ledger.Charge;
import org.homeownership.recovery.ledger.ChargeType;
import org.homeownership.recovery.ledger.Credit;
import org.homeownership.recovery.ledger.EntryId;
import org.homeownership.recovery.ledger.EntryKind;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.ledger.LedgerEntry;
import org.homeownership.recovery.ledger.Payment;
import org.homeownership.recovery.ledger.PaymentMethod;
import org.homeownership.recovery.ledger.PostedEntry;
import org.homeownership.recovery.ledger.Refund;
import org.homeownership.recovery.ledger.Reversal;
import org.homeownership.recovery.ledger.WriteOff;
import org.homeownership.recovery.ledger.WriteOffReason;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.officer.OfficerId;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.recoverycase.RecoveryCase;
import org.homeownership.recovery.recoverycase.StageEntry;
import org.homeownership.recovery.recoverycase.StageMove;
import org.homeownership.recovery.recoverycase.gate.Enclosure;
import org.homeownership.recovery.recoverycase.gate.LetterOfClaim;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceFigures;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceOutcome;
import org.homeownership.recovery.recoverycase.hold.BreathingSpaceRules;
import org.homeownership.recovery.recoverycase.hold.Hold;
import org.homeownership.recovery.recoverycase.hold.HoldAuthor;
import org.homeownership.recovery.recoverycase.hold.HoldKind;
import org.homeownership.recovery.recoverycase.hold.HoldTerms;
import org.homeownership.recovery.recoverycase.hold.InsolvencyKind;
import org.homeownership.recovery.recoverycase.hold.MoratoriumKind;
import org.homeownership.recovery.recoverycase.policy.DefaultRecoveryPolicy;
import org.homeownership.recovery.recoverycase.policy.RecoveryPolicy;
import org.homeownership.recovery.servicecharge.Apportionment;
import org.homeownership.recovery.servicecharge.ApportionmentPolicy;
import org.homeownership.recovery.servicecharge.BudgetStage;
import org.homeownership.recovery.servicecharge.CostHead;
import org.homeownership.recovery.servicecharge.CostPool;
import org.homeownership.recovery.servicecharge.ImmutableCostHead;
import org.homeownership.recovery.servicecharge.ImmutableServiceChargeBudget;
import org.homeownership.recovery.servicecharge.ResidueRule;
import org.homeownership.recovery.servicecharge.ServiceChargeApportioner;
import org.homeownership.recovery.servicecharge.ServiceChargeBudget;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link ScenarioDocument} into a {@link Scenario}, checking every field: required fields,
 * dates, money, enumerations, references between parts, and every rule the core's constructors
 * enforce (re-reported at the path of the object that broke it). All problems are collected; the
 * scenario is returned only if there are none.
 */
final class ScenarioTranslator {

  /** Money in a scenario: an optional minus sign, pounds, a point and exactly two pence digits. */
  static final Pattern MONEY = Pattern.compile("-?(0|[1-9][0-9]*)\\.[0-9]{2}");

  private static final Pattern DECIMAL = Pattern.compile("(0|[1-9][0-9]*)(\\.[0-9]+)?");
  private static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final Problems problems;
  private final java.util.Set<String> declaredAccounts = new java.util.HashSet<>();

  /** The problems found so far. */
  Problems problems() {
    return problems;
  }

  ScenarioTranslator(Problems problems) {
    this.problems = problems;
  }

  /** The scenario, or null if any problem was found (the problems are recorded). */
  @Nullable Scenario translate(ScenarioDocument doc) {
    FieldPath root = FieldPath.root();
    if (doc.formatVersion() == null) {
      problems.add(root.field("formatVersion"), "is required; this reader reads formats 1 and 2");
    } else if (!ScenarioReader.FORMATS_READ.contains(doc.formatVersion())) {
      problems.add(
          root.field("formatVersion"),
          "format " + doc.formatVersion() + " is not supported; this reader reads formats 1 and 2");
    }
    int format = doc.formatVersion() == null ? ScenarioReader.FORMAT_VERSION : doc.formatVersion();
    String name = required(root.field("name"), doc.name());
    LocalDate asOf = date(root.field("asOf"), doc.asOf(), true);
    RecoveryPolicy policy = policy(root.field("policy"), doc.policy());

    Map<DwellingId, Dwelling> dwellings = new LinkedHashMap<>();
    forEach(
        root.field("dwellings"),
        doc.dwellings(),
        (path, d) -> {
          Dwelling dwelling = dwelling(path, d);
          if (dwelling != null && dwellings.putIfAbsent(dwelling.id(), dwelling) != null) {
            problems.add(path.field("id"), "dwelling '" + dwelling.id() + "' is given twice");
          }
        });
    List<Lease> leases = new ArrayList<>();
    forEach(
        root.field("leases"),
        doc.leases(),
        (path, l) -> {
          Lease lease = lease(path, l, dwellings);
          if (lease != null) {
            leases.add(lease);
          }
        });

    Map<AccountId, AccountParts> accounts = new LinkedHashMap<>();
    if (doc.accounts() != null) {
      doc.accounts().stream()
          .filter(a -> a != null && a.id() != null)
          .forEach(a -> declaredAccounts.add(a.id()));
    }
    forEach(
        root.field("accounts"),
        doc.accounts(),
        (path, a) -> {
          AccountParts parts = account(path, a, dwellings, policy);
          if (parts != null && accounts.putIfAbsent(parts.account.id(), parts) != null) {
            problems.add(path.field("id"), "account '" + parts.account.id() + "' is given twice");
          }
        });
    if (doc.accounts() == null || doc.accounts().isEmpty()) {
      problems.add(root.field("accounts"), "is required: at least one account");
    }

    long[] nextId = {1};
    forEach(root.field("entries"), doc.entries(), (path, e) -> entry(path, e, accounts, nextId));
    forEach(root.field("holds"), doc.holds(), (path, h) -> hold(path, h, accounts));
    forEach(
        root.field("accounts"),
        doc.accounts(),
        (path, a) -> {
          AccountParts parts =
              a == null || a.id() == null
                  ? null
                  : accounts.values().stream()
                      .filter(p -> p.account.id().value().equals(a.id()))
                      .findFirst()
                      .orElse(null);
          if (format == 1 && a != null) {
            formatTwoOnly(path, a);
          }
          if (parts != null) {
            forEach(
                path.field("courtCases"),
                a.courtCases(),
                (claimPath, c) -> CourtCaseInput.claim(claimPath, c, parts, this));
            forEach(
                path.field("tribunalApplications"),
                a.tribunalApplications(),
                (at, d) -> CourtCaseInput.tribunal(at, d, parts, this));
            forEach(
                path.field("enforcements"),
                a.enforcements(),
                (at, d) -> CourtCaseInput.enforcement(at, d, parts, this));
          }
        });
    DemandChecks checks = new DemandChecks(StatutoryFigures.england());
    forEach(root.field("demands"), doc.demands(), (path, d) -> demand(path, d, accounts, checks));

    Optional<EffectiveDated<MonitoringPolicy>> monitoring =
        Optional.ofNullable(monitoring(root.field("arrangementMonitoring"), doc));
    List<ArrangementRecord> arrangements = new ArrayList<>();
    forEach(
        root.field("arrangements"),
        doc.arrangements(),
        (path, a) -> {
          ArrangementRecord record = arrangement(path, a, accounts, monitoring);
          if (record != null) {
            arrangements.add(record);
          }
        });

    Optional<BudgetInput> budget =
        doc.serviceChargeBudget() == null
            ? Optional.empty()
            : Optional.ofNullable(
                budget(
                    root.field("serviceChargeBudget"),
                    doc.serviceChargeBudget(),
                    dwellings,
                    leases));

    if (!problems.isEmpty() || name == null || asOf == null || policy == null) {
      return null;
    }
    ImmutableList.Builder<ScenarioAccount> built = ImmutableList.builder();
    for (AccountParts parts : accounts.values()) {
      built.add(parts.build());
    }
    return new Scenario(
        name,
        doc.description() == null ? "" : doc.description(),
        asOf,
        policy,
        ImmutableList.copyOf(dwellings.values()),
        ImmutableList.copyOf(leases),
        built.build(),
        ImmutableList.copyOf(arrangements),
        monitoring,
        budget);
  }

  // ---------------------------------------------------------------- parts

  private @Nullable RecoveryPolicy policy(
      FieldPath path, com.fasterxml.jackson.databind.@Nullable JsonNode policy) {
    if (policy == null
        || policy.isNull()
        || (policy.isTextual() && policy.asText().equals("default"))) {
      return DefaultRecoveryPolicy.policy();
    }
    if (!policy.isObject()) {
      problems.add(
          path,
          "policy "
              + policy
              + " is not known; give \"default\" or a policy object in the recovery-config-json"
              + " format (docs/calendar-and-policy-files.md)");
      return null;
    }
    return InlinePolicy.read(path, policy, problems);
  }

  private @Nullable Dwelling dwelling(FieldPath path, DwellingDoc d) {
    String id = required(path.field("id"), d.id());
    String estate = required(path.field("estate"), d.estate());
    var tenure =
        enumOf(
            path.field("tenure"),
            d.tenure(),
            org.homeownership.recovery.property.Tenure.class,
            true);
    BigDecimal floorArea = decimal(path.field("floorArea"), d.floorArea());
    BigDecimal rateable = decimal(path.field("rateableValue"), d.rateableValue());
    BigDecimal gross = decimal(path.field("grossValue"), d.grossValue());
    BigDecimal fixedBlock = decimal(path.field("fixedBlockPercentage"), d.fixedBlockPercentage());
    BigDecimal fixedEstate =
        decimal(path.field("fixedEstatePercentage"), d.fixedEstatePercentage());
    if (id == null || estate == null || tenure == null) {
      return null;
    }
    return problems.attempt(
        path,
        () -> {
          var b =
              Dwelling.builder().id(DwellingId.of(id)).estate(EstateId.of(estate)).tenure(tenure);
          if (d.block() != null) {
            b.block(BlockId.of(d.block()));
          }
          if (d.bedrooms() != null) {
            b.bedrooms(d.bedrooms());
          }
          if (d.bedSpaces() != null) {
            b.bedSpaces(d.bedSpaces());
          }
          if (floorArea != null) {
            b.floorArea(floorArea);
          }
          if (rateable != null) {
            b.rateableValue(rateable);
          }
          if (gross != null) {
            b.grossValue(gross);
          }
          if (fixedBlock != null) {
            b.fixedBlockPercentage(fixedBlock);
          }
          if (fixedEstate != null) {
            b.fixedEstatePercentage(fixedEstate);
          }
          return b.build();
        });
  }

  private @Nullable Lease lease(FieldPath path, LeaseDoc l, Map<DwellingId, Dwelling> dwellings) {
    String dwelling = required(path.field("dwelling"), l.dwelling());
    LocalDate leaseDate = date(path.field("leaseDate"), l.leaseDate(), true);
    ApportionmentBasis block =
        enumOf(path.field("blockBasis"), l.blockBasis(), ApportionmentBasis.class, true);
    ApportionmentBasis estate =
        enumOf(path.field("estateBasis"), l.estateBasis(), ApportionmentBasis.class, true);
    if (dwelling != null && !dwellings.containsKey(DwellingId.of(dwelling))) {
      problems.add(path.field("dwelling"), "dwelling '" + dwelling + "' is not in dwellings");
      return null;
    }
    if (dwelling == null || leaseDate == null || block == null || estate == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Lease.builder()
                .dwelling(DwellingId.of(dwelling))
                .leaseDate(leaseDate)
                .blockBasis(block)
                .estateBasis(estate)
                .build());
  }

  private @Nullable AccountParts account(
      FieldPath path,
      AccountDoc a,
      Map<DwellingId, Dwelling> dwellings,
      @Nullable RecoveryPolicy policy) {
    String id = required(path.field("id"), a.id());
    DebtStream stream = enumOf(path.field("stream"), a.stream(), DebtStream.class, true);
    String dwellingId = required(path.field("dwelling"), a.dwelling());
    Dwelling dwelling = dwellingId == null ? null : dwellings.get(DwellingId.of(dwellingId));
    if (dwellingId != null && dwelling == null) {
      problems.add(path.field("dwelling"), "dwelling '" + dwellingId + "' is not in dwellings");
    }
    List<Party> parties = new ArrayList<>();
    forEach(
        path.field("parties"),
        a.parties(),
        (p, party) -> {
          Party built = party(p, party);
          if (built != null) {
            parties.add(built);
          }
        });
    if (a.parties() == null || a.parties().isEmpty()) {
      problems.add(path.field("parties"), "is required: at least one party");
    }
    PostalAddress address =
        address(path.field("correspondenceAddress"), a.correspondenceAddress(), true);
    List<StageEntry> history = new ArrayList<>();
    forEach(
        path.field("recoveryHistory"),
        a.recoveryHistory(),
        (p, s) -> {
          StageEntry entry = stageEntry(p, s);
          if (entry != null) {
            history.add(entry);
          }
        });
    List<ContactEntry> contacts = new ArrayList<>();
    forEach(
        path.field("contacts"),
        a.contacts(),
        (p, c) -> {
          ContactEntry contact = contact(p, c, contacts.size() + 1);
          if (contact != null) {
            contacts.add(contact);
          }
        });
    LetterOfClaim letter =
        a.letterOfClaim() == null
            ? null
            : letterOfClaim(path.field("letterOfClaim"), a.letterOfClaim());
    if (id == null || stream == null || dwelling == null || address == null || parties.isEmpty()) {
      return null;
    }
    DebtorAccount account =
        problems.attempt(
            path,
            () ->
                DebtorAccount.builder().id(AccountId.of(id)).stream(stream)
                    .dwelling(dwelling.id())
                    .tenure(dwelling.tenure())
                    .parties(parties)
                    .correspondenceAddress(address)
                    .build());
    for (int i = 0; i < history.size(); i++) {
      Optional<StageReference> stage = history.get(i).stage();
      if (stage.isPresent() && policy != null && !hasStage(policy, stream, stage.get())) {
        problems.add(
            path.field("recoveryHistory").index(i).field("stage"),
            "stage '"
                + stage.get().code()
                + "' is not on the policy's ladder for "
                + stream
                + "; the ladder has "
                + ladderCodes(policy, stream));
      }
    }
    RecoveryCase recoveryCase =
        problems.attempt(
            path.field("recoveryHistory"),
            () -> new RecoveryCase(AccountId.of(id), stream, ImmutableList.copyOf(history)));
    if (account == null || recoveryCase == null) {
      return null;
    }
    return new AccountParts(account, recoveryCase, contacts, Optional.ofNullable(letter));
  }

  private static boolean hasStage(RecoveryPolicy policy, DebtStream stream, StageReference code) {
    return policy.ladderFor(stream).stream()
        .flatMap(l -> l.stages().stream())
        .anyMatch(s -> s.code().equals(code));
  }

  private static String ladderCodes(RecoveryPolicy policy, DebtStream stream) {
    return policy
        .ladderFor(stream)
        .map(l -> String.join(", ", l.stages().stream().map(s -> s.code().code()).toList()))
        .orElse("no ladder");
  }

  private @Nullable Party party(FieldPath path, PartyDoc p) {
    String id = required(path.field("id"), p.id());
    PartyRole role = enumOf(path.field("role"), p.role(), PartyRole.class, true);
    String name = required(path.field("name"), p.name());
    if (id == null || role == null || name == null) {
      return null;
    }
    return problems.attempt(
        path, () -> Party.builder().id(PartyId.of(id)).role(role).name(name).build());
  }

  private @Nullable PostalAddress address(
      FieldPath path, @Nullable AddressDoc a, boolean required) {
    if (a == null) {
      if (required) {
        problems.add(path, "is required");
      }
      return null;
    }
    String town = required(path.field("town"), a.town());
    String postcode = required(path.field("postcode"), a.postcode());
    if (a.lines() == null || a.lines().isEmpty()) {
      problems.add(path.field("lines"), "is required: one to four lines");
      return null;
    }
    if (town == null || postcode == null) {
      return null;
    }
    return problems.attempt(
        path,
        () -> {
          var b = PostalAddress.builder().addAllLines(a.lines()).town(town).postcode(postcode);
          if (a.country() != null) {
            b.countryCode(a.country());
          }
          return b.build();
        });
  }

  private @Nullable StageEntry stageEntry(FieldPath path, StageDoc s) {
    LocalDate on = date(path.field("on"), s.on(), true);
    StageMove move =
        s.move() == null
            ? StageMove.ENTERED
            : enumOf(path.field("move"), s.move(), StageMove.class, true);
    if (on == null || move == null) {
      return null;
    }
    if (s.stage() == null && (move == StageMove.ENTERED || move == StageMove.RESUMED)) {
      problems.add(path.field("stage"), "is required when the move is " + move);
      return null;
    }
    return problems.attempt(
        path,
        () -> new StageEntry(Optional.ofNullable(s.stage()).map(StageReference::of), on, move));
  }

  private @Nullable ContactEntry contact(FieldPath path, ContactDoc c, int number) {
    LocalDate on = date(path.field("on"), c.on(), true);
    ContactKind kind = enumOf(path.field("kind"), c.kind(), ContactKind.class, true);
    ContactDirection direction =
        enumOf(path.field("direction"), c.direction(), ContactDirection.class, true);
    LocalDate replyDue = date(path.field("replyDue"), c.replyDue(), false);
    if (c.debtorReached() == null) {
      problems.add(path.field("debtorReached"), "is required: true or false");
    }
    if (c.officer() == null || c.officer().isBlank()) {
      problems.add(path.field("officer"), "is required: the officer's staff reference");
    }
    if (c.outcome() == null || c.outcome().isBlank()) {
      problems.add(path.field("outcome"), "is required: what happened");
    }
    if (on == null
        || kind == null
        || direction == null
        || c.debtorReached() == null
        || c.officer() == null
        || c.officer().isBlank()
        || c.outcome() == null
        || c.outcome().isBlank()) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            ContactEntry.builder()
                .id(ContactId.of("C-" + number))
                .on(on)
                .kind(kind)
                .direction(direction)
                .officer(OfficerId.of(c.officer()))
                .outcome(c.outcome())
                .debtorReached(c.debtorReached())
                .replyDue(Optional.ofNullable(replyDue))
                .build());
  }

  private @Nullable LetterOfClaim letterOfClaim(FieldPath path, LetterOfClaimDoc l) {
    LocalDate dated = date(path.field("dated"), l.dated(), true);
    LocalDate reply = date(path.field("replyFormReceived"), l.replyFormReceived(), false);
    LocalDate requested = date(path.field("documentsRequested"), l.documentsRequested(), false);
    LocalDate supplied = date(path.field("documentsSupplied"), l.documentsSupplied(), false);
    List<Enclosure> enclosures = new ArrayList<>();
    if (l.enclosures() == null) {
      enclosures.addAll(Arrays.asList(Enclosure.values()));
    } else {
      for (int i = 0; i < l.enclosures().size(); i++) {
        Enclosure e =
            enumOf(path.field("enclosures").index(i), l.enclosures().get(i), Enclosure.class, true);
        if (e != null) {
          enclosures.add(e);
        }
      }
    }
    if (dated == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            new LetterOfClaim(
                dated,
                ImmutableSet.copyOf(enclosures),
                Optional.ofNullable(reply),
                Boolean.TRUE.equals(l.seekingDebtAdvice()),
                Optional.ofNullable(requested),
                Optional.ofNullable(supplied)));
  }

  private void entry(
      FieldPath path, EntryDoc e, Map<AccountId, AccountParts> accounts, long[] nextId) {
    AccountParts parts = accountRef(path.field("account"), e.account(), accounts);
    EntryKind kind = enumOf(path.field("kind"), e.kind(), EntryKind.class, true);
    String reference = required(path.field("reference"), e.reference());
    LocalDate date = date(path.field("date"), e.date(), true);
    Money amount = money(path.field("amount"), e.amount(), kind != EntryKind.REVERSAL);
    if (amount != null && !amount.isPositive()) {
      problems.add(path.field("amount"), "'" + e.amount() + "' must be above zero");
      amount = null;
    }
    if (kind == null) {
      return;
    }
    LedgerEntry entry =
        switch (kind) {
          case CHARGE -> charge(path, e, reference, date, amount);
          case PAYMENT -> payment(path, e, reference, date, amount);
          case ADJUSTMENT -> adjustment(path, e, reference, date, amount);
          case CREDIT -> credit(path, e, reference, date, amount);
          case WRITE_OFF -> writeOff(path, e, reference, date, amount);
          case REFUND -> refund(path, e, reference, date, amount);
          case REVERSAL -> reversal(path, e, reference, date, parts);
        };
    if (entry == null || parts == null || reference == null) {
      return;
    }
    if (parts.byReference.containsKey(reference)) {
      problems.add(
          path.field("reference"),
          "reference '" + reference + "' is already used on account " + parts.account.id());
      return;
    }
    PostedEntry posted = new PostedEntry(EntryId.of(nextId[0]++), entry);
    Ledger ledger =
        problems.attempt(
            path,
            () -> {
              parts.ledger.check(entry);
              return parts.ledger.append(posted);
            });
    if (ledger != null) {
      parts.ledger = ledger;
      parts.byReference.put(reference, posted);
      parts.references.put(posted.id(), reference);
    }
  }

  private @Nullable LedgerEntry charge(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    ChargeType type = enumOf(path.field("chargeType"), e.chargeType(), ChargeType.class, true);
    LocalDate due = date(path.field("dueDate"), e.dueDate(), false);
    if (type == null || amount == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Charge.builder()
                .chargeType(type)
                .dateRaised(date)
                .dueDate(due == null ? date : due)
                .amount(amount)
                .demandReference(Optional.ofNullable(e.demandReference()))
                .externalReference(reference)
                .build());
  }

  private @Nullable LedgerEntry payment(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    PaymentMethod method = enumOf(path.field("method"), e.method(), PaymentMethod.class, true);
    if (method == null || amount == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Payment.builder()
                .reference(reference)
                .dateReceived(date)
                .amount(amount)
                .method(method)
                .allocateTo(Optional.ofNullable(e.allocateTo()))
                .build());
  }

  private @Nullable LedgerEntry adjustment(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    ChargeType type = enumOf(path.field("chargeType"), e.chargeType(), ChargeType.class, true);
    String reason = required(path.field("reason"), e.reason());
    if (type == null || amount == null || reason == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Adjustment.builder()
                .date(date)
                .amount(amount)
                .chargeType(type)
                .reason(reason)
                .demandReference(Optional.ofNullable(e.demandReference()))
                .externalReference(reference)
                .build());
  }

  private @Nullable LedgerEntry credit(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    String reason = required(path.field("reason"), e.reason());
    if (amount == null || reason == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Credit.builder()
                .date(date)
                .amount(amount)
                .reason(reason)
                .allocateTo(Optional.ofNullable(e.allocateTo()))
                .externalReference(reference)
                .build());
  }

  private @Nullable LedgerEntry writeOff(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    WriteOffReason reason = enumOf(path.field("reason"), e.reason(), WriteOffReason.class, true);
    String by = required(path.field("authorisedBy"), e.authorisedBy());
    if (amount == null || reason == null || by == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            WriteOff.builder()
                .date(date)
                .amount(amount)
                .reason(reason)
                .authorisedBy(by)
                .allocateTo(Optional.ofNullable(e.allocateTo()))
                .externalReference(reference)
                .build());
  }

  private @Nullable LedgerEntry refund(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable Money amount) {
    PaymentMethod method = enumOf(path.field("method"), e.method(), PaymentMethod.class, true);
    String reason = required(path.field("reason"), e.reason());
    if (amount == null || method == null || reason == null || reference == null || date == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            Refund.builder()
                .date(date)
                .amount(amount)
                .method(method)
                .reason(reason)
                .externalReference(reference)
                .build());
  }

  private @Nullable LedgerEntry reversal(
      FieldPath path,
      EntryDoc e,
      @Nullable String reference,
      @Nullable LocalDate date,
      @Nullable AccountParts parts) {
    String reverses = required(path.field("reverses"), e.reverses());
    String reason = required(path.field("reason"), e.reason());
    if (reverses == null || reason == null || reference == null || date == null || parts == null) {
      return null;
    }
    PostedEntry target = parts.byReference.get(reverses);
    if (target == null) {
      problems.add(
          path.field("reverses"),
          "no earlier entry on account "
              + parts.account.id()
              + " has reference '"
              + reverses
              + "'");
      return null;
    }
    return problems.attempt(path, () -> Reversal.of(target, date, reason, reference));
  }

  private void hold(FieldPath path, HoldDoc h, Map<AccountId, AccountParts> accounts) {
    AccountParts parts = accountRef(path.field("account"), h.account(), accounts);
    HoldKind kind = enumOf(path.field("kind"), h.kind(), HoldKind.class, true);
    String setByText = required(path.field("setBy"), h.setBy());
    if (kind == HoldKind.LIVE_ARRANGEMENT) {
      problems.add(
          path.field("kind"),
          "a live arrangement's hold comes from the arrangements section, not from holds");
      return;
    }
    if (parts == null || kind == null || setByText == null) {
      return;
    }
    HoldAuthor setBy =
        problems.attempt(
            path.field("setBy"),
            () ->
                setByText.startsWith("system:")
                    ? HoldAuthor.system(setByText.substring("system:".length()))
                    : HoldAuthor.officer(OfficerId.of(setByText)));
    if (setBy == null) {
      return;
    }
    if (kind == HoldKind.BREATHING_SPACE) {
      breathingSpace(path, h, parts, setBy);
      return;
    }
    LocalDate start = date(path.field("start"), h.start(), true);
    LocalDate until = date(path.field("until"), h.until(), kind == HoldKind.PROMISE_TO_PAY);
    LocalDate review = date(path.field("review"), h.review(), false);
    if (start == null || (kind == HoldKind.PROMISE_TO_PAY && until == null)) {
      return;
    }
    String reason = h.reason() == null ? "" : h.reason();
    HoldTerms terms =
        problems.attempt(
            path,
            () ->
                new HoldTerms(
                    start, Optional.ofNullable(until), Optional.ofNullable(review), reason, setBy));
    if (terms == null) {
      return;
    }
    Hold hold =
        switch (kind) {
          case DISPUTE -> {
            String charge = required(path.field("charge"), h.charge());
            PostedEntry target = charge == null ? null : parts.byReference.get(charge);
            if (charge != null && target == null) {
              problems.add(
                  path.field("charge"),
                  "no entry on account " + parts.account.id() + " has reference '" + charge + "'");
            }
            yield target == null ? null : new Hold.ChargeDispute(terms, target.id());
          }
          case QUERY_OR_COMPLAINT -> new Hold.QueryOrComplaint(terms);
          case VULNERABILITY -> new Hold.Vulnerability(terms);
          case INSOLVENCY -> {
            InsolvencyKind proceeding =
                enumOf(path.field("proceeding"), h.proceeding(), InsolvencyKind.class, true);
            yield proceeding == null ? null : new Hold.Insolvency(terms, proceeding);
          }
          case DECEASED -> new Hold.Deceased(terms);
          case PROMISE_TO_PAY -> {
            Money amount = money(path.field("amount"), h.amount(), true);
            yield amount == null
                ? null
                : problems.attempt(path, () -> new Hold.PromiseToPay(terms, amount));
          }
          case MISSING_DATA -> {
            String missing = required(path.field("missing"), h.missing());
            yield missing == null ? null : new Hold.MissingData(terms, missing);
          }
          default -> null;
        };
    if (hold != null) {
      parts.holds.add(hold);
    }
  }

  private void breathingSpace(FieldPath path, HoldDoc h, AccountParts parts, HoldAuthor setBy) {
    MoratoriumKind kind =
        enumOf(path.field("moratorium"), h.moratorium(), MoratoriumKind.class, true);
    LocalDate application = date(path.field("applicationDate"), h.applicationDate(), true);
    LocalDate registered = date(path.field("registeredOn"), h.registeredOn(), true);
    LocalDate treatmentEnded = date(path.field("treatmentEnded"), h.treatmentEnded(), false);
    LocalDate cancelled = date(path.field("cancelledOn"), h.cancelledOn(), false);
    if (h.start() != null) {
      problems.add(
          path.field("start"),
          "a breathing space starts the day after registration (reg 26); give registeredOn");
    }
    if (kind == null || application == null || registered == null) {
      return;
    }
    BreathingSpaceRules rules = new BreathingSpaceRules(BreathingSpaceFigures.statutory());
    BreathingSpaceOutcome outcome =
        problems.attempt(
            path,
            () -> {
              if (kind == MoratoriumKind.STANDARD) {
                List<Hold.BreathingSpace> previous =
                    parts.holds.stream()
                        .filter(Hold.BreathingSpace.class::isInstance)
                        .map(Hold.BreathingSpace.class::cast)
                        .toList();
                return rules.standard(application, registered, previous, setBy);
              }
              return rules.mentalHealthCrisis(
                  application, registered, Optional.ofNullable(treatmentEnded), setBy);
            });
    if (outcome == null) {
      return;
    }
    parts.breathingSpaces.add(outcome);
    if (outcome instanceof BreathingSpaceOutcome.Started started) {
      Hold.BreathingSpace hold = started.hold();
      if (cancelled != null) {
        Hold.BreathingSpace ended =
            problems.attempt(
                path.field("cancelledOn"), () -> BreathingSpaceRules.cancelled(hold, cancelled));
        if (ended != null) {
          parts.holds.add(ended);
        }
      } else {
        parts.holds.add(hold);
      }
    }
  }

  private void demand(
      FieldPath path, DemandDoc d, Map<AccountId, AccountParts> accounts, DemandChecks checks) {
    AccountParts parts = accountRef(path.field("account"), d.account(), accounts);
    String reference = required(path.field("reference"), d.reference());
    LocalDate served = date(path.field("servedOn"), d.servedOn(), true);
    Money serviceCharge = money(path.field("serviceCharge"), d.serviceCharge(), false);
    Money adminCharge = money(path.field("administrationCharge"), d.administrationCharge(), false);
    Money onAccount = money(path.field("demandedOnAccount"), d.demandedOnAccount(), false);
    PostalAddress landlord = address(path.field("landlordAddress"), d.landlordAddress(), false);
    PostalAddress forService =
        address(path.field("addressForService"), d.addressForService(), false);
    List<CostLine> costs = new ArrayList<>();
    forEach(
        path.field("costs"),
        d.costs(),
        (p, c) -> {
          CostLine cost = cost(p, c);
          if (cost != null) {
            costs.add(cost);
          }
        });
    for (String flag :
        List.of("serviceChargeSummaryEnclosed", "administrationChargeSummaryEnclosed")) {
      Boolean value =
          flag.startsWith("service")
              ? d.serviceChargeSummaryEnclosed()
              : d.administrationChargeSummaryEnclosed();
      if (value == null) {
        problems.add(path.field(flag), "is required: true or false");
      }
    }
    if (parts == null
        || reference == null
        || served == null
        || d.serviceChargeSummaryEnclosed() == null
        || d.administrationChargeSummaryEnclosed() == null) {
      return;
    }
    DemandAssessment assessment =
        problems.attempt(
            path,
            () ->
                checks.assess(
                    ServiceChargeDemand.builder()
                        .account(parts.account.id())
                        .reference(reference)
                        .servedOn(served)
                        .serviceCharge(serviceCharge == null ? Money.ZERO : serviceCharge)
                        .administrationCharge(adminCharge == null ? Money.ZERO : adminCharge)
                        .serviceChargeSummaryEnclosed(d.serviceChargeSummaryEnclosed())
                        .administrationChargeSummaryEnclosed(
                            d.administrationChargeSummaryEnclosed())
                        .landlordName(Optional.ofNullable(d.landlordName()))
                        .landlordAddress(Optional.ofNullable(landlord))
                        .landlordAddressInEnglandAndWales(
                            !Boolean.FALSE.equals(d.landlordAddressInEnglandAndWales()))
                        .addressForService(Optional.ofNullable(forService))
                        .addressForServicePreviouslyNotified(
                            Boolean.TRUE.equals(d.addressForServicePreviouslyNotified()))
                        .costs(costs)
                        .demandedOnAccount(onAccount == null ? Money.ZERO : onAccount)
                        .build()));
    if (assessment != null) {
      parts.assessments.add(assessment);
    }
  }

  private @Nullable CostLine cost(FieldPath path, CostDoc c) {
    String description = required(path.field("description"), c.description());
    Money share = money(path.field("share"), c.share(), true);
    LocalDate invoiced = date(path.field("invoicedOn"), c.invoicedOn(), true);
    LocalDate paid = date(path.field("paidOn"), c.paidOn(), false);
    LocalDate notice = date(path.field("section20bNoticeOn"), c.section20bNoticeOn(), false);
    if (description == null || share == null || invoiced == null) {
      return null;
    }
    return problems.attempt(
        path,
        () ->
            CostLine.builder()
                .description(description)
                .share(share)
                .invoicedOn(invoiced)
                .paidOn(Optional.ofNullable(paid))
                .section20bNoticeOn(Optional.ofNullable(notice))
                .build());
  }

  private @Nullable ArrangementRecord arrangement(
      FieldPath path,
      ArrangementDoc a,
      Map<AccountId, AccountParts> accounts,
      Optional<EffectiveDated<MonitoringPolicy>> monitoring) {
    String id = required(path.field("id"), a.id());
    List<AccountParts> covered = new ArrayList<>();
    if (a.accounts() == null || a.accounts().isEmpty()) {
      problems.add(path.field("accounts"), "is required: at least one account");
    } else {
      for (int i = 0; i < a.accounts().size(); i++) {
        AccountParts parts =
            accountRef(path.field("accounts").index(i), a.accounts().get(i), accounts);
        if (parts != null) {
          covered.add(parts);
        }
      }
    }
    InstalmentFrequency frequency =
        enumOf(path.field("frequency"), a.frequency(), InstalmentFrequency.class, true);
    Money instalment = money(path.field("instalmentAmount"), a.instalmentAmount(), true);
    Money ongoing =
        money(path.field("ongoingChargePerInstalment"), a.ongoingChargePerInstalment(), false);
    LocalDate first = date(path.field("firstInstalmentOn"), a.firstInstalmentOn(), true);
    ArrangementKind kind =
        a.kind() == null
            ? ArrangementKind.INFORMAL
            : enumOf(path.field("kind"), a.kind(), ArrangementKind.class, true);
    String madeBy = required(path.field("madeBy"), a.madeBy());
    LocalDate madeOn = date(path.field("madeOn"), a.madeOn(), true);
    LocalDate approvedOn = date(path.field("approvedOn"), a.approvedOn(), false);
    LumpSum lump = null;
    if (a.lumpSum() != null) {
      Money amount = money(path.field("lumpSum").field("amount"), a.lumpSum().amount(), true);
      LocalDate due = date(path.field("lumpSum").field("dueOn"), a.lumpSum().dueOn(), true);
      if (amount != null && due != null) {
        lump = problems.attempt(path.field("lumpSum"), () -> new LumpSum(amount, due));
      }
    }
    Map<AccountId, StageReference> held = new TreeMap<>();
    if (a.heldAtStage() != null) {
      a.heldAtStage()
          .forEach(
              (account, stage) -> {
                FieldPath at = path.field("heldAtStage").field(account);
                if (accountRef(at, account, accounts) != null && stage != null) {
                  held.put(AccountId.of(account), StageReference.of(stage));
                }
              });
    }
    if (id == null
        || covered.size() != (a.accounts() == null ? -1 : a.accounts().size())
        || frequency == null
        || instalment == null
        || first == null
        || kind == null
        || madeBy == null
        || madeOn == null) {
      return null;
    }
    Money starting =
        covered.stream()
            .map(p -> p.ledger.balanceAt(madeOn.minusDays(1)))
            .reduce(Money.ZERO, Money::plus);
    LumpSum lumpSum = lump;
    Arrangement arrangement =
        problems.attempt(
            path,
            () ->
                Arrangement.builder()
                    .id(ArrangementId.of(id))
                    .accounts(covered.stream().map(p -> p.account.id()).toList())
                    .frequency(frequency)
                    .instalmentAmount(instalment)
                    .ongoingChargePerInstalment(ongoing == null ? Money.ZERO : ongoing)
                    .firstInstalmentOn(first)
                    .lumpSum(Optional.ofNullable(lumpSum))
                    .startingBalance(starting)
                    .kind(kind)
                    .madeBy(OfficerId.of(madeBy))
                    .madeOn(madeOn)
                    .heldAtStage(held)
                    .build());
    if (arrangement == null) {
      return null;
    }
    ArrangementRecord record = ArrangementRecord.proposed(arrangement);
    if (approvedOn == null) {
      return record;
    }
    if (monitoring.isEmpty()) {
      return null;
    }
    String approver = a.approvedBy() == null ? madeBy : a.approvedBy();
    Map<AccountId, Ledger> ledgers = new LinkedHashMap<>();
    for (AccountId coveredAccount : arrangement.accounts()) {
      AccountParts parts = accounts.get(coveredAccount);
      if (parts != null) {
        ledgers.put(coveredAccount, parts.ledger);
      }
    }
    return problems.attempt(
        path.field("approvedOn"),
        () ->
            record.with(
                StateChange.byOfficer(
                    new ArrangementMonitor(monitoring.get()).assess(record, ledgers, approvedOn),
                    ArrangementState.PROPOSED,
                    ArrangementState.LIVE,
                    "approved",
                    OfficerId.of(approver))));
  }

  private @Nullable EffectiveDated<MonitoringPolicy> monitoring(
      FieldPath path, ScenarioDocument doc) {
    MonitoringDoc m = doc.arrangementMonitoring();
    if (m == null) {
      if (doc.arrangements() != null && !doc.arrangements().isEmpty()) {
        problems.add(
            path, "is required when arrangements are given: the council's monitoring policy");
      }
      return null;
    }
    MonitoringMethod method =
        enumOf(path.field("method"), m.method(), MonitoringMethod.class, true);
    Integer tolerance = requiredNumber(path.field("toleranceDays"), m.toleranceDays());
    Integer misses =
        requiredNumber(path.field("missedInstalmentsForBreach"), m.missedInstalmentsForBreach());
    Integer window =
        requiredNumber(path.field("missedInstalmentWindowDays"), m.missedInstalmentWindowDays());
    if (method == null || tolerance == null || misses == null || window == null) {
      return null;
    }
    MonitoringPolicy policy =
        problems.attempt(
            path,
            () ->
                MonitoringPolicy.builder()
                    .method(method)
                    .toleranceDays(tolerance)
                    .missedInstalmentsForBreach(misses)
                    .missedInstalmentWindowDays(window)
                    .doubleNextInstalmentAfterDirectDebitFailure(
                        Boolean.TRUE.equals(m.doubleNextInstalmentAfterDirectDebitFailure()))
                    .cancelAfterDirectDebitFailures(
                        Optional.ofNullable(m.cancelAfterDirectDebitFailures()))
                    .build());
    return policy == null
        ? null
        : EffectiveDated.from(
            LocalDate.MIN, policy, "arrangement monitoring policy", "the scenario file");
  }

  private @Nullable BudgetInput budget(
      FieldPath path, BudgetDoc b, Map<DwellingId, Dwelling> dwellings, List<Lease> leases) {
    LocalDate start = date(path.field("yearStart"), b.yearStart(), true);
    LocalDate end = date(path.field("yearEnd"), b.yearEnd(), true);
    BudgetStage stage =
        b.stage() == null
            ? BudgetStage.ESTIMATE
            : enumOf(path.field("stage"), b.stage(), BudgetStage.class, true);
    BigDecimal fee = decimal(path.field("managementFeeRate"), b.managementFeeRate());
    ResidueRule residue =
        b.residueRule() == null
            ? ResidueRule.COUNCIL_BEARS
            : enumOf(path.field("residueRule"), b.residueRule(), ResidueRule.class, true);
    Map<Integer, BigDecimal> weights = new TreeMap<>();
    if (b.bedroomWeights() != null) {
      b.bedroomWeights()
          .forEach(
              (bedrooms, weight) -> {
                FieldPath at = path.field("bedroomWeights").field(bedrooms);
                if (!bedrooms.matches("[0-9]{1,2}")) {
                  problems.add(at, "'" + bedrooms + "' is not a number of bedrooms");
                  return;
                }
                BigDecimal w = decimal(at, weight);
                if (w != null) {
                  weights.put(Integer.parseInt(bedrooms), w);
                }
              });
    }
    List<CostHead> heads = new ArrayList<>();
    forEach(
        path.field("heads"),
        b.heads(),
        (p, h) -> {
          CostHead head = head(p, h, dwellings);
          if (head != null) {
            heads.add(head);
          }
        });
    if (b.heads() == null || b.heads().isEmpty()) {
      problems.add(path.field("heads"), "is required: at least one cost head");
    }
    if (start == null || end == null || stage == null || residue == null) {
      return null;
    }
    ServiceChargeBudget budget =
        problems.attempt(
            path,
            () -> {
              ImmutableServiceChargeBudget.Builder builder =
                  ServiceChargeBudget.builder()
                      .year(DateRange.inclusive(start, end))
                      .stage(stage)
                      .heads(heads);
              if (fee != null) {
                builder.managementFeeRate(fee);
              }
              return builder.build();
            });
    ApportionmentPolicy policy =
        problems.attempt(
            path.field("bedroomWeights"),
            () ->
                new ApportionmentPolicy(
                    ImmutableSortedMap.copyOf(weights), residue, RoundingMode.HALF_UP));
    if (budget == null || policy == null) {
      return null;
    }
    Apportionment tried =
        problems.attempt(
            path,
            () ->
                new ServiceChargeApportioner(policy).apportion(budget, dwellings.values(), leases));
    return tried == null ? null : new BudgetInput(budget, policy);
  }

  private @Nullable CostHead head(FieldPath path, HeadDoc h, Map<DwellingId, Dwelling> dwellings) {
    String name = required(path.field("name"), h.name());
    Money total = money(path.field("total"), h.total(), true);
    if ((h.block() == null) == (h.estate() == null)) {
      problems.add(path, "give exactly one of block and estate: the pool that shares the head");
      return null;
    }
    CostPool pool =
        h.block() != null
            ? CostPool.block(BlockId.of(h.block()))
            : CostPool.estate(EstateId.of(h.estate()));
    Map<DwellingId, Money> direct = new LinkedHashMap<>();
    if (h.directCharges() != null) {
      h.directCharges()
          .forEach(
              (dwelling, amount) -> {
                FieldPath at = path.field("directCharges").field(dwelling);
                if (!dwellings.containsKey(DwellingId.of(dwelling))) {
                  problems.add(at, "dwelling '" + dwelling + "' is not in dwellings");
                  return;
                }
                Money m = money(at, amount, true);
                if (m != null) {
                  direct.put(DwellingId.of(dwelling), m);
                }
              });
    }
    if (name == null || total == null) {
      return null;
    }
    return problems.attempt(
        path,
        () -> {
          ImmutableCostHead.Builder b = CostHead.builder().name(name).pool(pool).total(total);
          b.putAllDirectCharges(direct);
          return b.build();
        });
  }

  // ---------------------------------------------------------------- fields

  private @Nullable AccountParts accountRef(
      FieldPath path, @Nullable String account, Map<AccountId, AccountParts> accounts) {
    String id = required(path, account);
    if (id == null) {
      return null;
    }
    AccountParts parts = accounts.get(AccountId.of(id));
    if (parts == null && !declaredAccounts.contains(id)) {
      problems.add(path, "account '" + id + "' is not in accounts");
    }
    return parts;
  }

  @Nullable String required(FieldPath path, @Nullable String value) {
    if (value == null) {
      problems.add(path, "is required");
      return null;
    }
    if (value.isBlank()) {
      problems.add(path, "is blank");
      return null;
    }
    return value;
  }

  private @Nullable Integer requiredNumber(FieldPath path, @Nullable Integer value) {
    if (value == null) {
      problems.add(path, "is required: a whole number");
    }
    return value;
  }

  @Nullable LocalDate date(FieldPath path, @Nullable String value, boolean required) {
    if (value == null) {
      if (required) {
        problems.add(path, "is required: a date as YYYY-MM-DD");
      }
      return null;
    }
    if (!ISO_DATE.matcher(value).matches()) {
      problems.add(path, "'" + value + "' is not a date as YYYY-MM-DD");
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      problems.add(path, "'" + value + "' is not a real date");
      return null;
    }
  }

  @Nullable Money money(FieldPath path, @Nullable String value, boolean required) {
    if (value == null) {
      if (required) {
        problems.add(
            path, "is required: an amount as text with two decimal places, such as \"450.00\"");
      }
      return null;
    }
    if (!MONEY.matcher(value).matches()) {
      problems.add(
          path,
          "'" + value + "' is not an amount with exactly two decimal places, such as \"450.00\"");
      return null;
    }
    return Money.parse(value);
  }

  private @Nullable BigDecimal decimal(FieldPath path, @Nullable String value) {
    if (value == null) {
      return null;
    }
    if (!DECIMAL.matcher(value).matches()) {
      problems.add(path, "'" + value + "' is not a decimal number such as \"4.5\"");
      return null;
    }
    return new BigDecimal(value);
  }

  <E extends Enum<E>> @Nullable E enumOf(
      FieldPath path, @Nullable String value, Class<E> type, boolean required) {
    if (value == null) {
      if (required) {
        problems.add(path, "is required: one of " + names(type));
      }
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    problems.add(path, "'" + value + "' is not one of " + names(type));
    return null;
  }

  private static String names(Class<? extends Enum<?>> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  private interface Step<T> {
    void apply(FieldPath path, T item);
  }

  private <T> void forEach(FieldPath path, @Nullable List<T> items, Step<T> step) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        problems.add(path.index(i), "is null; give an object");
      } else {
        step.apply(path.index(i), item);
      }
    }
  }

  /** Reports each field of format 2 that a format 1 file uses on the account at {@code path}. */
  private void formatTwoOnly(FieldPath path, AccountDoc a) {
    String needs = "needs \"formatVersion\": 2 (this file is format 1)";
    if (a.tribunalApplications() != null) {
      problems.add(path.field("tribunalApplications"), needs);
    }
    if (a.enforcements() != null) {
      problems.add(path.field("enforcements"), needs);
    }
    if (a.courtCases() != null) {
      for (int i = 0; i < a.courtCases().size(); i++) {
        ScenarioDocument.ClaimDoc c = a.courtCases().get(i);
        if (c != null && c.hearings() != null) {
          problems.add(path.field("courtCases").index(i).field("hearings"), needs);
        }
        if (c != null && c.closure() != null) {
          problems.add(path.field("courtCases").index(i).field("closure"), needs);
        }
      }
    }
  }

  /** An account's parts while the file is read. */
  static final class AccountParts {
    final DebtorAccount account;
    final RecoveryCase recoveryCase;
    final List<ContactEntry> contacts;
    final Optional<LetterOfClaim> letterOfClaim;
    final List<Hold> holds = new ArrayList<>();
    final List<BreathingSpaceOutcome> breathingSpaces = new ArrayList<>();
    final List<DemandAssessment> assessments = new ArrayList<>();
    final Map<String, PostedEntry> byReference = new HashMap<>();
    final Map<EntryId, String> references = new LinkedHashMap<>();
    Ledger ledger;
    org.homeownership.recovery.court.CourtCases courtCases =
        org.homeownership.recovery.court.CourtCases.none();

    AccountParts(
        DebtorAccount account,
        RecoveryCase recoveryCase,
        List<ContactEntry> contacts,
        Optional<LetterOfClaim> letterOfClaim) {
      this.account = account;
      this.recoveryCase = recoveryCase;
      this.contacts = contacts;
      this.letterOfClaim = letterOfClaim;
      this.ledger = Ledger.empty(account.id());
    }

    ScenarioAccount build() {
      return new ScenarioAccount(
          account,
          ledger,
          ImmutableMap.copyOf(references),
          recoveryCase,
          ImmutableList.copyOf(holds),
          ImmutableList.copyOf(breathingSpaces),
          ImmutableList.copyOf(contacts),
          ImmutableList.copyOf(assessments),
          letterOfClaim,
          courtCases);
    }
  }
}
