package org.homeownership.recovery.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.jspecify.annotations.Nullable;

/**
 * An amount of pounds sterling held as whole pence in a {@code long}.
 *
 * <p>Immutable and final. Arithmetic is exact and overflow-checked: an operation whose result does
 * not fit in the range of {@link #ofPence} throws {@link ArithmeticException} instead of wrapping.
 * There is no division here: dividing money always needs a named rounding rule, which {@link
 * PenceSplitter} provides.
 *
 * <p>JSR-354 ({@link MonetaryAmount}) is how money crosses the library's public edges: use {@link
 * #of(MonetaryAmount)} and {@link #toMonetaryAmount()}. Inside the core, hot paths work in pence.
 */
public final class Money implements Comparable<Money> {

  /** The currency of every {@code Money}: pounds sterling. */
  public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  /** Zero pounds. */
  public static final Money ZERO = new Money(0);

  private static final Locale EN_GB = Locale.UK;

  /** The template {@link #format} clones: en-GB currency form in pounds sterling. */
  private static final NumberFormat EN_GB_POUNDS = enGbPounds();

  /** Whether {@link #format} may write the en-GB form itself ({@link #writesPlainEnGbForm}). */
  private static final boolean PLAIN_EN_GB_FORM = writesPlainEnGbForm();

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\s*[-+]?\\d+(\\.\\d+)?\\s*");

  private final long pence;

  private Money(long pence) {
    this.pence = pence;
  }

  /**
   * Returns the amount of the given whole pence (negative for a credit).
   *
   * <p>The range is symmetric, {@code ±Long.MAX_VALUE} pence, so that negation never overflows.
   *
   * @throws ArithmeticException if {@code pence} is {@code Long.MIN_VALUE}
   */
  public static Money ofPence(long pence) {
    if (pence == Long.MIN_VALUE) {
      throw new ArithmeticException("amount out of range: " + pence + " pence");
    }
    return pence == 0 ? ZERO : new Money(pence);
  }

