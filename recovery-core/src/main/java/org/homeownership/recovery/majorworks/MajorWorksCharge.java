package org.homeownership.recovery.majorworks;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.homeownership.recovery.money.Money;
import org.homeownership.recovery.property.DwellingId;

/**
 * One leaseholder's charge for a scheme: the apportioned share, each statutory reduction with its
 * reason, and what is charged.
 *
 * @param scheme the scheme's reference
 * @param dwelling the dwelling
 * @param share the apportioned share before any cap
 * @param reductions each reduction applied, in the order applied
 * @param notes checks that made no reduction, with why, so an officer sees each cap was considered
 */
public record MajorWorksCharge(
    String scheme,
    DwellingId dwelling,
    Money share,
    ImmutableList<Reduction> reductions,
    ImmutableList<String> notes) {

  /** Checks every part is given. */
  public MajorWorksCharge {
    requireNonNull(scheme, "scheme");
    requireNonNull(dwelling, "dwelling");
    requireNonNull(share, "share");
    requireNonNull(reductions, "reductions");
    requireNonNull(notes, "notes");
  }

  /** What is charged: the share less every reduction. */
  public Money charge() {
    return reductions.stream().map(Reduction::amount).reduce(share, Money::minus);
  }
}
