using System;
using System.Globalization;
using System.Linq;
using FormFactory.Factory.Timeline;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>States small histories inline: <c>Histories.Service("a", "in-bearbeitung 2026-01-05", "abgeschlossen 2026-01-14")</c>.</summary>
    internal static class Histories
    {
        public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        public static ServiceTimeline Service(string id, params string[] entries) =>
            ServiceTimeline.FromHistory(id, null, entries.Select(e =>
            {
                var parts = e.Split(' ');
                return new DatedStatus(parts[0], Day(parts[1]));
            }).ToList());

        /// <summary>A service without dated history, with only a declared status.</summary>
        public static ServiceTimeline Undated(string id, string? status) => ServiceTimeline.FromHistory(id, status, Array.Empty<DatedStatus>());
    }
}
