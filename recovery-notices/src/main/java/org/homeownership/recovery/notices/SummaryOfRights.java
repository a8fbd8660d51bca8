package org.homeownership.recovery.notices;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A summary of tenants' rights and obligations that the law requires to accompany a demand, in the
 * version the council has supplied.
 *
 * <p>The wording, including the heading, is prescribed by regulations. This library ships no copy
 * of it: no copy from a primary source (legislation.gov.uk) was available when the letters were
 * written, and a demand with out-of-date or paraphrased text may let the tenant withhold payment
 * (LAW-AND-PRACTICE.md §1.4, §1.6). The council puts its checked copy in its template directory as
 * {@code <templateCode>.peb} and declares its version with {@link
 * TemplateSource#withSummaryOfRights}. A demand that needs a summary the council has not supplied
 * is refused.
 *
 * @param kind which summary
 * @param version the council's version of the text, such as {@code 2007-10-01 as amended
 *     2009-06-01}; printed under the summary and stored in the PDF's keywords
 */
public record SummaryOfRights(Kind kind, String version) {

  /** Checks both parts are given and the version is not blank. */
  public SummaryOfRights {
    requireNonNull(kind, "kind");
    requireNonNull(version, "version");
    checkArgument(!version.isBlank(), "a summary's version is not blank");
  }

  /** The summaries the law requires, each with its template and its regulations. */
  public enum Kind {
    /**
     * Service charges: Landlord and Tenant Act 1985 s.21B; the Service Charges (Summary of Rights
     * and Obligations, and Transitional Provision) (England) Regulations 2007.
     */
    SERVICE_CHARGES(
        "summary-of-rights-service-charges",
        "Landlord and Tenant Act 1985 s.21B",
        "the Service Charges (Summary of Rights and Obligations, and Transitional Provision)"
            + " (England) Regulations 2007"),
    /**
     * Administration charges: Commonhold and Leasehold Reform Act 2002 Sch 11 para 4; the
     * Administration Charges (Summary of Rights and Obligations) (England) Regulations 2007.
     */
    ADMINISTRATION_CHARGES(
        "summary-of-rights-administration-charges",
        "Commonhold and Leasehold Reform Act 2002 Schedule 11 paragraph 4",
        "the Administration Charges (Summary of Rights and Obligations) (England) Regulations"
            + " 2007");

    private final String templateCode;
    private final String statute;
    private final String regulations;

    Kind(String templateCode, String statute, String regulations) {
      this.templateCode = templateCode;
      this.statute = statute;
      this.regulations = regulations;
    }

    /** The template the council supplies: {@code <templateCode>.peb} in its directory. */
    public String templateCode() {
      return templateCode;
    }

    /** The provision that requires the summary to accompany the demand. */
    public String statute() {
      return statute;
    }

    /** The regulations that prescribe the summary's form and content. */
    public String regulations() {
      return regulations;
    }
  }
}
