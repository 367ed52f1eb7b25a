using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Ozg;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic
{
    /// <summary>A service's identity, decided before any file is written (tenants and reuse refer to it).</summary>
    internal sealed record ServiceHeader(int Index, string Id, string Title, int Themenfeld, int Buendel, int Subject, string[] Relevance);

    /// <summary>A tenant's identity.</summary>
    internal sealed record TenantHeader(int Index, string Id, string Name, string Type, string Ars);

    /// <summary>
    /// Everything the files refer to across each other: the Leistungsbündel, the services' ids and places in the
    /// catalog, the tenants. Cheap to compute, and computed in one thread so it is the same every time.
    /// </summary>
    internal sealed class CatalogPlan
    {
        private static readonly (string Slug, string Title)[] Actions =
        {
            ("Antrag", "Antrag"), ("Anzeige", "Anzeige"), ("Anmeldung", "Anmeldung"), ("Abmeldung", "Abmeldung"), ("Aenderung", "Änderung mitteilen"),
            ("Verlaengerung", "Verlängerung"), ("Auskunft", "Auskunft"), ("Bescheinigung", "Bescheinigung"), ("Erstattung", "Erstattung"),
            ("Widerspruch", "Widerspruch"), ("Genehmigung", "Genehmigung"), ("Ausnahme", "Ausnahmegenehmigung"),
        };

        public CatalogPlan(SynthOptions options)
        {
            Options = options;
            Buendel = Leistungsbuendel.For(options.Seed);
            Tenants = TenantPlan.Make(options);
            var rng = SplitMix64.For(options.Seed, "plan", 0);
            var weights = Themenfeld.All.Select(t => t.Weight).ToArray();
            var byField = Enumerable.Range(0, Themenfeld.All.Count).Select(t => Enumerable.Range(0, Buendel.Count).Where(b => Buendel[b].Themenfeld == t).ToList()).ToArray();
            var services = new ServiceHeader[options.Services];
            for (int i = 0; i < services.Length; i++)
            {
                int t = rng.Weighted(weights);
                var field = Themenfeld.All[t];
                int bi = rng.Pick(byField[t]);
                var b = Buendel[bi];
                var action = rng.Pick(Actions);
                var subject = field.Subjects[b.Subject];
                var id = Slug.CamelCase(subject) + action.Slug + (i + 1).ToString("D5", CultureInfo.InvariantCulture);
                var relevance = field.Relevance.Where(_ => rng.Percent(70)).ToArray();
                if (relevance.Length == 0) relevance = new[] { rng.Pick(field.Relevance) };
                services[i] = new ServiceHeader(i, id, subject + ": " + action.Title, t, bi, b.Subject, relevance);
            }
            Services = services;
            (Histories, Priorities) = HistoryPlan.Make(options, services.Length);
        }

        /// <summary>Each service's status changes, oldest first (index as in <see cref="Services"/>).</summary>
        public PlannedChange[][] Histories { get; }

        /// <summary>Each service's priority.</summary>
        public string[] Priorities { get; }

        public SynthOptions Options { get; }

        public IReadOnlyList<Leistungsbuendel> Buendel { get; }

        public IReadOnlyList<ServiceHeader> Services { get; }

        public IReadOnlyList<TenantHeader> Tenants { get; }

        /// <summary>The id of the code list shared by every service about <paramref name="subject"/> of Themenfeld <paramref name="themenfeld"/>.</summary>
        public static string CodeListId(int themenfeld, int subject) => Slug.CamelCase(Themenfeld.All[themenfeld].Subjects[subject]) + "Art";
    }
}
