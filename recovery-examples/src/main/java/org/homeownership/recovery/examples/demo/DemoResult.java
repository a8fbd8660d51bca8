package org.homeownership.recovery.examples.demo;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Map;
import org.homeownership.recovery.account.AccountId;
import org.homeownership.recovery.ledger.Ledger;
import org.homeownership.recovery.recoverycase.Worklist;

/**
 * What a demo run did, for its output files and summary.
 *
 * @param settings what was simulated
 * @param council the council
 * @param bills each batch of billing posted, with how many charges it asked for
 * @param ledgers every account's ledger at the end, read back from the database
 * @param worklist the last sweep's worklist
 * @param weeks each weekly sweep's summary
 * @param casework the cases, holds, letters of claim and arrangements
 * @param letters the letters issued or refused
 * @param notices the records of the letters issued, for {@code notices.csv}
 * @param stories the notable cases' histories, by service charge account
 * @param saves how many saves of each kind were made to the database (case saves, arrangement
 *     saves, notices, contacts)
 */
record DemoResult(
    DemoSimulation.Settings settings,
    SyntheticCouncil council,
    ImmutableList<Map.Entry<String, Integer>> bills,
    Map<AccountId, Ledger> ledgers,
    Worklist worklist,
    ImmutableList<WeekRow> weeks,
    Casework casework,
    List<DemoLetters.Sample> letters,
    List<org.homeownership.recovery.notice.IssuedNotice> notices,
    Map<AccountId, List<String>> stories,
    Map<String, Integer> saves) {}
