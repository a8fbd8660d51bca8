package org.homeownership.recovery.arrangement.proposal;

/** The result of asking for a proposal: a {@link Proposal}, or {@link NoProposal} with reasons. */
public sealed interface ProposalOutcome permits Proposal, NoProposal {}
