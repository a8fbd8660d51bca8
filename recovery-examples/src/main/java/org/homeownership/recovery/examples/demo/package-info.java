/**
 * The {@code demo} command: a synthetic council, two service charge years of billing and debtor
 * behaviour, a weekly recovery sweep, and the worklist, aged debt, sample letters and report it
 * leaves in an output folder. See {@code docs/demo.md}.
 */
@NullMarked
package org.homeownership.recovery.examples.demo;

import org.jspecify.annotations.NullMarked;
