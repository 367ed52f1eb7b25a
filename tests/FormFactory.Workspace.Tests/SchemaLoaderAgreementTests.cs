using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Workspace.Tests
{
    /// <summary>
    /// The published JSON Schemas and the loader must agree: a file that is structurally wrong is refused by both
    /// (the editor shows what the build will say), and a good file passes both.
    /// </summary>
    public class SchemaLoaderAgreementTests
    {
        /// <summary>What the bad files may refer to, so that their only problem is the one they show.</summary>
        private static readonly DefinitionFile[] Context =
        {
            new("codelists/farbe.codelist.json", """{ "id": "farbe", "values": [ { "code": "rot", "label": "Rot" } ] }"""),
            new("blocks/anschrift.block.json", """{ "id": "anschrift", "fields": [ { "id": "ort", "type": "text", "label": "Ort" } ] }"""),
        };

        private const string Form = "services/test.form.json";

        /// <summary>A form with one step holding <paramref name="field"/>.</summary>
        private static string FormWith(string field) =>
            "{ \"id\": \"test\", \"title\": \"Test\", \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [ " + field + " ] } ] }";

        /// <summary>A form with <paramref name="properties"/> added to its root.</summary>
        private static string FormWithRoot(string properties) =>
            "{ \"id\": \"test\", \"title\": \"Test\", " + properties + ", \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ] } ] }";

        /// <summary>(what is wrong, path, text, the code the loader reports)</summary>
        public static TheoryData<string, string, string, string> BadFiles => new()
        {
            // unknown properties
            { "unknown root property", Form, FormWithRoot("\"titel\": \"Test\""), "FF0101" },
            { "misspelt field property", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "requird": true }"""), "FF0101" },
            { "repeat with an unknown key", Form, FormWith("""{ "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "min": 0, "maximum": 3 }, "fields": [] }"""), "FF0101" },
            { "$schema below the root", Form, FormWith("""{ "$schema": "x", "id": "name", "type": "text", "label": "Name" }"""), "FF0101" },
            { "unknown property in a tenant's contact", "tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "gemeinde", "contact": { "mail": "a@b.de" } }""", "FF0101" },
            // missing properties
            { "service without steps", Form, """{ "id": "test", "title": "Test" }""", "FF0102" },
            { "service without title", Form, """{ "id": "test", "steps": [ { "id": "s", "title": "S", "fields": [] } ] }""", "FF0102" },
            { "step without fields", Form, """{ "id": "test", "title": "Test", "steps": [ { "id": "s", "title": "S" } ] }""", "FF0102" },
            { "field without label", Form, FormWith("""{ "id": "name", "type": "text" }"""), "FF0102" },
            { "field without id", Form, FormWith("""{ "type": "text", "label": "Name" }"""), "FF0102" },
            { "choice without code list", Form, FormWith("""{ "id": "farbe", "type": "choice", "label": "Farbe" }"""), "FF0102" },
            { "info without text", Form, FormWith("""{ "id": "hinweis", "type": "info" }"""), "FF0102" },
            { "group without fields", Form, FormWith("""{ "id": "gruppe", "type": "group", "label": "Gruppe" }"""), "FF0102" },
            { "rule without message", Form, FormWithRoot("\"rules\": [ { \"id\": \"r\", \"assert\": \"name != null\" } ]"), "FF0102" },
            { "code list value without label", "codelists/farbe2.codelist.json", """{ "id": "farbe2", "values": [ { "code": "rot" } ] }""", "FF0102" },
            { "block without fields", "blocks/leer.block.json", """{ "id": "leer" }""", "FF0102" },
            { "tenant without type", "tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt" }""", "FF0102" },
            { "factory settings without name", "factory.json", """{ "targetPerWeek": 3 }""", "FF0102" },
            { "history entry without date", Form, FormWithRoot("\"factory\": { \"history\": [ { \"status\": \"offen\" } ] }"), "FF0102" },
            // wrong JSON types
            { "file that is an array", Form, "[]", "FF0103" },
            { "required as a string", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "required": "yes" }"""), "FF0103" },
            { "steps as an object", Form, """{ "id": "test", "title": "Test", "steps": {} }""", "FF0103" },
            { "maxLength as a string", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "maxLength": "10" }"""), "FF0103" },
            { "maxLength with a fraction", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "maxLength": 2.5 }"""), "FF0103" },
            { "field that is a string", Form, FormWith("\"name\""), "FF0103" },
            { "message text as a number", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "messages": { "required": 5 } }"""), "FF0103" },
            { "keywords as a string", Form, FormWithRoot("\"keywords\": \"Hund\""), "FF0103" },
            // ids
            { "service id with a hyphen", Form, """{ "id": "hund-anmelden", "title": "Test", "steps": [ { "id": "s", "title": "S", "fields": [] } ] }""", "FF0104" },
            { "field id starting with a digit", Form, FormWith("""{ "id": "1name", "type": "text", "label": "Name" }"""), "FF0104" },
            { "upper-case step id", Form, """{ "id": "test", "title": "Test", "steps": [ { "id": "Schritt", "title": "S", "fields": [] } ] }""", "FF0104" },
            { "reuse naming a bad id", Form, FormWithRoot("\"factory\": { \"reuse\": [ \"Darmstadt\" ] }"), "FF0104" },
            // field types and their properties
            { "unknown field type", Form, FormWith("""{ "id": "name", "type": "txt", "label": "Name" }"""), "FF0106" },
            { "pattern on an integer", Form, FormWith("""{ "id": "anzahl", "type": "integer", "label": "Anzahl", "pattern": "^[0-9]+$" }"""), "FF0107" },
            { "codeList on a text", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "codeList": "farbe" }"""), "FF0107" },
            { "itemLabel without repeat", Form, FormWith("""{ "id": "hunde", "type": "group", "label": "Hunde", "itemLabel": "Hund", "fields": [] }"""), "FF0107" },
            { "notes on a block inclusion", Form, FormWith("""{ "id": "wohnort", "block": "anschrift", "notes": ["x"] }"""), "FF0107" },
            { "notes as a string", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "notes": "x" }"""), "FF0103" },
            { "prefill on a block inclusion", Form, FormWith("""{ "id": "wohnort", "block": "anschrift", "prefill": "anschrift" }"""), "FF0107" },
            { "default on a file", Form, FormWith("""{ "id": "nachweis", "type": "file", "label": "Nachweis", "default": "a.pdf" }"""), "FF0310" },
            { "default of the wrong type", Form, FormWith("""{ "id": "anzahl", "type": "integer", "label": "Anzahl", "default": "drei" }"""), "FF0310" },
            { "both type and block", Form, FormWith("""{ "id": "wohnort", "type": "group", "block": "anschrift", "label": "Wohnort" }"""), "FF0110" },
            { "neither type nor block", Form, FormWith("""{ "id": "name", "label": "Name" }"""), "FF0110" },
            // texts
            { "text without German", Form, """{ "id": "test", "title": { "en": "Test" }, "steps": [ { "id": "s", "title": "S", "fields": [] } ] }""", "FF0108" },
            { "empty label", Form, FormWith("""{ "id": "name", "type": "text", "label": "" }"""), "FF0108" },
            { "upper-case language code", Form, """{ "id": "test", "title": { "de": "Test", "EN": "Test" }, "steps": [ { "id": "s", "title": "S", "fields": [] } ] }""", "FF0108" },
            { "empty German text", Form, FormWith("""{ "id": "name", "type": "text", "label": { "de": "" } }"""), "FF0108" },
            // values
            { "no steps", Form, """{ "id": "test", "title": "Test", "steps": [] }""", "FF0109" },
            { "LeiKa key too short", Form, FormWithRoot("\"leika\": \"123\""), "FF0109" },
            { "negative effort", Form, FormWithRoot("\"factory\": { \"effortDays\": -1 }"), "FF0109" },
            { "media type without slash", Form, FormWith("""{ "id": "nachweis", "type": "file", "label": "Nachweis", "accept": [ "pdf" ] }"""), "FF0109" },
            { "empty pattern", Form, FormWith("""{ "id": "name", "type": "text", "label": "Name", "pattern": "" }"""), "FF0109" },
            { "empty code", "codelists/farbe2.codelist.json", """{ "id": "farbe2", "values": [ { "code": "", "label": "Leer" } ] }""", "FF0109" },
            { "ARS too short", "tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "gemeinde", "ars": "1234" }""", "FF0109" },
            { "endpoint that is no web address", "tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "gemeinde", "submissionEndpoint": "ftp://example.org" }""", "FF0109" },
            { "target per week of zero", "factory.json", """{ "name": "Fabrik", "targetPerWeek": 0 }""", "FF0109" },
            { "empty code list", "codelists/farbe2.codelist.json", """{ "id": "farbe2", "values": [] }""", "FF0308" },
            { "repeat max of zero", Form, FormWith("""{ "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "max": 0 }, "fields": [] }"""), "FF0304" },
            { "history date in German notation", Form, FormWithRoot("\"factory\": { \"history\": [ { \"status\": \"offen\", \"on\": \"05.10.2026\" } ] }"), "FF0408" },
            // vocabularies and options
            { "unknown status", Form, FormWithRoot("\"factory\": { \"status\": \"fertig\" }"), "FF0501" },
            { "unknown status in history", Form, FormWithRoot("\"factory\": { \"history\": [ { \"status\": \"erledigt\", \"on\": \"2026-01-05\" } ] }"), "FF0501" },
            { "unknown priority", Form, FormWithRoot("\"factory\": { \"priority\": \"dringend\" }"), "FF0502" },
            { "unknown relevance", Form, FormWithRoot("\"relevance\": [ \"stadt\" ]"), "FF0503" },
            { "unknown tenant type", "tenants/stadt.tenant.json", """{ "id": "stadt", "name": "Stadt", "type": "dorf" }""", "FF0503" },
            { "maturity above every model", Form, FormWithRoot("\"factory\": { \"maturity\": 9 }"), "FF0504" },
            { "unknown boolean display", Form, FormWith("""{ "id": "ja", "type": "boolean", "label": "Ja?", "as": "toggle" }"""), "FF0506" },
            { "unknown submission format", Form, FormWithRoot("\"submission\": { \"formats\": [ \"pdf\" ] }"), "FF0506" },
            { "unknown maturity model", "factory.json", """{ "name": "Fabrik", "maturityModel": "3.0" }""", "FF0506" },
            { "upper-case language", "factory.json", """{ "name": "Fabrik", "languages": [ "DE" ] }""", "FF0506" },
        };

        [Theory]
        [MemberData(nameof(BadFiles))]
        public void StructurallyBadFileIsRefusedByLoaderAndSchema(string what, string path, string json, string loaderCode)
        {
            var file = new DefinitionFile(path, json);
            var core = CatalogBinder.Bind(Context.Append(file)).Diagnostics;
            Assert.True(core.Any(d => d.IsError && d.Id == loaderCode && d.Location.Path == path),
                $"{what}: the loader should report {loaderCode}, got:\n" + string.Join("\n", core));
            var schema = SchemaChecker.Check(file);
            Assert.True(schema.Any(d => d.Id == "FF0003"), $"{what}: {SchemaChecker.SchemaName(file.Kind)} should refuse it");
        }

        /// <summary>Good files written for this test: every field type and every optional part of each file kind.</summary>
        public static IReadOnlyList<DefinitionFile> GoodExamples { get; } = new DefinitionFile[]
        {
            new("factory.json", """
                {
                  "$schema": "schema/factory.schema.json",
                  "name": "Digitalisierungsfabrik Musterkreis",
                  "targetPerWeek": 2.5,
                  "start": "2026-01-05",
                  "languages": ["de", "en"],
                  "maturityModel": "2.0"
                }
                """),
            new("codelists/hunderasse.codelist.json", """
                {
                  "$schema": "../schema/codelist.schema.json",
                  "id": "hunderasse",
                  "version": "1",
                  "title": { "de": "Hunderasse", "en": "Breed" },
                  "source": "urn:xoev-de:example:codeliste:hunderasse",
                  "values": [
                    { "code": "dackel", "label": "Dackel" },
                    { "code": "pudel", "label": { "de": "Pudel", "en": "Poodle" }, "description": "Auch Zwergpudel" },
                    { "code": "mischling", "label": "Mischling" }
                  ]
                }
                """),
            new("blocks/anschrift.block.json", """
                {
                  "$schema": "../schema/block.schema.json",
                  "id": "anschrift",
                  "version": "1.0.0",
                  "title": { "de": "Anschrift", "en": "Address" },
                  "fim": "G60000086",
                  "notes": ["Imported from FIM"],
                  "fields": [
                    { "id": "strasse", "type": "text", "label": "Straße", "required": true, "maxLength": 55, "prefill": "anschrift.strasse", "fim": "F60000243" },
                    { "id": "plz", "type": "postcode", "label": "Postleitzahl", "required": true, "autocomplete": "postal-code" },
                    { "id": "ort", "type": "text", "label": "Ort", "required": true, "requiredWhen": "plz != null" }
                  ]
                }
                """),
            new("services/hundAnmelden.form.json", """
                {
                  "$schema": "../schema/form.schema.json",
                  "id": "hundAnmelden",
                  "version": "1.0.0",
                  "title": { "de": "Hund anmelden", "en": "Register a dog" },
                  "summary": "Melden Sie Ihren Hund zur Hundesteuer an.",
                  "keywords": ["Hund", "Hundesteuer"],
                  "leika": "99108006001000",
                  "ozg": { "themenfeld": "Steuern & Zoll", "leistungsbuendel": "Steuern", "leistung": "Hundesteuer" },
                  "relevance": ["gemeinde", "kreisangehoerige-stadt"],
                  "legalBasis": ["Hundesteuersatzung"],
                  "fim": "S00000094",
                  "notes": ["Regel R1 als Text"],
                  "factory": {
                    "status": "in-bearbeitung",
                    "priority": "sehr-hoch",
                    "effortDays": 3.5,
                    "owner": "Team Steuern",
                    "maturity": 2,
                    "maturityTarget": 5,
                    "history": [
                      { "status": "in-planung", "on": "2026-01-05" },
                      { "status": "in-bearbeitung", "on": "2026-02-01", "note": "Start" }
                    ],
                    "reuse": ["musterstadt"],
                    "impact": { "before": "Papier", "after": { "de": "Online", "en": "Online" } }
                  },
                  "steps": [
                    {
                      "id": "halter",
                      "title": "Halterin oder Halter",
                      "description": { "de": "Ihre Angaben", "en": "About you" },
                      "fields": [
                        { "id": "name", "type": "text", "label": "Name", "hint": "Vor- und Nachname", "required": true, "minLength": 2, "maxLength": 100,
                          "pattern": "^[^0-9]+$", "messages": { "pattern": "Bitte ohne Ziffern.", "required": { "de": "Name fehlt", "en": "Name missing" } } },
                        { "id": "wohnort", "block": "anschrift", "label": "Wohnanschrift", "hint": "In der Gemeinde", "visibleWhen": "name != null", "required": false },
                        { "id": "bemerkung", "type": "textarea", "label": "Bemerkung", "maxLength": 2000, "default": "" },
                        { "id": "email", "type": "email", "label": "E-Mail", "notes": ["Regel R2 als Text"] },
                        { "id": "telefon", "type": "phone", "label": "Telefon" },
                        { "id": "iban", "type": "iban", "label": "IBAN" },
                        { "id": "hinweis", "type": "info", "text": "Die Steuer wird jährlich erhoben." }
                      ]
                    },
                    {
                      "id": "hunde",
                      "title": "Hunde",
                      "fields": [
                        { "id": "anzahl", "type": "integer", "label": "Anzahl", "min": 1, "max": 10, "default": 1 },
                        { "id": "gewicht", "type": "decimal", "label": "Gesamtgewicht", "min": 0, "max": 500.5, "scale": 1 },
                        { "id": "betrag", "type": "money", "label": "Betrag", "min": 0 },
                        { "id": "seit", "type": "date", "label": "Seit", "min": "2000-01-01", "max": "today()", "default": "2026-01-01" },
                        { "id": "gefaehrlich", "type": "boolean", "label": "Gefährlich?", "as": "radios", "default": false },
                        { "id": "einverstanden", "type": "boolean", "label": "Einverstanden", "as": "checkbox" },
                        { "id": "rasse", "type": "choice", "codeList": "hunderasse", "label": "Rasse", "as": "select", "default": "dackel" },
                        { "id": "rassen", "type": "multiChoice", "codeList": "hunderasse", "label": "Rassen", "minItems": 1, "maxItems": 2, "default": ["pudel"] },
                        { "id": "nachweis", "type": "file", "label": "Nachweis", "accept": ["application/pdf", "image/*"], "maxSizeKb": 10240,
                          "visibleWhen": "gefaehrlich == true", "requiredWhen": "gefaehrlich == true" },
                        { "id": "halterdaten", "type": "group", "label": "Halterdaten", "required": false, "fields": [
                          { "id": "seitJahr", "type": "integer", "label": "Seit (Jahr)" }
                        ] },
                        { "id": "tiere", "type": "group", "label": "Tiere", "repeat": { "min": 1, "max": 5 }, "itemLabel": { "de": "Hund", "en": "Dog" }, "fields": [
                          { "id": "rufname", "type": "text", "label": "Rufname", "required": true },
                          { "id": "kg", "type": "decimal", "label": "Gewicht", "visibleWhen": "item.rufname != null" }
                        ] }
                      ]
                    }
                  ],
                  "rules": [
                    { "id": "genugTiere", "assert": "count(tiere) == anzahl", "on": ["anzahl"], "message": { "de": "Anzahl passt nicht.", "en": "Wrong count." } },
                    { "id": "schwer", "assert": "sum(tiere, item.kg) <= 500", "when": "gefaehrlich", "message": "Zu schwer." }
                  ],
                  "submission": { "reference": "HUND-{yyyy}-{seq:6}", "formats": ["json", "xml"] }
                }
                """),
            new("tenants/musterstadt.tenant.json", """
                {
                  "$schema": "../schema/tenant.schema.json",
                  "id": "musterstadt",
                  "name": "Gemeinde Musterstadt",
                  "type": "gemeinde",
                  "ars": "064320019019",
                  "contact": { "name": "Bürgerbüro", "email": "buergerbuero@example.org", "phone": "+49 6154 0000", "address": "Markt 1" },
                  "submissionEndpoint": "https://example.org/formfactory/submissions",
                  "offers": ["hundAnmelden"],
                  "services": { "hundAnmelden": { "fees": "90 € im Jahr", "hint": { "de": "Impfpass bereithalten", "en": "Have the vaccination record at hand" },
                    "contact": { "name": "Steueramt" } } }
                }
                """),
            new("tenants/musterkreis.tenant.json", """
                { "id": "musterkreis", "name": "Musterkreis", "type": "kreis" }
                """),
        };

        [Fact]
        public void GoodExamplesPassLoaderAndSchema()
        {
            var core = CatalogBinder.Bind(GoodExamples).Diagnostics;
            Assert.True(core.Count == 0, string.Join("\n", core));
            var schema = GoodExamples.SelectMany(SchemaChecker.Check).ToList();
            Assert.True(schema.Count == 0, string.Join("\n", schema));
        }

        [SampleCatalogFact]
        public void SampleCatalogPassesLoaderAndSchema()
        {
            var files = RepositoryPaths.SampleFiles();
            var core = CatalogBinder.Bind(files).Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(core.Count == 0, string.Join("\n", core));
            var schema = files.SelectMany(SchemaChecker.Check).ToList();
            Assert.True(schema.Count == 0, string.Join("\n", schema));
        }

        [Theory]
        [InlineData("services/x.form.json")]
        [InlineData("blocks/x.block.json")]
        [InlineData("codelists/x.codelist.json")]
        [InlineData("tenants/x.tenant.json")]
        [InlineData("factory.json")]
        public void EverySchemaLoadsAndRefusesAnEmptyObject(string path) =>
            Assert.Contains(SchemaChecker.Check(new DefinitionFile(path, "{}")), d => d.Id == "FF0003");
    }
}
