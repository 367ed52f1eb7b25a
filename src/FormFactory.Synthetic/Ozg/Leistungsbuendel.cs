using System.Collections.Generic;
using System.Linq;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Ozg
{
    /// <summary>A Leistungsbündel: a group of services about one subject in one Themenfeld.</summary>
    /// <param name="Name">Its name, e.g. "Parken: Genehmigungen".</param>
    /// <param name="Themenfeld">Its Themenfeld (index into <see cref="Themenfeld.All"/>).</param>
    /// <param name="Subject">The subject it is about (index into the Themenfeld's subjects).</param>
    public sealed record Leistungsbuendel(string Name, int Themenfeld, int Subject)
    {
        /// <summary>How many Leistungsbündel each Themenfeld gets: 14 × 43 = 602, about as many as the OZG catalog has (575).</summary>
        public const int PerThemenfeld = 43;

        private static readonly string[] Patterns =
        {
            "{0}", "{0}: Genehmigungen", "{0}: Anzeigen und Meldungen", "{0}: Förderung", "{0}: Register und Nachweise", "{0}: Gebühren und Abgaben",
        };

        /// <summary>The catalog's Leistungsbündel for <paramref name="seed"/>: per Themenfeld a seeded choice of subject × pattern.</summary>
        public static IReadOnlyList<Leistungsbuendel> For(long seed)
        {
            var result = new List<Leistungsbuendel>();
            for (int t = 0; t < Ozg.Themenfeld.All.Count; t++)
            {
                var field = Ozg.Themenfeld.All[t];
                var rng = SplitMix64.For(seed, "leistungsbuendel", t);
                var candidates = Enumerable.Range(0, field.Subjects.Count).SelectMany(s => Enumerable.Range(0, Patterns.Length).Select(p => (s, p)));
                // Every subject keeps its plain bündel; the rest are drawn.
                var plain = candidates.Where(c => c.p == 0).ToList();
                var drawn = rng.Shuffled(candidates.Where(c => c.p != 0)).Take(PerThemenfeld - plain.Count);
                foreach (var (s, p) in plain.Concat(drawn).OrderBy(c => c.s).ThenBy(c => c.p))
                    result.Add(new Leistungsbuendel(string.Format(Patterns[p], field.Subjects[s]), t, s));
            }
            return result;
        }
    }
}
