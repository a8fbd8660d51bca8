package org.homeownership.recovery.notices;

import org.homeownership.recovery.account.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * Someone other than the account's parties to whom a letter about the account is addressed, such as
 * the leaseholder's mortgage lender (LAW-AND-PRACTICE.md §5.5). Its name and address take the place
 * of the parties' in the address block and the salutation; the parties are still named in the
 * letter's body. Parts may be missing; the letter is then refused naming each one.
 *
 * @param name the organisation's name, as it appears on the register or its correspondence
 * @param department the department or team to write to, if known, such as "Arrears department"
 * @param address the address to write to
 */
public record Addressee(
    @Nullable String name, @Nullable String department, @Nullable PostalAddress address) {

  @Override
  public String toString() {
    return "Addressee{name=<redacted>, address=<redacted>}";
  }

  /** Records every problem under the field prefix {@code addressee}. */
  void check(DataRequirements requirements, Correspondence correspondence, boolean postsOverseas) {
    if (requirements.present("addressee.name", name)) {
      requirements.require("addressee.name", !name.isBlank(), "is blank");
    }
    if (requirements.present("addressee.address", address)) {
      requirements.require(
          "addressee.address",
          postsOverseas || !address.isOverseas(),
          "is outside the United Kingdom and this council does not post overseas");
    }
    requirements.require(
        "correspondence.delivery",
        correspondence.onPaper(),
        "a letter to an addressee other than the account's parties goes on paper to its address");
  }
}
