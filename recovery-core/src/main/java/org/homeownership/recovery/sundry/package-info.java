/**
 * Sundry invoices: rechargeable repairs, legal costs and administration charges. An administration
 * charge (CLRA 2002 Sch 11) needs its own summary of rights and obligations with the demand; this
 * package flags such charges and checks the demand says the summary was enclosed. See
 * LAW-AND-PRACTICE.md §1.6.
 */
@NullMarked
package org.homeownership.recovery.sundry;

import org.jspecify.annotations.NullMarked;
