using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace FormFactory.Rendering.Build
{
    /// <summary>One phase of a build: its name, wall time and what it did.</summary>
    /// <param name="Name">"load", "render", …</param>
    /// <param name="Elapsed">Wall time.</param>
    /// <param name="Detail">Counts, and for parallel phases the time each stage took summed over all workers.</param>
    public sealed record BuildPhase(string Name, TimeSpan Elapsed, string Detail);

    /// <summary>
    /// Collects the phases of a build as they finish, for the per-phase summary. Stages of a parallel phase (pages,
    /// zip, write) add their time from many threads; <see cref="StageTotal"/> reads the sum.
    /// </summary>
    public sealed class BuildPhases
    {
        private readonly List<BuildPhase> _phases = new();
        private readonly Dictionary<string, long> _stageTicks = new(StringComparer.Ordinal);

        /// <summary>Called when a phase finishes (to print it at once).</summary>
        public event Action<BuildPhase>? Finished;

        /// <summary>Every finished phase, in order.</summary>
        public IReadOnlyList<BuildPhase> All
        {
            get { lock (_phases) return _phases.ToArray(); }
        }

        /// <summary>Runs <paramref name="work"/> as the phase <paramref name="name"/>, described by <paramref name="detail"/> from its result.</summary>
        public T Run<T>(string name, Func<T> work, Func<T, string> detail)
        {
            var clock = Stopwatch.StartNew();
            var result = work();
            Add(new BuildPhase(name, clock.Elapsed, detail(result)));
            return result;
        }

        /// <summary>Records a finished phase.</summary>
        public void Add(BuildPhase phase)
        {
            lock (_phases) _phases.Add(phase);
            Finished?.Invoke(phase);
        }

        /// <summary>Adds <paramref name="elapsed"/> to the stage <paramref name="stage"/> (thread-safe).</summary>
        public void AddToStage(string stage, TimeSpan elapsed)
        {
            lock (_stageTicks) _stageTicks[stage] = (_stageTicks.TryGetValue(stage, out var t) ? t : 0) + elapsed.Ticks;
        }

        /// <summary>The time spent in <paramref name="stage"/>, summed over all threads.</summary>
        public TimeSpan StageTotal(string stage)
        {
            lock (_stageTicks) return TimeSpan.FromTicks(_stageTicks.TryGetValue(stage, out var t) ? t : 0);
        }
    }
}
