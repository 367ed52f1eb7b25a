using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Tables
{
    /// <summary>Counts by status and by priority, in vocabulary order.</summary>
    public static class Counts
    {
        /// <summary>One row per status (zero rows included, in workflow order), and a row for "none" only when a service has no status.</summary>
        public static EquatableArray<CountRow> ByStatus(IEnumerable<string?> statuses) => By(statuses, Vocabulary.Statuses);

        /// <summary>One row per priority (highest first, zero rows included), and a row for "none" only when a service has no priority.</summary>
        public static EquatableArray<CountRow> ByPriority(IEnumerable<string?> priorities) => By(priorities, Vocabulary.Priorities);

        private static EquatableArray<CountRow> By(IEnumerable<string?> values, IReadOnlyList<string> vocabulary)
        {
            var list = values.ToList();
            var rows = vocabulary.Select(v => new CountRow(v, list.Count(x => x == v))).ToList();
            int none = list.Count(x => x == null || !vocabulary.Contains(x));
            if (none > 0) rows.Add(new CountRow(null, none));
            return rows.ToEquatableArray();
        }
    }
}
