using System.Collections.Generic;
using FormFactory.Synthetic.Json;

namespace FormFactory.Synthetic.Parts
{
    /// <summary>The shared blocks every synthetic service draws on (FIM: Datenfeldgruppen); <c>vertretung</c> uses other blocks.</summary>
    internal static class Blocks
    {
        public static IEnumerable<(string Id, byte[] Json)> All()
        {
            yield return ("person", Block("person", "Angaben zur Person", "Personal details", o =>
            {
                Fields.Choice(o, "anrede", "Anrede", "Form of address", "anrede", required: false);
                Fields.Text(o, "vorname", "Vorname(n)", "First name(s)", required: true, maxLength: 80, autocomplete: "given-name");
                Fields.Text(o, "familienname", "Familienname", "Surname", required: true, maxLength: 120, autocomplete: "family-name");
                Fields.Date(o, "geburtsdatum", "Geburtsdatum", "Date of birth", required: true, min: "1900-01-01", max: "today()");
                Fields.Choice(o, "staatsangehoerigkeit", "Staatsangehörigkeit", "Nationality", "staat", required: false, select: true);
            }));
            yield return ("anschrift", Block("anschrift", "Anschrift", "Address", o =>
            {
                Fields.Text(o, "strasse", "Straße", "Street", required: true, maxLength: 120, autocomplete: "address-line1");
                Fields.Text(o, "hausnummer", "Hausnummer", "House number", required: true, maxLength: 10, pattern: "^[0-9]{1,4}[a-zA-Z]?$");
                Fields.Simple(o, "plz", "postcode", "Postleitzahl", "Postcode", required: true);
                Fields.Text(o, "ort", "Ort", "Town", required: true, maxLength: 80, autocomplete: "address-level2");
            }));
            yield return ("kontakt", Block("kontakt", "Kontakt", "Contact", o =>
            {
                Fields.Simple(o, "email", "email", "E-Mail-Adresse", "Email address", required: false);
                Fields.Simple(o, "telefon", "phone", "Telefonnummer", "Phone number", required: false);
            }));
            yield return ("bankverbindung", Block("bankverbindung", "Bankverbindung", "Bank account", o =>
            {
                Fields.Text(o, "kontoinhaber", "Kontoinhaberin oder Kontoinhaber", "Account holder", required: true, maxLength: 120);
                Fields.Simple(o, "iban", "iban", "IBAN", "IBAN", required: true);
            }));
            yield return ("unternehmen", Block("unternehmen", "Unternehmen", "Business", o =>
            {
                Fields.Text(o, "firma", "Name des Unternehmens", "Business name", required: true, maxLength: 200, autocomplete: "organization");
                Fields.Choice(o, "rechtsform", "Rechtsform", "Legal form", "rechtsform", required: true, select: true);
                Fields.Text(o, "registernummer", "Registernummer", "Register number", required: false, maxLength: 20, pattern: "^HR[AB] [0-9]{1,6}$");
                Fields.Date(o, "gruendung", "Gründungsdatum", "Date of foundation", required: false, min: null, max: "today()");
            }));
            yield return ("vertretung", Block("vertretung", "Vertretung", "Representative", o =>
            {
                Fields.Include(o, "person", "person", "Angaben zur vertretenden Person", "About the representative");
                Fields.Include(o, "anschrift", "anschrift", "Anschrift der vertretenden Person", "Representative's address");
                Fields.File(o, "vollmacht", "Vollmacht", "Power of attorney", required: true);
            }));
        }

        private static byte[] Block(string id, string de, string en, System.Action<JsonOut> fields)
        {
            using var o = new JsonOut();
            var w = o.W;
            w.WriteStartObject();
            w.WriteString("$schema", "../schema/block.schema.json");
            w.WriteString("id", id);
            w.WriteString("version", "1.0.0");
            o.Text("title", de, en);
            w.WriteStartArray("fields");
            fields(o);
            w.WriteEndArray();
            w.WriteEndObject();
            return o.ToBytes();
        }
    }
}
