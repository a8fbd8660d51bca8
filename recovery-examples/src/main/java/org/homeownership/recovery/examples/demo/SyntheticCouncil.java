package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.account.DebtStream;
import org.homeownership.recovery.account.DebtorAccount;
import org.homeownership.recovery.account.Party;
import org.homeownership.recovery.account.PartyId;
import org.homeownership.recovery.account.PartyRole;
import org.homeownership.recovery.account.PostalAddress;
import org.homeownership.recovery.lease.ApportionmentBasis;
import org.homeownership.recovery.lease.GroundRentTerms;
import org.homeownership.recovery.lease.Lease;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.BlockId;
import org.homeownership.recovery.property.Dwelling;
import org.homeownership.recovery.property.DwellingId;
import org.homeownership.recovery.property.EstateId;
import org.homeownership.recovery.property.Tenure;

/**
 * A synthetic council built from one seed: estates of blocks of flats and a few houses; tenanted,
 * leasehold (bought under the Right to Buy, with their grant dates), shared ownership and freehold
 * homes with the attributes apportionment needs (bedrooms; the leases' bases and ground rent); the
 * first estate on district heating; and a few tenants owing sundry debts. Every name, address and
 * figure is invented; the same seed gives the same council.
 *
 * @param estates the estates, first on district heating
 * @param dwellings every dwelling, in id order
 * @param leases the lease (or, for a freehold house, the estate charge covenant) of each billed
 *     dwelling
 * @param households every household that owes the council something, in dwelling order
 */
