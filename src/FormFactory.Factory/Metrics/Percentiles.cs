using System;
using System.Collections.Generic;

namespace FormFactory.Factory.Metrics
{
    /// <summary>Percentiles by the nearest-rank method: always a value that occurred, easy to check by hand.</summary>
    public static class Percentiles
    {
        /// <summary>
        /// The smallest value such that at least <paramref name="percent"/> % of <paramref name="sorted"/> is at or below
        /// it: the value at rank ⌈p/100 · n⌉ (1-based). The list must be sorted ascending and not empty.
        /// </summary>
        public static int NearestRank(IReadOnlyList<int> sorted, int percent)
        {
            if (sorted.Count == 0) throw new ArgumentException("No values.", nameof(sorted));
            if (percent <= 0 || percent > 100) throw new ArgumentOutOfRangeException(nameof(percent));
            int rank = (percent * sorted.Count + 99) / 100;
            return sorted[rank - 1];
        }
    }
}
