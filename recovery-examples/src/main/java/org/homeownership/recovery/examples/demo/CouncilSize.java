package org.homeownership.recovery.examples.demo;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * How big a council the demo builds, as a number of dwellings: {@code small} (about 160), {@code
 * medium} (about 800), {@code large} (about 4,000) or a number from {@value #MINIMUM} to {@value
 * #MAXIMUM}.
 *
 * @param dwellings the number of dwellings asked for; the generator fills whole blocks, so the
 *     council has about this many
 */
public record CouncilSize(int dwellings) {

  /** The fewest dwellings: enough for every notable case to have an account. */
  public static final int MINIMUM = 60;

  /** The most dwellings the demo builds. */
  public static final int MAXIMUM = 50_000;

  /** Checks the number is in range. */
  public CouncilSize {
    if (dwellings < MINIMUM || dwellings > MAXIMUM) {
      throw new IllegalArgumentException(
          "--size must be small, medium, large or a number of dwellings from "
              + MINIMUM
              + " to "
              + MAXIMUM
              + ", not "
              + dwellings);
    }
  }

  /**
   * The size named by {@code text}: {@code small}, {@code medium}, {@code large} or a number.
   *
   * @throws IllegalArgumentException naming the value if it is none of these
   */
  public static CouncilSize parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "small":
        return new CouncilSize(160);
      case "medium":
        return new CouncilSize(800);
      case "large":
        return new CouncilSize(4_000);
      default:
        try {
          return new CouncilSize(Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(
              "--size must be small, medium, large or a number of dwellings, not '" + text + "'",
              e);
        }
    }
  }

  /** Picocli's converter for {@code --size}. */
  static final class Converter implements ITypeConverter<CouncilSize> {
    @Override
    public CouncilSize convert(String value) {
      return parse(value);
    }
  }
}
