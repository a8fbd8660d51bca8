/**
 * Service charges: a year's budget of cost heads, each apportioned over every dwelling in its block
 * or estate by the basis the leases name, with an audit trail that reproduces every figure;
 * instalments; sales part-way through the year; and the year-end reconciliation of actual costs.
 */
@NullMarked
package org.homeownership.recovery.servicecharge;

import org.jspecify.annotations.NullMarked;