  /**
   * Returns the amount of the given pounds, which must be exact to the penny.
   *
   * @throws ArithmeticException if {@code pounds} has fractions of a penny or is out of range
   */
  public static Money ofPounds(BigDecimal pounds) {
    try {
      return ofPence(pounds.movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new ArithmeticException(
          "amount " + pounds.toPlainString() + " is not a whole number of pence within range");
    }
  }

  /**
   * Parses a plain decimal amount of pounds such as {@code "1234.56"}, {@code "-12.5"} or {@code
   * "7"}. No currency sign or grouping commas.
   *
   * @throws IllegalArgumentException if the text is not a decimal number exact to the penny
   */
  public static Money parse(String pounds) {
    if (!PLAIN_DECIMAL.matcher(pounds).matches()) {
      throw new IllegalArgumentException("amount '" + pounds + "' is not a decimal number");
    }
    BigDecimal value;
    try {
      value = new BigDecimal(pounds.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount '" + pounds + "' is not a decimal number", e);
    }
    try {
      return ofPounds(value);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "amount '" + pounds + "' is not a whole number of pence", e);
    }
  }

  /**
   * Converts a JSR-354 amount, which must be in GBP and exact to the penny.
   *
   * @throws IllegalArgumentException if the currency is not GBP or the amount has fractions of a
   *     penny
   */
  public static Money of(MonetaryAmount amount) {
    if (!GBP.equals(amount.getCurrency())) {
      throw new IllegalArgumentException(
          "amount is in " + amount.getCurrency().getCurrencyCode() + ", not GBP");
    }
    BigDecimal pounds = amount.getNumber().numberValueExact(BigDecimal.class);
    try {
      return ofPounds(pounds);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** The amount in whole pence. */
  public long pence() {
    return pence;
  }

  /** The amount in pounds, with a scale of exactly 2. */
  public BigDecimal pounds() {
    return BigDecimal.valueOf(pence, 2);
  }

  /** This amount as a JSR-354 (Moneta) amount in GBP. */
  public MonetaryAmount toMonetaryAmount() {
    return org.javamoney.moneta.Money.of(pounds(), GBP);
  }

  /** The sum of this and {@code other}, overflow-checked. */
  public Money plus(Money other) {
    return ofPence(Math.addExact(pence, other.pence));
  }

  /** This amount less {@code other}, overflow-checked. */
  public Money minus(Money other) {
    return ofPence(Math.subtractExact(pence, other.pence));
  }

  /** This amount multiplied by a whole number, overflow-checked. */
  public Money times(long multiplier) {
    return ofPence(Math.multiplyExact(pence, multiplier));
  }

  /**
   * This amount multiplied by a decimal factor, rounded to the penny by the named {@code rounding}.
   * Use it for rates (a percentage fee, a daily rate times days) where one rounding of the line
   * total is the rule.
   */
  public Money times(BigDecimal factor, RoundingMode rounding) {
    return ofPounds(pounds().multiply(factor).setScale(2, rounding));
  }

  /** The amount with its sign reversed. */
  public Money negate() {
    return ofPence(Math.negateExact(pence));
  }

  /** The absolute amount. */
  public Money abs() {
    return pence < 0 ? negate() : this;
  }

  /** The smaller of the two amounts. */
  public static Money min(Money a, Money b) {
    return a.pence <= b.pence ? a : b;
  }

  /** The larger of the two amounts. */
  public static Money max(Money a, Money b) {
    return a.pence >= b.pence ? a : b;
  }

  /** True if the amount is zero. */
  public boolean isZero() {
    return pence == 0;
  }

  /** True if the amount is above zero. */
  public boolean isPositive() {
    return pence > 0;
  }

  /** True if the amount is below zero (a credit). */
  public boolean isNegative() {
    return pence < 0;
  }

  /** True if this amount is greater than {@code other}. */
  public boolean isGreaterThan(Money other) {
    return pence > other.pence;
  }

  /** True if this amount is less than {@code other}. */
  public boolean isLessThan(Money other) {
    return pence < other.pence;
  }

  /**
   * The amount in en-GB form with the pound sign and grouping: {@code £1,234.56}, {@code -£5.00}.
   */
  public String format() {
    return PLAIN_EN_GB_FORM ? formatFromPence(pence) : formatByNumberFormat();
  }

  /** The text of {@link #format} as the JDK's en-GB pound formatter writes it. */
  String formatByNumberFormat() {
    // A clone of one formatter set up once: the same form, without looking up the locale's
    // currency format for every call. The template itself never formats, so sharing it between
    // threads is safe.
    NumberFormat format = (NumberFormat) EN_GB_POUNDS.clone();
    return format.format(pounds());
  }

  /**
   * The en-GB form written straight from the pence: a minus sign for a negative amount, the pound
   * sign, the whole pounds grouped in threes by commas, a point and two digits of pence. Used only
   * when the JDK's en-GB formatter was found to write that form ({@link #PLAIN_EN_GB_FORM}); the
   * range of {@code Money} excludes {@code Long.MIN_VALUE}, so the magnitude never overflows.
   */
  static String formatFromPence(long pence) {
    long magnitude = Math.abs(pence);
    long pounds = magnitude / 100;
    int pennies = (int) (magnitude % 100);
    String digits = Long.toString(pounds);
    int length = digits.length();
    StringBuilder text = new StringBuilder(length + length / 3 + 5);
    if (pence < 0) {
      text.append('-');
    }
    text.append('£');
    for (int i = 0; i < length; i++) {
      if (i > 0 && (length - i) % 3 == 0) {
        text.append(',');
      }
      text.append(digits.charAt(i));
    }
    return text.append('.')
        .append((char) ('0' + pennies / 10))
        .append((char) ('0' + pennies % 10))
        .toString();
  }

  /**
   * Whether the JDK's en-GB pound formatter writes the plain form {@link #formatFromPence} writes,
   * tried once on amounts that exercise the sign, the grouping and the pence. Locale data differs
   * between JDKs; where it differs from the plain form, {@link #format} keeps to the formatter.
   */
  private static boolean writesPlainEnGbForm() {
    long[] samples = {
      0,
      1,
      5,
      99,
      100,
      500,
      -500,
      -1,
      99_999,
      100_000,
      123_456,
      -123_456,
      12_345_678_901L,
      -1_000_000_000_000L,
      Long.MAX_VALUE,
      -Long.MAX_VALUE
    };
    for (long sample : samples) {
      if (!formatFromPence(sample).equals(new Money(sample).formatByNumberFormat())) {
        return false;
      }
    }
    return true;
  }

  private static NumberFormat enGbPounds() {
    NumberFormat format = NumberFormat.getCurrencyInstance(EN_GB);
    format.setCurrency(java.util.Currency.getInstance("GBP"));
    return format;
  }

  @Override
  public int compareTo(Money other) {
    return Long.compare(pence, other.pence);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Money && ((Money) obj).pence == pence;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(pence);
  }

  /** The plain decimal amount in pounds, such as {@code 1234.56}; parseable by {@link #parse}. */
  @Override
  public String toString() {
    return pounds().toPlainString();
  }
}