record SyntheticCouncil(
    ImmutableList<Estate> estates,
    ImmutableList<Dwelling> dwellings,
    ImmutableMap<DwellingId, Lease> leases,
    ImmutableList<Household> households) {

  /** The notable debtors, one each, given to leaseholders in this order. */
  static final List<Behaviour> NOTABLE =
      List.of(
          Behaviour.COUNTY_COURT,
          Behaviour.ARRANGEMENT_MAKER,
          Behaviour.ARRANGEMENT_BREAKER,
          Behaviour.DISPUTES_A_CHARGE,
          Behaviour.BREATHING_SPACE,
          Behaviour.VULNERABLE);

  /** Ground rent reserved by the demo's Right to Buy leases: £10 a year, due on 24 June. */
  static final GroundRentTerms GROUND_RENT =
      new GroundRentTerms(Money.parse("10.00"), ImmutableList.of(MonthDay.of(6, 24)));

  private static final String[] ESTATES = {
    "Tabard Gardens", "Marlowe Park", "Keats Grove", "Brontë Fields", "Hardy Green",
    "Austen Rise", "Blake Meadows", "Orwell Court", "Eliot Vale", "Shelley Hill"
  };
  private static final String[] BLOCKS = {
    "House", "Court", "Tower", "Point", "Lodge", "Mansions", "Heights", "Place"
  };
  private static final String[] BLOCK_NAMES = {
    "Ash", "Beech", "Cedar", "Elm", "Hazel", "Juniper", "Larch", "Maple", "Oak", "Rowan", "Willow",
    "Yew", "Alder", "Birch", "Holly", "Poplar"
  };
  private static final String[] GIVEN = {
    "Amina", "Ben", "Chloe", "Dev", "Ellen", "Femi", "Grace", "Hamid", "Iris", "Jack", "Kemi",
    "Liam", "Maya", "Nikos", "Olu", "Priya", "Rosa", "Sam", "Tariq", "Una", "Vik", "Wendy", "Yusuf",
    "Zoe"
  };
  private static final String[] FAMILY = {
    "Adebayo", "Byrne", "Clarke", "Dimitriou", "Evans", "Fernandes", "Green", "Hussain", "Iqbal",
    "Jones", "Kowalski", "Lewis", "Mensah", "Nowak", "O'Brien", "Patel", "Quinn", "Rahman",
    "Singh", "Taylor", "Usman", "Walsh", "Young", "Zielinski"
  };
  private static final int FLATS_PER_BLOCK = 16;

  /** The estate on the district heat network. */
  static final EstateId HEATED_ESTATE = EstateId.of("E01");

  /** The block whose roof is renewed in the second year (major works). */
  static final BlockId MAJOR_WORKS_BLOCK = BlockId.of("E02-B1");

  /**
   * An estate.
   *
   * @param id its id
   * @param name its name
   * @param districtHeating true if its homes are on the district heat network
   * @param blocks its blocks, with their names
   */
  record Estate(EstateId id, String name, boolean districtHeating, ImmutableList<BlockId> blocks) {}

  /**
   * A household that owes the council something: its home, the party liable, how it pays, and its
   * accounts by debt stream.
   *
   * @param dwelling the home
   * @param party the person liable
   * @param address where letters go
   * @param behaviour how the household pays
   * @param accounts its accounts, one per debt stream
   * @param sharedOwnership for a shared owner: the home's value and the unowned share in percent
   */
  record Household(
      Dwelling dwelling,
      Party party,
      PostalAddress address,
      Behaviour behaviour,
      ImmutableMap<DebtStream, AccountId> accounts,
      Optional<SharedOwnership> sharedOwnership) {

    /** The debt stream of {@code account}, one of this household's. */
    DebtStream streamOf(AccountId account) {
      return accounts.entrySet().stream()
          .filter(e -> e.getValue().equals(account))
          .map(Map.Entry::getKey)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("not this household's: " + account));
    }

    /** The debtor account for {@code stream}, with the household's party and address. */
    DebtorAccount account(DebtStream stream) {
      return DebtorAccount.builder().id(accounts.get(stream)).stream(stream)
          .dwelling(dwelling.id())
          .tenure(dwelling.tenure())
          .addParties(party)
          .correspondenceAddress(address)
          .build();
    }
  }

  /**
   * A shared owner's terms.
   *
   * @param value the home's value at purchase
   * @param unownedPercent the share the owner does not own, in percent
   */
  record SharedOwnership(Money value, BigDecimal unownedPercent) {}

  /** Builds a council of about {@code size} dwellings from {@code seed}. */
  static SyntheticCouncil generate(CouncilSize size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int estateCount = Math.max(3, Math.min(ESTATES.length * 10, size.dwellings() / 60));
    int perEstate = size.dwellings() / estateCount;
    List<Estate> estates = new ArrayList<>();
    List<Dwelling> dwellings = new ArrayList<>();
    Map<DwellingId, Lease> leases = new LinkedHashMap<>();
    List<Household> households = new ArrayList<>();
    List<Integer> leaseholders = new ArrayList<>();
    for (int e = 0; e < estateCount; e++) {
      String estateName =
          ESTATES[e % ESTATES.length] + (e < ESTATES.length ? "" : " " + (e / ESTATES.length + 1));
      EstateId estate = EstateId.of(String.format("E%02d", e + 1));
      int houses = Math.max(2, perEstate / 10);
      int flats = perEstate - houses;
      int blockCount = Math.max(1, (flats + FLATS_PER_BLOCK - 1) / FLATS_PER_BLOCK);
      List<BlockId> blocks = new ArrayList<>();
      for (int b = 0; b < blockCount; b++) {
        String blockName =
            BLOCK_NAMES[(e * 3 + b) % BLOCK_NAMES.length] + " " + BLOCKS[(e + b) % BLOCKS.length];
        BlockId block = BlockId.of(String.format("%s-B%d", estate.value(), b + 1));
        blocks.add(block);
        int inBlock = flats / blockCount + (b < flats % blockCount ? 1 : 0);
        for (int f = 1; f <= inBlock; f++) {
          double r = random.nextDouble();
          Tenure tenure =
              r < 0.5 ? Tenure.TENANTED : r < 0.85 ? Tenure.LEASEHOLD : Tenure.SHARED_OWNERSHIP;
          Dwelling dwelling =
              Dwelling.builder()
                  .id(DwellingId.of(String.format("%s-B%d-%02d", estate.value(), b + 1, f)))
                  .estate(estate)
                  .block(block)
                  .tenure(tenure)
                  .bedrooms(random.nextInt(4))
                  .build();
          PostalAddress address = address("Flat " + f + ", " + blockName, estateName, e, random);
          add(dwelling, address, random, dwellings, leases, households, leaseholders);
        }
      }
      for (int h = 1; h <= houses; h++) {
        Tenure tenure = random.nextBoolean() ? Tenure.FREEHOLD : Tenure.TENANTED;
        Dwelling dwelling =
            Dwelling.builder()
                .id(DwellingId.of(String.format("%s-H%02d", estate.value(), h)))
                .estate(estate)
                .tenure(tenure)
                .bedrooms(2 + random.nextInt(2))
                .build();
        PostalAddress address =
            address(h + " " + estateName.split(" ")[0] + " Mews", estateName, e, random);
        add(dwelling, address, random, dwellings, leases, households, leaseholders);
      }
      estates.add(new Estate(estate, estateName, e == 0, ImmutableList.copyOf(blocks)));
    }
    // The notable debtors: leaseholders picked by the seed, one for each notable behaviour.
    List<Integer> pool = new ArrayList<>(leaseholders);
    for (Behaviour notable : NOTABLE) {
      if (pool.isEmpty()) {
        throw new IllegalStateException("the council has too few leaseholders for the demo");
      }
      int index = pool.remove(random.nextInt(pool.size()));
      Household h = households.get(index);
      households.set(
          index,
          new Household(
              h.dwelling(), h.party(), h.address(), notable, h.accounts(), h.sharedOwnership()));
    }
    return new SyntheticCouncil(
        ImmutableList.copyOf(estates),
        ImmutableList.copyOf(dwellings),
        ImmutableMap.copyOf(leases),
        ImmutableList.copyOf(households));
  }

  private static void add(
      Dwelling dwelling,
      PostalAddress address,
      SplittableRandom random,
      List<Dwelling> dwellings,
      Map<DwellingId, Lease> leases,
      List<Household> households,
      List<Integer> leaseholders) {
    dwellings.add(dwelling);
    boolean billed = dwelling.tenure() != Tenure.TENANTED;
    int number = dwellings.size();
    Map<DebtStream, AccountId> accounts = new EnumMap<>(DebtStream.class);
    Optional<SharedOwnership> shared = Optional.empty();
    switch (dwelling.tenure()) {
      case TENANTED -> {
        // About one tenant in twenty owes a rechargeable repair: a sundry debtor.
        if (random.nextInt(20) != 0) {
          return;
        }
        accounts.put(DebtStream.SUNDRY_DEBTS, id("SD", number));
      }
      case LEASEHOLD -> {
        LocalDate granted =
            LocalDate.of(1982 + random.nextInt(42), 1 + random.nextInt(12), 1 + random.nextInt(28));
        leases.put(
            dwelling.id(),
            Lease.builder()
                .dwelling(dwelling.id())
                .leaseDate(granted)
                .blockBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .groundRent(GROUND_RENT)
                .rightToBuyGrantDate(granted)
                .initialPeriodEnd(granted.plusYears(5))
                .build());
        accounts.put(DebtStream.SERVICE_CHARGES, id("SC", number));
        accounts.put(DebtStream.GROUND_RENT, id("GR", number));
        leaseholders.add(households.size());
      }
      case SHARED_OWNERSHIP -> {
        leases.put(
            dwelling.id(),
            Lease.builder()
                .dwelling(dwelling.id())
                .leaseDate(LocalDate.of(2012 + random.nextInt(11), 1 + random.nextInt(12), 1))
                .blockBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .build());
        accounts.put(DebtStream.SERVICE_CHARGES, id("SC", number));
        accounts.put(DebtStream.SHARED_OWNERSHIP_RENT, id("SO", number));
        shared =
            Optional.of(
                new SharedOwnership(
                    Money.ofPence((240_000 + random.nextInt(260_000)) * 100L),
                    BigDecimal.valueOf(25 + 5 * random.nextInt(11))));
      }
      case FREEHOLD -> {
        // A freehold house on the estate pays an estate charge under its transfer's covenant,
        // recorded here as lease terms so that the apportioner can read its basis.
        leases.put(
            dwelling.id(),
            Lease.builder()
                .dwelling(dwelling.id())
                .leaseDate(LocalDate.of(1985 + random.nextInt(30), 1 + random.nextInt(12), 1))
                .blockBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .estateBasis(ApportionmentBasis.BEDROOM_WEIGHTING)
                .build());
        accounts.put(DebtStream.SERVICE_CHARGES, id("SC", number));
      }
    }
    if (billed && dwelling.estate().equals(HEATED_ESTATE)) {
      accounts.put(DebtStream.DISTRICT_HEATING, id("DH", number));
    }
    if (billed && dwelling.block().equals(Optional.of(MAJOR_WORKS_BLOCK))) {
      accounts.put(DebtStream.MAJOR_WORKS, id("MW", number));
    }
    households.add(
        new Household(
            dwelling,
            Party.builder()
                .id(PartyId.of(String.format("P-%05d", number)))
                .role(
                    switch (dwelling.tenure()) {
                      case TENANTED -> PartyRole.SUNDRY_DEBTOR;
                      case SHARED_OWNERSHIP -> PartyRole.SHARED_OWNER;
                      case FREEHOLD -> PartyRole.FREEHOLDER;
                      case LEASEHOLD -> PartyRole.LEASEHOLDER;
                    })
                .name(
                    GIVEN[random.nextInt(GIVEN.length)]
                        + " "
                        + FAMILY[random.nextInt(FAMILY.length)])
                .build(),
            address,
            ordinary(random),
            ImmutableMap.copyOf(accounts),
            shared));
  }

  private static Behaviour ordinary(SplittableRandom random) {
    int r = random.nextInt(100);
    if (r < 60) {
      return Behaviour.PROMPT_PAYER;
    }
    if (r < 78) {
      return Behaviour.LATE_PAYER;
    }
    if (r < 92) {
      return Behaviour.PART_PAYER;
    }
    return Behaviour.DIRECT_DEBIT_RETURNED;
  }

  private static AccountId id(String prefix, int number) {
    return AccountId.of(String.format("%s-%05d", prefix, number));
  }

  private static PostalAddress address(
      String firstLine, String estate, int estateIndex, SplittableRandom random) {
    return PostalAddress.builder()
        .addLines(firstLine, estate + " Estate")
        .town("Anytown")
        .postcode(
            String.format(
                "AN%d %d%s",
                1 + estateIndex % 9,
                1 + random.nextInt(9),
                (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26))))
        .build();
  }

  /** Every household's accounts, in dwelling then stream order. */
  List<DebtorAccount> accounts() {
    List<DebtorAccount> all = new ArrayList<>();
    for (Household h : households) {
      h.accounts().keySet().forEach(stream -> all.add(h.account(stream)));
    }
    return all;
  }
}
