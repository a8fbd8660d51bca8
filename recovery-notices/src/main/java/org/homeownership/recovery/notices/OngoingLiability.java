package org.homeownership.recovery.notices;

import java.time.LocalDate;
import org.homeownership.recovery.money.Money;

/**
 * A charge that falls due during a breathing space but after its application date: not a moratorium
 * debt, so still payable as it falls due (LAW-AND-PRACTICE.md §7.1, §7.5).
 *
 * @param description what it is for, such as "Service charge instalment, January to March 2027"
 * @param dueDate the day it falls due; after the breathing space's application date
 * @param amount the amount
 */
public record OngoingLiability(String description, LocalDate dueDate, Money amount) {}
