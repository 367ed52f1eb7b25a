using System.Collections.Generic;
using FormFactory.Synthetic.Json;
using FormFactory.Synthetic.Randomness;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>A rule a template adds to its service.</summary>
    internal sealed record RuleSpec(string Id, string Assert, string On, string De, string En, string? When = null);

    /// <summary>What a template needs to know about its service.</summary>
    internal sealed record ServiceContext(string CodeList, IReadOnlyList<string> Codes, SplitMix64 Random);

    /// <summary>
    /// The field patterns a service's own steps are made of: each writes one or a few related fields (with their
    /// conditions) and may add rules. Field ids are fixed per template, and a service uses each template once, so
    /// ids stay unique across its steps. Every expression refers only to fields the same template writes (or to
    /// blocks every service has), so every expression binds.
    /// </summary>
    internal static class Templates
    {
        public delegate void Template(JsonOut o, ServiceContext c, List<RuleSpec> rules);

        /// <summary>The domain templates, to draw from.</summary>
        public static IReadOnlyList<Template> Domain { get; } = new Template[]
        {
            Art, Aktenzeichen, Begruendung, Anzahl, Flaeche, Betrag, Zeitraum, Eilig, Zusatz, Rueckfragen, Standort, Erstattung,
            Positionen, Beteiligte, Vertretung, Hinweis, Haushalt, Zustellung,
        };

        private static void Art(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Choice(o, "art", "Worum geht es?", "What is it about?", c.CodeList, required: true, select: c.Codes.Count > 7);
            Fields.Text(o, "artSonstiges", "Bitte beschreiben Sie Ihr Anliegen", "Please describe your request", required: false, maxLength: 200,
                visibleWhen: "art == '" + CodeLists.Other + "'", requiredWhen: "art == '" + CodeLists.Other + "'");
        }

        private static void Aktenzeichen(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.Text(o, "aktenzeichen", "Aktenzeichen (falls vorhanden)", "File number (if any)", required: false, maxLength: 11,
                pattern: "^[A-Z]{2}-[0-9]{4,8}$", hintDe: "Zum Beispiel AB-123456", hintEn: "For example AB-123456");

        private static void Begruendung(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.TextArea(o, "begruendung", "Begründung", "Reason", required: true, minLength: 10, maxLength: 2000);

        private static void Anzahl(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.Integer(o, "anzahl", "Anzahl", "Number", required: true, min: 1, max: 99, defaultValue: 1);

        private static void Flaeche(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.Decimal(o, "flaeche", "Fläche in Quadratmetern", "Area in square metres", required: false, scale: 2, min: 0, max: 100000);

        private static void Betrag(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.Money(o, "betrag", "Betrag in Euro", "Amount in euros", required: true, min: 0, max: 1000000);

        private static void Zeitraum(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Date(o, "beginn", "Beginn", "Start", required: true, min: "today()", max: null);
            Fields.Date(o, "ende", "Ende", "End", required: true, min: null, max: null);
            rules.Add(new RuleSpec("zeitraumGueltig", "beginn <= ende", "ende", "Das Ende darf nicht vor dem Beginn liegen.", "The end must not be before the start."));
        }

        private static void Eilig(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Boolean(o, "eilig", "Ist Ihr Anliegen eilig?", "Is your request urgent?", required: true, checkbox: false);
            Fields.TextArea(o, "eilgrund", "Warum ist es eilig?", "Why is it urgent?", required: false, minLength: 0, maxLength: 1000,
                visibleWhen: "eilig == true", requiredWhen: "eilig == true");
            rules.Add(new RuleSpec("eilgrundAusfuehrlich", "len(eilgrund) >= 20", "eilgrund", "Bitte begründen Sie die Eile in mindestens 20 Zeichen.",
                "Please explain the urgency in at least 20 characters.", When: "eilig == true"));
        }

        private static void Zusatz(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.MultiChoice(o, "zusatz", "Was trifft außerdem zu?", "What else applies?", c.CodeList, maxItems: 3);

        private static void Rueckfragen(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Simple(o, "rueckfrageEmail", "email", "E-Mail-Adresse für Rückfragen", "Email address for questions", required: false);
            Fields.Simple(o, "rueckfrageTelefon", "phone", "Telefonnummer für Rückfragen", "Phone number for questions", required: false,
                requiredWhen: "isEmpty(rueckfrageEmail)");
        }

        private static void Standort(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Simple(o, "standortPlz", "postcode", "Postleitzahl des Standorts", "Postcode of the site", required: true);
            Fields.Text(o, "standortOrt", "Ort des Standorts", "Town of the site", required: true, maxLength: 80);
        }

        private static void Erstattung(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Boolean(o, "erstattung", "Sollen wir Ihnen Geld erstatten?", "Shall we refund money to you?", required: true, checkbox: false);
            Fields.Simple(o, "erstattungIban", "iban", "IBAN für die Erstattung", "IBAN for the refund", required: false,
                visibleWhen: "erstattung == true", requiredWhen: "erstattung == true");
        }

        private static void Positionen(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("id", "positionen");
            w.WriteString("type", "group");
            o.Text("label", "Positionen", "Items");
            w.WriteStartObject("repeat");
            w.WriteNumber("min", 1);
            w.WriteNumber("max", 10);
            w.WriteEndObject();
            o.Text("itemLabel", "Position", "Item");
            w.WriteStartArray("fields");
            Fields.Text(o, "bezeichnung", "Bezeichnung", "Description", required: true, maxLength: 120);
            Fields.Integer(o, "menge", "Menge", "Quantity", required: true, min: 1, max: 999);
            Fields.Money(o, "einzelpreis", "Einzelpreis in Euro", "Unit price in euros", required: true, min: 0, max: 100000);
            Fields.Boolean(o, "ermaessigt", "Ermäßigung beantragen", "Apply for a reduction", required: false, checkbox: true);
            Fields.Text(o, "ermaessigungsgrund", "Grund der Ermäßigung", "Reason for the reduction", required: false, maxLength: 200,
                visibleWhen: "item.ermaessigt == true", requiredWhen: "item.ermaessigt == true");
            w.WriteEndArray();
            w.WriteEndObject();
            rules.Add(new RuleSpec("summeBegrenzt", "sum(positionen, item.einzelpreis) <= 50000", "positionen",
                "Die Summe der Einzelpreise darf 50.000 Euro nicht übersteigen.", "The unit prices must not add up to more than 50,000 euros."));
        }

        private static void Beteiligte(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("id", "beteiligte");
            w.WriteString("type", "group");
            o.Text("label", "Weitere beteiligte Personen", "Other persons involved");
            w.WriteBoolean("required", false);
            w.WriteStartObject("repeat");
            w.WriteNumber("min", 0);
            w.WriteNumber("max", 5);
            w.WriteEndObject();
            o.Text("itemLabel", "Person", "Person");
            w.WriteStartArray("fields");
            Fields.Include(o, "person", "person", "Angaben zur Person", "Personal details");
            Fields.Text(o, "rolle", "Rolle", "Role", required: true, maxLength: 80);
            w.WriteEndArray();
            w.WriteEndObject();
            rules.Add(new RuleSpec("hoechstensFuenfBeteiligte", "count(beteiligte) <= 5", "beteiligte",
                "Geben Sie höchstens fünf weitere Personen an.", "Add at most five other persons."));
        }

        private static void Vertretung(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Boolean(o, "vertreten", "Stellen Sie den Antrag für eine andere Person?", "Are you applying on behalf of someone else?", required: true, checkbox: false);
            Fields.Include(o, "vertretung", "vertretung", "Vertretung", "Representative", visibleWhen: "vertreten == true");
        }

        private static void Hinweis(JsonOut o, ServiceContext c, List<RuleSpec> rules) =>
            Fields.Info(o, "hinweis", "Bitte halten Sie alle Unterlagen bereit, bevor Sie beginnen. Sie können den Antrag zwischendurch nicht speichern.",
                "Please have all documents ready before you start. You cannot save the application part way through.");

        private static void Haushalt(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Integer(o, "haushaltsgroesse", "Wie viele Personen leben in Ihrem Haushalt?", "How many people live in your household?", required: true, min: 1, max: 20);
            Fields.Money(o, "einkommen", "Monatliches Einkommen des Haushalts in Euro", "Monthly household income in euros", required: true, min: 0, max: 1000000);
            rules.Add(new RuleSpec("einkommenJePerson", "einkommen / haushaltsgroesse <= 100000", "einkommen",
                "Bitte prüfen Sie das Einkommen: Es ist je Person ungewöhnlich hoch.", "Please check the income: it is unusually high per person."));
        }

        private static void Zustellung(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.Choice(o, "zustellung", "Wie möchten Sie den Bescheid erhalten?", "How would you like to receive the decision?", "zustellung", required: true);
            Fields.Include(o, "lieferanschrift", "anschrift", "Anschrift für den Versand", "Delivery address", visibleWhen: "zustellung == 'post'");
        }

        /// <summary>Proofs to upload: always written into a step of their own.</summary>
        public static void Nachweise(JsonOut o, ServiceContext c, List<RuleSpec> rules)
        {
            Fields.File(o, "nachweis", "Nachweis", "Proof", required: true);
            Fields.Boolean(o, "weitereUnterlagenVorhanden", "Möchten Sie weitere Unterlagen hochladen?", "Would you like to upload more documents?", required: false, checkbox: true);
            Fields.File(o, "weitereUnterlagen", "Weitere Unterlagen", "More documents", required: false, visibleWhen: "weitereUnterlagenVorhanden == true");
        }
    }
}
