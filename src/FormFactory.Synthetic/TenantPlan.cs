using System.Collections.Generic;
using System.Globalization;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic
{
    /// <summary>Invents municipalities of every type with plausible German names and regional keys.</summary>
    internal static class TenantPlan
    {
        private static readonly string[] Types = { "bund", "land", "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" };
        private static readonly int[] Weights = { 2, 4, 14, 12, 26, 42 };
        private static readonly string[] Stems = { "Wald", "Stein", "Linden", "Hirsch", "Rosen", "Eich", "Brunn", "Mühl", "Sonnen", "Wiesen", "Buchen", "Erlen", "Fels", "Kirch", "Hasel", "Tannen", "Birken", "Lauter", "Schön", "Kalten" };
        private static readonly string[] Endings = { "bach", "berg", "burg", "dorf", "feld", "hausen", "heim", "ingen", "stadt", "tal", "au", "furt", "hagen", "rode", "weiler" };
        private static readonly string[] Prefixes = { "", "", "", "", "Alt", "Neu", "Ober", "Nieder", "Groß", "Klein", "Bad " };

        public static IReadOnlyList<TenantHeader> Make(SynthOptions options)
        {
            var rng = SplitMix64.For(options.Seed, "tenants", 0);
            var result = new List<TenantHeader>();
            var ids = new HashSet<string>();
            for (int i = 0; i < options.Tenants; i++)
            {
                var type = i < Types.Length ? Types[i] : Types[rng.Weighted(Weights)];
                var place = Place(rng);
                var name = type switch
                {
                    "bund" => "Bundesamt für Verwaltungsdienste " + place,
                    "land" => "Land " + place + "land",
                    "kreis" => "Landkreis " + place,
                    "kreisfreie-stadt" => "Stadt " + place + " (kreisfrei)",
                    "kreisangehoerige-stadt" => "Stadt " + place,
                    _ => "Gemeinde " + place,
                };
                var id = Slug.CamelCase(name);
                for (int n = 2; !ids.Add(id); n++) id = Slug.CamelCase(name) + n.ToString(CultureInfo.InvariantCulture);
                var ars = rng.Between(1, 16).ToString("D2", CultureInfo.InvariantCulture) + rng.Between(0, 999_999).ToString("D6", CultureInfo.InvariantCulture)
                    + rng.Between(0, 9999).ToString("D4", CultureInfo.InvariantCulture);
                result.Add(new TenantHeader(i, id, name, type, ars));
            }
            return result;
        }

        private static string Place(SplitMix64 rng)
        {
            var prefix = rng.Pick(Prefixes);
            var stem = rng.Pick(Stems);
            var place = stem + rng.Pick(Endings);
            return prefix.Length == 0 ? place : prefix.EndsWith(' ') ? prefix + place : prefix + place.ToLowerInvariant();
        }
    }
}
