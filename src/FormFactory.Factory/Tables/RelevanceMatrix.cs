using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Tables
{
    /// <summary>One Themenfeld of the relevance matrix.</summary>
    /// <param name="Themenfeld">The OZG Themenfeld; null for services without one.</param>
    /// <param name="Services">Services in the Themenfeld.</param>
    /// <param name="Counts">Services relevant for each municipality type, in the order of <see cref="RelevanceMatrix.Types"/>.</param>
    public sealed record RelevanceRow(string? Themenfeld, int Services, EquatableArray<int> Counts);

    /// <summary>Which Themenfelder matter to which municipality types: services per Themenfeld and type.</summary>
    /// <param name="Types">The municipality types (the columns), in vocabulary order.</param>
    /// <param name="Rows">One row per Themenfeld, ordered by name (ordinal), services without one last.</param>
    public sealed record RelevanceMatrix(EquatableArray<string> Types, EquatableArray<RelevanceRow> Rows)
    {
        /// <summary>The matrix over <paramref name="forms"/>.</summary>
        public static RelevanceMatrix Compute(IEnumerable<FormModel> forms)
        {
            var types = Vocabulary.MunicipalityTypes;
            var rows = forms
                .GroupBy(f => f.Ozg?.Themenfeld)
                .OrderBy(g => g.Key == null ? 1 : 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new RelevanceRow(g.Key, g.Count(), types.Select(t => g.Count(f => f.Relevance.Contains(t))).ToEquatableArray()))
                .ToEquatableArray();
            return new RelevanceMatrix(types.ToEquatableArray(), rows);
        }
    }
}
