/** The runnable example application: a demo council and, as they land, the scenario runner. */
@NullMarked
package org.homeownership.recovery.examples;

import org.jspecify.annotations.NullMarked;
