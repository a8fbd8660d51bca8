package org.homeownership.recovery.property;

import java.util.Optional;
import java.util.stream.Stream;

/** Port: where the council's dwellings are kept, with the attributes apportionment uses. */
public interface DwellingStore {

  /** Saves a new dwelling, or replaces the stored dwelling with the same id. */
  void save(Dwelling dwelling);

  /** The dwelling with the given id, if there is one. */
  Optional<Dwelling> dwelling(DwellingId id);

  /** Every dwelling, in id order. */
  Stream<Dwelling> dwellings();
}
