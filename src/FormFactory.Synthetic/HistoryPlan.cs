using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic
{
    /// <summary>One status change, as days after the factory's start.</summary>
    internal readonly record struct PlannedChange(string Status, int Day);

    /// <summary>
    /// Three years of factory history for every service, simulated like a real factory: services arrive (a third
    /// of them in the first two weeks, the rest spread over the years), are planned, some wait as <c>offen</c>,
    /// some are deferred (and some of those resumed), and work starts only when one of the team's slots is free:
    /// the work in progress is limited, so throughput is steady and a backlog remains at the end.
    /// </summary>
    internal static class HistoryPlan
    {
        private static readonly string[] Priorities = { "sehr-hoch", "hoch", "normal", "niedrig" };
        private static readonly int[] PriorityWeights = { 15, 30, 35, 20 };

        /// <summary>The histories and priorities of <paramref name="count"/> services.</summary>
        public static (PlannedChange[][] Histories, string[] Priorities) Make(SynthOptions options, int count)
        {
            int days = SynthOptions.HistoryWeeks * 7;
            var histories = new List<PlannedChange>[count];
            var priorities = new string[count];
            var cycle = new int[count];
            var queue = new List<(int Ready, int Priority, int Index)>();
            for (int i = 0; i < count; i++)
            {
                var rng = SplitMix64.For(options.Seed, "history", i);
                int p = rng.Weighted(PriorityWeights);
                priorities[i] = Priorities[p];
                int arrival = rng.Percent(33) ? rng.Below(14) : rng.Below(days - 14);
                var h = new List<PlannedChange> { new("in-planung", arrival) };
                int ready = arrival + rng.Between(7, 90);
                if (rng.Percent(30))
                {
                    h.Add(new("offen", ready));
                    ready += rng.Between(7, 60);
                }
                if (rng.Percent(7))
                {
                    h.Add(new("zurueckgestellt", ready));
                    if (!rng.Percent(40))
                    {
                        histories[i] = h;
                        continue;
                    }
                    ready += rng.Between(60, 300);
                    h.Add(new("in-planung", ready));
                    ready += rng.Between(7, 30);
                }
                histories[i] = h;
                cycle[i] = 10 + rng.Below(40) + rng.Below(40) + rng.Below(40);
                queue.Add((ready, p, i));
            }
            // Enough slots to finish about two thirds of the services in the three years.
            int slots = Math.Max(2, (int)Math.Round(count * 0.7 * 80 / days));
            // The team grows over the first half year, and a freed slot takes a while to pick up new work,
            // so work in progress ramps up and then varies from week to week.
            var free = new PriorityQueue<int, int>();
            for (int s = 0; s < slots; s++) free.Enqueue(s * 182 / slots, s * 182 / slots);
            var pickUp = SplitMix64.For(options.Seed, "slots", 0);
            foreach (var (ready, _, i) in queue.OrderBy(q => q.Ready / 7).ThenBy(q => q.Priority).ThenBy(q => q.Ready).ThenBy(q => q.Index))
            {
                int start = Math.Max(ready, free.Dequeue() + pickUp.Below(22));
                int end = start + cycle[i];
                free.Enqueue(end, end);
                histories[i].Add(new("in-bearbeitung", start));
                histories[i].Add(new("abgeschlossen", end));
            }
            var result = new PlannedChange[count][];
            for (int i = 0; i < count; i++)
            {
                // Changes after the last day have not happened yet; later changes never share a day with earlier ones.
                var kept = new List<PlannedChange>();
                foreach (var c in histories[i])
                {
                    int day = kept.Count == 0 ? c.Day : Math.Max(c.Day, kept[^1].Day + 1);
                    if (day >= days) break;
                    kept.Add(new(c.Status, day));
                }
                result[i] = kept.ToArray();
            }
            return (result, priorities);
        }
    }
}
