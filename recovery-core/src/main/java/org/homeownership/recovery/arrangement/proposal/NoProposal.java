package org.homeownership.recovery.arrangement.proposal;

import com.google.common.collect.ImmutableList;

/**
 * No instalment within policy fits: the officer decides (discretion, referral, or recovery). Says
 * why.
 *
 * @param reasons why no proposal is offered
 */
public record NoProposal(ImmutableList<String> reasons) implements ProposalOutcome {}
