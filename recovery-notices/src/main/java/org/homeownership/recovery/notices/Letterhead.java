package org.homeownership.recovery.notices;

import java.util.ArrayList;
import java.util.List;
import org.homeownership.recovery.account.PostalAddress;
import org.jspecify.annotations.Nullable;

/**
 * The council's letterhead and the fixed facts every letter prints: the landlord's legal name and
 * address for service, how to get in touch, how to pay, and the logo. Configuration, not code: each
 * council supplies its own.
 *
 * <p>Parts may be left out when building; {@link LetterComposer} then refuses every letter and
 * names the missing part, because a demand without the landlord's name and address is not due
 * (Landlord and Tenant Act 1987 ss.47–48).
 *
 * @param legalName the landlord's legal name, such as {@code London Borough of Anytown}
 * @param addressForService the address in England and Wales at which notices, including notices in
 *     proceedings, may be served on the landlord (LTA 1987 ss.47–48)
 * @param contact how to reach the Home Ownership team
 * @param paymentMethods the ways to pay, in the order printed; at least one
 * @param logo the logo, if any
 * @param postsOverseas true if the council sends letters by post to addresses outside the United
 *     Kingdom; if false, a letter to an overseas address must go by email
 */
public record Letterhead(
    @Nullable String legalName,
    @Nullable PostalAddress addressForService,
    @Nullable ContactDetails contact,
    List<PaymentInstruction> paymentMethods,
    @Nullable Logo logo,
    boolean postsOverseas) {

  /** Copies the list of payment methods. */
  public Letterhead {
    paymentMethods = List.copyOf(paymentMethods);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Records every problem with the letterhead under the field prefix {@code letterhead}. */
  void check(DataRequirements requirements) {
    if (requirements.present("letterhead.legalName", legalName)) {
      requirements.require(
          "letterhead.legalName", !legalName.isBlank(), "is blank; LTA 1987 s.47 requires it");
    }
    if (requirements.present("letterhead.addressForService", addressForService)) {
      requirements.require(
          "letterhead.addressForService",
          !addressForService.isOverseas(),
          "is outside the United Kingdom; LTA 1987 s.48 requires an address in England and Wales");
    }
    if (requirements.present("letterhead.contact", contact)) {
      requirements.require(
          "letterhead.contact",
          contact.telephone() != null || contact.email() != null,
          "has neither a telephone number nor an email address");
    }
    requirements.require(
        "letterhead.paymentMethods", !paymentMethods.isEmpty(), "names no way to pay");
  }

  /** Builds a {@link Letterhead}; every part is optional until a letter is composed. */
  public static final class Builder {
    private @Nullable String legalName;
    private @Nullable PostalAddress addressForService;
    private @Nullable ContactDetails contact;
    private final List<PaymentInstruction> paymentMethods = new ArrayList<>();
    private @Nullable Logo logo;
    private boolean postsOverseas;

    private Builder() {}

    /** Sets the landlord's legal name. */
    public Builder legalName(@Nullable String legalName) {
      this.legalName = legalName;
      return this;
    }

    /** Sets the landlord's address for service (LTA 1987 ss.47–48). */
    public Builder addressForService(@Nullable PostalAddress addressForService) {
      this.addressForService = addressForService;
      return this;
    }

    /** Sets how to reach the Home Ownership team. */
    public Builder contact(@Nullable ContactDetails contact) {
      this.contact = contact;
      return this;
    }

    /** Adds a way to pay, printed after those already added. */
    public Builder addPaymentMethod(String method, String instructions) {
      this.paymentMethods.add(new PaymentInstruction(method, instructions));
      return this;
    }

    /** Sets the logo. */
    public Builder logo(@Nullable Logo logo) {
      this.logo = logo;
      return this;
    }

    /** Sets whether the council posts letters to addresses outside the United Kingdom. */
    public Builder postsOverseas(boolean postsOverseas) {
      this.postsOverseas = postsOverseas;
      return this;
    }

    /** The letterhead. */
    public Letterhead build() {
      return new Letterhead(
          legalName, addressForService, contact, paymentMethods, logo, postsOverseas);
    }
  }
}
