package org.homeownership.recovery.benchmarks;

/**
 * The apportionment baseline: the same exact half-up split as the domain, with the council's
 * tenanted pool bearing the residue, as a plain loop over {@code long} weights and pence.
 */
public final class PenceApportionment {

  private PenceApportionment() {}

  /**
   * Apportions each head over the dwellings of its estate by weight.
   *
   * @return each dwelling's bill subtotal in pence, then the council's total share in the last slot
   */
  public static long[] apportion(EstateGenerator.Stock stock) {
    int[] estateOf = stock.estateOf();
    long[] weight = stock.weight();
    boolean[] tenanted = stock.tenanted();
    int dwellings = estateOf.length;
    int estates = estateOf[dwellings - 1] + 1;
    // Group the dwellings by estate once: a counting sort.
    int[] first = new int[estates + 1];
    for (int e : estateOf) {
      first[e + 1]++;
    }
    for (int e = 0; e < estates; e++) {
      first[e + 1] += first[e];
    }
    int[] members = new int[dwellings];
    int[] next = first.clone();
    for (int d = 0; d < dwellings; d++) {
      members[next[estateOf[d]]++] = d;
    }
    long[] bill = new long[dwellings + 1];
    for (int h = 0; h < stock.headEstate().length; h++) {
      int e = stock.headEstate()[h];
      long amount = stock.headPence()[h];
      long total = 0;
      for (int m = first[e]; m < first[e + 1]; m++) {
        total += weight[members[m]];
      }
      long residue = amount;
      for (int m = first[e]; m < first[e + 1]; m++) {
        int d = members[m];
        if (tenanted[d]) {
          continue;
        }
        long product = Math.multiplyExact(amount, weight[d]);
        long share = product / total;
        if (2 * (product % total) >= total) {
          share++;
        }
        bill[d] += share;
        residue -= share;
      }
      bill[dwellings] += residue;
    }
    return bill;
  }
}
