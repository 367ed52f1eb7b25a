using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Ozg;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>
    /// One service file: OZG place, relevance, factory metadata with its history, an applicant step made of
    /// blocks, one to three steps drawn from <see cref="Templates"/>, often a proofs step, and a closing step.
    /// </summary>
    internal static class Services
    {
        private static readonly (string Id, string De, string En)[] StepTitles =
        {
            ("angaben", "Ihr Anliegen", "Your request"), ("details", "Einzelheiten", "Details"), ("weitereAngaben", "Weitere Angaben", "More information"),
        };

        public static byte[] Write(CatalogPlan plan, ServiceHeader s)
        {
            var seed = plan.Options.Seed;
            var rng = SplitMix64.For(seed, "service", s.Index);
            var field = Themenfeld.All[s.Themenfeld];
            var codeList = CatalogPlan.CodeListId(s.Themenfeld, s.Subject);
            var context = new ServiceContext(codeList, CodeLists.SubjectCodes(seed, s.Themenfeld, s.Subject), rng);
            var rules = new List<RuleSpec>();
            using var o = new JsonOut();
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("$schema", "../schema/form.schema.json");
            w.WriteString("id", s.Id);
            w.WriteString("version", "1." + rng.Below(5).ToString(CultureInfo.InvariantCulture) + ".0");
            w.WriteString("title", s.Title);
            w.WriteString("summary", "Hier erledigen Sie " + s.Title + " online. Sie brauchen etwa " + rng.Between(5, 30).ToString(CultureInfo.InvariantCulture) + " Minuten.");
            w.WriteString("leika", "99" + rng.Between(100000, 999999).ToString(CultureInfo.InvariantCulture) + rng.Between(0, 999999).ToString("D6", CultureInfo.InvariantCulture));
            w.WriteStartObject("ozg");
            w.WriteString("themenfeld", field.Name);
            w.WriteString("leistungsbuendel", plan.Buendel[s.Buendel].Name);
            w.WriteString("leistung", s.Title);
            w.WriteEndObject();
            o.Strings("relevance", s.Relevance);
            o.Strings("legalBasis", "§ " + rng.Between(1, 120).ToString(CultureInfo.InvariantCulture) + " " + field.Subjects[s.Subject] + "gesetz (synthetisch)");
            Factory(o, plan, s, rng);
            w.WriteStartArray("steps");
            Applicant(o, s, rng, rules);
            var templates = rng.Shuffled(Enumerable.Range(0, Templates.Domain.Count)).Take(rng.Between(3, 9)).ToList();
            int steps = templates.Count <= 4 ? 1 : rng.Between(1, 3);
            for (int k = 0; k < steps; k++)
            {
                var share = templates.Where((_, i) => i % steps == k).ToList();
                Step(o, StepTitles[k].Id, StepTitles[k].De, StepTitles[k].En, () =>
                {
                    foreach (var t in share) Templates.Domain[t](o, context, rules);
                });
            }
            if (rng.Percent(60)) Step(o, "nachweise", "Nachweise", "Proofs", () => Templates.Nachweise(o, context, rules));
            Step(o, "abschluss", "Prüfen und absenden", "Check and send", () =>
            {
                Fields.Info(o, "datenschutz", "Wir verwenden Ihre Angaben nur, um Ihr Anliegen zu bearbeiten.", "We use your information only to process your request.");
                Fields.Boolean(o, "richtigkeit", "Ich bestätige, dass meine Angaben vollständig und richtig sind.", "I confirm that my information is complete and correct.",
                    required: true, checkbox: true);
            });
            w.WriteEndArray();
            Rules(o, rules);
            w.WriteStartObject("submission");
            w.WriteString("reference", "S" + (s.Index + 1).ToString("D5", CultureInfo.InvariantCulture) + "-{yyyy}-{seq:6}");
            o.Strings("formats", rng.Percent(50) ? new[] { "json", "xml" } : new[] { "json" });
            w.WriteEndObject();
            w.WriteEndObject();
            return o.ToBytes();
        }

        private static void Applicant(JsonOut o, ServiceHeader s, SplitMix64 rng, List<RuleSpec> rules)
        {
            bool business = Themenfeld.All[s.Themenfeld].Name.StartsWith("Unternehmens") || rng.Percent(10);
            Step(o, "antragsteller", "Ihre Angaben", "About you", () =>
            {
                if (business) Fields.Include(o, "unternehmen", "unternehmen", "Ihr Unternehmen", "Your business");
                Fields.Include(o, "person", "person", business ? "Ansprechperson" : "Angaben zu Ihrer Person", business ? "Contact person" : "About you");
                if (business || rng.Percent(90)) Fields.Include(o, "anschrift", "anschrift", "Ihre Anschrift", "Your address");
                if (rng.Percent(60)) Fields.Include(o, "kontakt", "kontakt", "So erreichen wir Sie", "How we can reach you", required: false);
                if (rng.Percent(25)) Fields.Include(o, "bankverbindung", "bankverbindung", "Ihre Bankverbindung", "Your bank account");
            });
            if (!business && rng.Percent(50))
                rules.Add(new RuleSpec("volljaehrig", "age(person.geburtsdatum) >= 18", "person.geburtsdatum", "Sie müssen volljährig sein.", "You must be of age."));
        }

        private static void Step(JsonOut o, string id, string de, string en, System.Action fields)
        {
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("id", id);
            o.Text("title", de, en);
            w.WriteStartArray("fields");
            fields();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        private static void Rules(JsonOut o, List<RuleSpec> rules)
        {
            if (rules.Count == 0) return;
            var w = o.W;
            w.WriteStartArray("rules");
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("assert", r.Assert);
                if (r.When != null) w.WriteString("when", r.When);
                o.Strings("on", r.On);
                o.Text("message", r.De, r.En);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }

        private static void Factory(JsonOut o, CatalogPlan plan, ServiceHeader s, SplitMix64 rng)
        {
            var w = o.W;
            var history = plan.Histories[s.Index];
            var status = history[^1].Status;
            var priority = plan.Priorities[s.Index];
            w.WriteStartObject("factory");
            w.WriteString("status", status);
            w.WriteString("priority", priority);
            int halfDays = rng.Between(2, 40);
            if (halfDays % 2 == 0) w.WriteNumber("effortDays", halfDays / 2);
            else w.WriteNumber("effortDays", halfDays / 2m);
            w.WriteString("owner", Themenfeld.All[s.Themenfeld].Team);
            int maturity = status == "abgeschlossen" ? (rng.Percent(75) ? 3 : 4) : status == "in-bearbeitung" ? rng.Between(1, 2) : rng.Between(0, 1);
            w.WriteNumber("maturity", maturity);
            w.WriteNumber("maturityTarget", rng.Percent(75) ? 3 : 4);
            w.WriteStartArray("history");
            foreach (var c in history)
            {
                w.WriteStartObject();
                w.WriteString("status", c.Status);
                w.WriteString("on", plan.Options.Start.AddDays(c.Day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (status == "abgeschlossen" && plan.Tenants.Count > 0)
            {
                var reuse = rng.Shuffled(plan.Tenants.Select(t => t.Id)).Take(rng.Between(0, System.Math.Min(5, plan.Tenants.Count))).ToArray();
                if (reuse.Length > 0) o.Strings("reuse", reuse);
            }
            if (priority is "hoch" or "sehr-hoch")
            {
                w.WriteStartObject("impact");
                o.Text("before", "Antrag auf Papier, Vorsprache im Amt", "Paper form, visit to the office");
                o.Text("after", "Online-Antrag mit Upload, Bescheid ins Postfach", "Online application with upload, decision to the mailbox");
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
    }
}
