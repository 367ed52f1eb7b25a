using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;

namespace FormFactory.Intake.Operations
{
    /// <summary>
    /// Counters for <c>/metrics</c> in the Prometheus text format: accepted submissions, refusals by reason, and a
    /// latency histogram of posts. Only counts and reasons, never anything a citizen sent.
    /// </summary>
    public sealed class IntakeMetrics
    {
        private static readonly double[] Buckets = { 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10 };
        private readonly ConcurrentDictionary<string, long> _refused = new();
        private readonly long[] _bucketCounts = new long[Buckets.Length];
        private long _accepted, _replayed, _posts, _latencyMicros;

        /// <summary>Counts a stored submission.</summary>
        public void Accepted() => Interlocked.Increment(ref _accepted);

        /// <summary>Counts a retry answered with the first answer.</summary>
        public void Replayed() => Interlocked.Increment(ref _replayed);

        /// <summary>Counts a refusal with its <paramref name="reason"/> (a fixed word such as <c>validation</c>).</summary>
        public void Refused(string reason) => _refused.AddOrUpdate(reason, 1, (_, n) => n + 1);

        /// <summary>Records how long a post took.</summary>
        public void Latency(double seconds)
        {
            Interlocked.Increment(ref _posts);
            Interlocked.Add(ref _latencyMicros, (long)(seconds * 1e6));
            for (int i = 0; i < Buckets.Length; i++)
                if (seconds <= Buckets[i]) Interlocked.Increment(ref _bucketCounts[i]);
        }

        /// <summary>Submissions stored so far by this process.</summary>
        public long AcceptedCount => Interlocked.Read(ref _accepted);

        /// <summary>The Prometheus text exposition of the counters.</summary>
        public string Text()
        {
            var s = new StringBuilder();
            s.Append("# HELP formfactory_intake_accepted_total Submissions stored.\n# TYPE formfactory_intake_accepted_total counter\n");
            s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_accepted_total {AcceptedCount}\n");
            s.Append("# HELP formfactory_intake_replayed_total Retries answered with the first answer.\n# TYPE formfactory_intake_replayed_total counter\n");
            s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_replayed_total {Interlocked.Read(ref _replayed)}\n");
            s.Append("# HELP formfactory_intake_refused_total Posts refused, by reason.\n# TYPE formfactory_intake_refused_total counter\n");
            foreach (var (reason, n) in _refused.OrderBy(r => r.Key, System.StringComparer.Ordinal))
                s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_refused_total{{reason=\"{reason}\"}} {n}\n");
            s.Append("# HELP formfactory_intake_post_seconds Time to answer a post.\n# TYPE formfactory_intake_post_seconds histogram\n");
            for (int i = 0; i < Buckets.Length; i++)
                s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_post_seconds_bucket{{le=\"{Buckets[i]}\"}} {Interlocked.Read(ref _bucketCounts[i])}\n");
            long posts = Interlocked.Read(ref _posts);
            s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_post_seconds_bucket{{le=\"+Inf\"}} {posts}\n");
            s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_post_seconds_sum {Interlocked.Read(ref _latencyMicros) / 1e6}\n");
            s.Append(CultureInfo.InvariantCulture, $"formfactory_intake_post_seconds_count {posts}\n");
            return s.ToString();
        }
    }
}
