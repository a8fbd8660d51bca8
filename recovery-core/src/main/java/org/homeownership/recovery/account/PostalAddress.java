package org.homeownership.recovery.account;

import java.util.List;
import org.immutables.value.Value;

/**
 * A postal address. Personal data: every part is redacted from {@code toString}.
 *
 * <p>Build one with {@link #builder()}.
 */
@Value.Immutable
public abstract class PostalAddress {

  /** The country code of addresses in the United Kingdom. */
  public static final String UNITED_KINGDOM = "GB";

  PostalAddress() {}

  /** A new builder. */
  public static ImmutablePostalAddress.Builder builder() {
    return ImmutablePostalAddress.builder();
  }

  /** The address lines before the town: one to four lines, none blank. */
  @Value.Redacted
  public abstract List<String> lines();

  /** The post town. */
  @Value.Redacted
  public abstract String town();

  /** The postcode; may be blank for an overseas address that has none. */
  @Value.Redacted
  public abstract String postcode();

  /**
   * The ISO 3166-1 alpha-2 country code, two capital letters; {@value #UNITED_KINGDOM} unless
   * given.
   */
  @Value.Default
  public String countryCode() {
    return UNITED_KINGDOM;
  }

  /** True if the address is outside the United Kingdom. */
  public boolean isOverseas() {
    return !UNITED_KINGDOM.equals(countryCode());
  }

  @Value.Check
  void check() {
    if (!countryCode().matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "country code '" + countryCode() + "' is not two capital letters (ISO 3166-1 alpha-2)");
    }
    if (lines().isEmpty() || lines().size() > 4) {
      throw new IllegalArgumentException(
          "an address has one to four lines before the town, not " + lines().size());
    }
    if (lines().stream().anyMatch(String::isBlank) || town().isBlank()) {
      throw new IllegalArgumentException("an address line or the town is blank");
    }
    if (!isOverseas() && postcode().isBlank()) {
      throw new IllegalArgumentException("a UK address has no postcode");
    }
  }
}
