package org.homeownership.recovery.persistence.jdbc;

import org.homeownership.recovery.memory.InMemoryStore;

/** The record stores contract on the core's reference implementation, {@code InMemoryStore}. */
class InMemoryRecordStoresTest extends RecordStoresContract {

  @Override
  protected Stores newStores() {
    return Stores.of(new InMemoryStore());
  }
}
