package org.homeownership.recovery.recoverycase.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.homeownership.recovery.account.DebtStream;

/**
 * A council's recovery policy: a ladder per debt stream. Plain data, so that a council can load its
 * own from any format (a JSON loader lives outside the core).
 *
 * @param name the policy's name, such as {@code Default (Wiltshire, Harrow, Southwark)}
 * @param ladders the ladder for each stream it covers, keyed by the stream
 */
public record RecoveryPolicy(String name, ImmutableMap<DebtStream, StageLadder> ladders) {

  /** Checks each ladder is filed under its own stream. */
  public RecoveryPolicy {
    requireNonNull(name, "name");
    requireNonNull(ladders, "ladders");
    ladders.forEach(
        (stream, ladder) -> {
          if (ladder.stream() != stream) {
            throw new IllegalArgumentException(
                "the ladder for " + ladder.stream() + " is filed under " + stream);
          }
        });
  }

  /** The ladder for {@code stream}, if the policy covers it. */
  public Optional<StageLadder> ladderFor(DebtStream stream) {
    return Optional.ofNullable(ladders.get(stream));
  }
}
