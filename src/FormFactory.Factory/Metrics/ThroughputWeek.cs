using FormFactory.Factory.Calendar;

namespace FormFactory.Factory.Metrics
{
    /// <summary>Services completed in one week against the weekly target.</summary>
    /// <param name="Week">The ISO week.</param>
    /// <param name="Completed">Services whose <see cref="Timeline.ServiceTimeline.End"/> falls in the week.</param>
    /// <param name="Target">The factory's <c>targetPerWeek</c>, if it has one.</param>
    /// <param name="IsComplete">False for the as-of week unless the as-of day is its Sunday: its count may still grow.</param>
    public sealed record ThroughputWeek(IsoWeek Week, int Completed, decimal? Target, bool IsComplete)
    {
        /// <summary>
        /// True when the week reached the target, false when it ended below it; null without a target, and for a
        /// running week that has not reached it yet (it still may).
        /// </summary>
        public bool? MetTarget => Target is not { } t ? null : Completed >= t ? true : IsComplete ? false : null;
    }
}
