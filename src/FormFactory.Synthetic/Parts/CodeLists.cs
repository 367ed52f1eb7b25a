using System.Collections.Generic;
using System.Linq;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Ozg;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>
    /// The code lists: three shared ones (salutation, states, legal forms, delivery) and one per subject, which
    /// every service about that subject shares. Every subject list ends with <c>sonstiges</c>, which services use
    /// in a condition.
    /// </summary>
    internal static class CodeLists
    {
        public const string Other = "sonstiges";

        /// <summary>The smallest subject list: enough for a multiple choice of up to three.</summary>
        public const int MinSubjectValues = 4;

        private static readonly (string Code, string De, string En)[] Pool =
        {
            ("erstantrag", "Erstantrag", "First application"), ("folgeantrag", "Folgeantrag", "Follow-up application"), ("aenderung", "Änderung", "Change"),
            ("verlaengerung", "Verlängerung", "Extension"), ("ersatz", "Ersatz", "Replacement"), ("eilverfahren", "Eilverfahren", "Urgent procedure"),
            ("privatperson", "Privatperson", "Private person"), ("unternehmen", "Unternehmen", "Business"), ("verein", "Verein", "Association"),
            ("behoerde", "Behörde", "Public authority"), ("befristet", "befristet", "temporary"), ("unbefristet", "unbefristet", "permanent"),
            ("einmalig", "einmalig", "one-off"), ("wiederkehrend", "wiederkehrend", "recurring"), ("innerorts", "innerorts", "in town"),
            ("ausserorts", "außerorts", "out of town"), ("gewerblich", "gewerblich", "commercial"), ("privat", "privat", "private"),
            ("vollstaendig", "vollständig", "complete"), ("teilweise", "teilweise", "partial"),
        };

        private static readonly (string Code, string De, string En)[] States =
        {
            ("deu", "Deutschland", "Germany"), ("aut", "Österreich", "Austria"), ("che", "Schweiz", "Switzerland"), ("fra", "Frankreich", "France"),
            ("ita", "Italien", "Italy"), ("pol", "Polen", "Poland"), ("tur", "Türkei", "Türkiye"), ("ukr", "Ukraine", "Ukraine"), ("syr", "Syrien", "Syria"),
            ("rou", "Rumänien", "Romania"), ("nld", "Niederlande", "Netherlands"), ("esp", "Spanien", "Spain"), ("grc", "Griechenland", "Greece"),
            ("hrv", "Kroatien", "Croatia"), ("bgr", "Bulgarien", "Bulgaria"), ("usa", "Vereinigte Staaten", "United States"),
            ("gbr", "Vereinigtes Königreich", "United Kingdom"), ("sonstiger", "anderer Staat", "other state"),
        };

        public static IEnumerable<(string Id, byte[] Json)> All(long seed)
        {
            yield return ("anrede", List("anrede", "Anrede", "Form of address", new[] { ("frau", "Frau", "Ms"), ("herr", "Herr", "Mr"), ("keine", "Keine Anrede", "No form of address") }));
            yield return ("staat", List("staat", "Staat", "State", States));
            yield return ("rechtsform", List("rechtsform", "Rechtsform", "Legal form", new[]
            {
                ("einzelunternehmen", "Einzelunternehmen", "Sole proprietorship"), ("gbr", "GbR", "GbR"), ("ohg", "OHG", "OHG"), ("kg", "KG", "KG"),
                ("gmbh", "GmbH", "GmbH"), ("ug", "UG (haftungsbeschränkt)", "UG (limited liability)"), ("ag", "AG", "AG"), ("ev", "eingetragener Verein", "registered association"),
                ("eg", "eingetragene Genossenschaft", "registered cooperative"), (Other, "Sonstige", "Other"),
            }));
            yield return ("zustellung", List("zustellung", "Zustellung", "Delivery", new[]
            {
                ("post", "per Post", "by post"), ("abholung", "Abholung im Bürgerbüro", "collection at the citizens' office"), ("postfach", "in mein Postfach im Servicekonto", "to my service account mailbox"),
            }));
            for (int t = 0; t < Themenfeld.All.Count; t++)
                for (int s = 0; s < Themenfeld.All[t].Subjects.Count; s++)
                {
                    var rng = SplitMix64.For(seed, "codelist", t * 100 + s);
                    var values = rng.Shuffled(Pool).Take(rng.Between(MinSubjectValues - 1, 10)).ToList();
                    values.Add((Other, "Sonstiges", "Other"));
                    var subject = Themenfeld.All[t].Subjects[s];
                    yield return (CatalogPlan.CodeListId(t, s), List(CatalogPlan.CodeListId(t, s), "Art des Anliegens: " + subject, "Kind of request: " + subject, values));
                }
        }

        /// <summary>How many values the subject list of (<paramref name="themenfeld"/>, <paramref name="subject"/>) has, as <see cref="All"/> makes it.</summary>
        public static IReadOnlyList<string> SubjectCodes(long seed, int themenfeld, int subject)
        {
            var rng = SplitMix64.For(seed, "codelist", themenfeld * 100 + subject);
            var codes = rng.Shuffled(Pool).Take(rng.Between(MinSubjectValues - 1, 10)).Select(v => v.Code).ToList();
            codes.Add(Other);
            return codes;
        }

        private static byte[] List(string id, string de, string en, IEnumerable<(string Code, string De, string En)> values)
        {
            using var o = new JsonOut();
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("$schema", "../schema/codelist.schema.json");
            w.WriteString("id", id);
            w.WriteString("version", "1");
            o.Text("title", de, en);
            w.WriteStartArray("values");
            foreach (var v in values)
            {
                w.WriteStartObject();
                w.WriteString("code", v.Code);
                o.Text("label", v.De, v.En);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            return o.ToBytes();
        }
    }
}
