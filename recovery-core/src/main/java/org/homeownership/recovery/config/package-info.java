/**
 * Effective-dated configuration: statutory figures and council policy values that change over time
 * (thresholds, caps, fees, rates) are held with the date each takes effect, never as code
 * constants. See LAW-AND-PRACTICE.md, "Conventions used in this file".
 */
@NullMarked
package org.homeownership.recovery.config;

import org.jspecify.annotations.NullMarked;
