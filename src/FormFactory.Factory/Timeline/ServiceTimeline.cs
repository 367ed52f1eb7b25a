using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Timeline
{
    /// <summary>
    /// A service's history as it stood on the report's as-of day: entries after that day are ignored, so a report
    /// for a past day shows what was known then.
    /// </summary>
    /// <param name="ServiceId">The service.</param>
    /// <param name="Status">
    /// The status on the as-of day: the last history entry's, or the declared <c>status</c> when the service has no
    /// history (an undated status, which the weekly series cannot place and therefore ignore).
    /// </param>
    /// <param name="Start">The first <c>in-bearbeitung</c> date, else the first history date; null without history.</param>
    /// <param name="End">
    /// When the service is <c>abgeschlossen</c>: the first date of its final run of <c>abgeschlossen</c> entries
    /// (a service reopened and finished again counts once, when finished last). Otherwise null.
    /// </param>
    /// <param name="History">The dated entries up to the as-of day, in order.</param>
    public sealed record ServiceTimeline(string ServiceId, string? Status, DateOnly? Start, DateOnly? End, EquatableArray<DatedStatus> History)
    {
        /// <summary>
        /// The timeline of <paramref name="form"/> on <paramref name="asOf"/>; null when every history entry lies after
        /// that day (the service had not entered the factory yet).
        /// </summary>
        public static ServiceTimeline? Of(FormModel form, DateOnly asOf)
        {
            var info = form.Factory;
            var history = new List<DatedStatus>();
            foreach (var change in info?.History ?? EquatableArray<StatusChange>.Empty)
            {
                // The binder checked the format; an entry it rejected never reaches the model.
                var on = DateOnly.ParseExact(change.On, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (on <= asOf) history.Add(new DatedStatus(change.Status, on));
            }
            if (history.Count == 0 && info != null && info.History.Count > 0) return null;
            return FromHistory(form.Id, info?.Status, history);
        }

        /// <summary>A timeline from dated entries already cut at the as-of day (tests state histories this way).</summary>
        /// <param name="serviceId">The service.</param>
        /// <param name="declaredStatus">The status to use when there are no entries.</param>
        /// <param name="entries">
        /// The entries. They are put in date order (entries of one day keep their order): an out-of-order history is
        /// only a warning (FF0505), and the dates, not the listing, say what happened when.
        /// </param>
        public static ServiceTimeline FromHistory(string serviceId, string? declaredStatus, IReadOnlyList<DatedStatus> entries)
        {
            var history = entries.OrderBy(h => h.On).ToList();
            if (history.Count == 0) return new ServiceTimeline(serviceId, declaredStatus, null, null, EquatableArray<DatedStatus>.Empty);
            DateOnly? start = null;
            foreach (var h in history)
                if (h.Status == StatusCodes.InProgress) { start = h.On; break; }
            start ??= history[0].On;
            var status = history[history.Count - 1].Status;
            DateOnly? end = null;
            if (status == StatusCodes.Completed)
            {
                int i = history.Count - 1;
                while (i > 0 && history[i - 1].Status == StatusCodes.Completed) i--;
                end = history[i].On;
            }
            return new ServiceTimeline(serviceId, status, start, end, history.ToEquatableArray());
        }

        /// <summary>True when the service's history begins on or before <paramref name="day"/>, or it has no dated history at all.</summary>
        public bool KnownOn(DateOnly day) => History.Count == 0 || History[0].On <= day;

        /// <summary>The dated status at the end of <paramref name="day"/>; null before the first entry and for undated services.</summary>
        public string? StatusOn(DateOnly day)
        {
            string? result = null;
            foreach (var h in History)
            {
                if (h.On > day) break;
                result = h.Status;
            }
            return result;
        }
    }
}
