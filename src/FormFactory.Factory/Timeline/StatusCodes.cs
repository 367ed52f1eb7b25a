namespace FormFactory.Factory.Timeline
{
    /// <summary>The status codes the calculations single out (the full list is <c>Vocabulary.Statuses</c>).</summary>
    public static class StatusCodes
    {
        /// <summary>Deferred: neither done nor part of the remaining backlog.</summary>
        public const string Deferred = "zurueckgestellt";

        /// <summary>Being built: counts as work in progress, and its first date starts the cycle time.</summary>
        public const string InProgress = "in-bearbeitung";

        /// <summary>Done: its date ends the cycle time and counts as throughput.</summary>
        public const string Completed = "abgeschlossen";

        /// <summary>True when a service with <paramref name="status"/> belongs to the remaining backlog (all but done and deferred; a missing status counts).</summary>
        public static bool IsRemaining(string? status) => status != Completed && status != Deferred;
    }
}
