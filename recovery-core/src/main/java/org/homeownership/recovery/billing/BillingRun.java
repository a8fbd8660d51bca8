package org.homeownership.recovery.billing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * A billing run: the items it raises, the day it raises them, and its name for the record.
 *
 * @param name the run's name, such as {@code Service charge estimates 2025/26}
 * @param raisedOn the day the charges are raised
 * @param items the items billed; keys are unique within a run
 */
public record BillingRun(String name, LocalDate raisedOn, ImmutableList<BilledItem> items) {

  /** Checks every part is given and no key appears twice. */
  public BillingRun {
    requireNonNull(name, "name");
    requireNonNull(raisedOn, "raisedOn");
    requireNonNull(items, "items");
    Set<String> keys = new HashSet<>();
    for (BilledItem item : items) {
      if (!keys.add(item.account() + "/" + item.key())) {
        throw new IllegalArgumentException(
            "billing run '"
                + name
                + "' bills "
                + item.key()
                + " on account "
                + item.account()
                + " twice");
      }
    }
  }
}
