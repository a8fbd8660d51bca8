package org.homeownership.recovery.notices;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;
import org.jspecify.annotations.Nullable;

/**
 * A judgment already obtained for part of the debt, netted off the amount a letter of claim asks
 * for so that the same debt is not claimed twice (GUIDE.md §5, from Hackney's letter before
 * action). The letter notes it; the netting itself is done in the core.
 *
 * @param claimNumber the court's claim number
 * @param judgmentOn the date of the judgment
 * @param amount the amount of the judgment netted off
 */
public record NettedJudgment(
    @Nullable String claimNumber, @Nullable LocalDate judgmentOn, @Nullable Money amount) {}
