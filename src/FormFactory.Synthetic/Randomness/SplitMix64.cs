using System;
using System.Collections.Generic;

namespace FormFactory.Synthetic.Randomness
{
    /// <summary>
    /// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, well-mixed generator whose sequence is fixed by its
    /// definition, so a synthetic catalog never depends on how a runtime implements <see cref="Random"/>. Not for security.
    /// </summary>
    public sealed class SplitMix64
    {
        private ulong _state;

        /// <summary>A generator starting at <paramref name="seed"/>.</summary>
        public SplitMix64(ulong seed) => _state = seed;

        /// <summary>
        /// An independent generator for one item of one stream (e.g. service 42 of "service"): the same seed, stream
        /// and index always give the same sequence, whatever order items are generated in (so generation can run in parallel).
        /// </summary>
        public static SplitMix64 For(long seed, string stream, long index)
        {
            ulong h = 14695981039346656037UL; // FNV-1a of the stream name
            foreach (var c in stream) h = (h ^ c) * 1099511628211UL;
            var mixer = new SplitMix64(unchecked((ulong)seed) ^ h);
            var start = mixer.Next() ^ new SplitMix64(unchecked((ulong)index) + 0x632BE59BD9B4E019UL).Next();
            return new SplitMix64(start);
        }

        /// <summary>The next 64 random bits.</summary>
        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        /// <summary>An integer in [0, <paramref name="n"/>) (Lemire's multiply-shift; the bias is below 2^-32).</summary>
        public int Below(int n)
        {
            if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));
            return (int)(((Next() >> 32) * (ulong)n) >> 32);
        }

        /// <summary>An integer in [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public int Between(int min, int max) => min + Below(max - min + 1);

        /// <summary>True with probability <paramref name="percent"/> %.</summary>
        public bool Percent(int percent) => Below(100) < percent;

        /// <summary>One of <paramref name="items"/>.</summary>
        public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

        /// <summary>An index drawn with the given relative <paramref name="weights"/>.</summary>
        public int Weighted(IReadOnlyList<int> weights)
        {
            int total = 0;
            foreach (var w in weights) total += w;
            int r = Below(total);
            for (int i = 0; i < weights.Count; i++)
            {
                if (r < weights[i]) return i;
                r -= weights[i];
            }
            return weights.Count - 1;
        }

        /// <summary>A shuffled copy of <paramref name="items"/> (Fisher–Yates).</summary>
        public List<T> Shuffled<T>(IEnumerable<T> items)
        {
            var list = new List<T>(items);
            for (int i = list.Count - 1; i > 0; i--)
            {
                int j = Below(i + 1);
                (list[i], list[j]) = (list[j], list[i]);
            }
            return list;
        }
    }
}
