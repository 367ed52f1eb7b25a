using System;

namespace FormFactory.Intake.Storage
{
    /// <summary>Opens a store from its configuration text: <c>sqlite:FILE</c> or <c>postgres:CONNECTION STRING</c>.</summary>
    public static class SubmissionStores
    {
        /// <summary>The store <paramref name="spec"/> names.</summary>
        /// <exception cref="ArgumentException">The text names no known store.</exception>
        public static ISubmissionStore Open(string spec)
        {
            if (spec.StartsWith("sqlite:", StringComparison.Ordinal) && spec.Length > 7) return new SqliteSubmissionStore(spec.Substring(7));
            if (spec.StartsWith("postgres:", StringComparison.Ordinal) && spec.Length > 9) return new PostgresSubmissionStore(spec.Substring(9));
            throw new ArgumentException($"unknown store '{spec}': expected sqlite:FILE or postgres:CONNECTION (e.g. postgres:Host=127.0.0.1;Username=ff;Database=intake)");
        }
    }
}
