package org.homeownership.recovery.lease;

import java.util.Optional;
import java.util.stream.Stream;
import org.homeownership.recovery.property.DwellingId;

/** Port: where lease terms are kept, one lease per dwelling. */
public interface LeaseStore {

  /**
   * Saves the terms of a lease, or replaces the stored lease of the same dwelling.
   *
   * @throws IllegalArgumentException if the store has no such dwelling
   */
  void save(Lease lease);

  /** The lease of {@code dwelling}, if there is one. */
  Optional<Lease> leaseOf(DwellingId dwelling);

  /** Every lease, in dwelling id order. */
  Stream<Lease> leases();
}
