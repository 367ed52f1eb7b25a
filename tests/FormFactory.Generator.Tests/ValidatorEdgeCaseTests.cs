using System;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Validation;
using FormFactory.Generator.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// The generated validator against the reference on a form written to reach the corners the samples do not:
    /// ids that are C# keywords, patterns with quotes, negative bounds, nested and repeated groups inside repeats,
    /// <c>item</c> and absolute paths from inside entries, <c>sum</c> over an inner repeat, every function, and
    /// input that is no JSON object at all.
    /// </summary>
    public class ValidatorEdgeCaseTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        private const string Form = @"{
  ""id"": ""ecke"", ""title"": { ""de"": ""Ecken"", ""en"": ""Corners"" },
  ""steps"": [ { ""id"": ""eins"", ""title"": ""Eins"", ""fields"": [
    { ""id"": ""event"", ""type"": ""text"", ""label"": ""Ereignis"", ""pattern"": ""[A-Z]\""?.*"", ""minLength"": 2, ""maxLength"": 5 },
    { ""id"": ""class"", ""type"": ""integer"", ""label"": { ""de"": ""Klasse"", ""en"": ""Class"" }, ""min"": -5, ""max"": 5, ""required"": true },
    { ""id"": ""betrag"", ""type"": ""decimal"", ""label"": ""Betrag"", ""scale"": 2, ""min"": 0.5 },
    { ""id"": ""geld"", ""type"": ""money"", ""label"": ""Geld"", ""max"": 99.99 },
    { ""id"": ""tag"", ""type"": ""date"", ""label"": ""Tag"", ""min"": ""today()"", ""max"": ""date('2030-12-31')"" },
    { ""id"": ""ja"", ""type"": ""boolean"", ""label"": ""Ja"", ""as"": ""checkbox"" },
    { ""id"": ""farben"", ""type"": ""multiChoice"", ""codeList"": ""farbe"", ""label"": ""Farben"", ""minItems"": 1, ""maxItems"": 2, ""visibleWhen"": ""ja == true"", ""requiredWhen"": ""ja == true"" },
    { ""id"": ""posten"", ""type"": ""group"", ""label"": ""Posten"", ""itemLabel"": ""Posten"", ""repeat"": { ""min"": 0, ""max"": 3 }, ""fields"": [
      { ""id"": ""preis"", ""type"": ""decimal"", ""label"": ""Preis"", ""required"": true },
      { ""id"": ""menge"", ""type"": ""integer"", ""label"": ""Menge"" },
      { ""id"": ""detail"", ""type"": ""group"", ""label"": ""Detail"", ""required"": false, ""fields"": [
        { ""id"": ""notiz"", ""type"": ""textarea"", ""label"": ""Notiz"", ""requiredWhen"": ""item.preis > 100"" },
        { ""id"": ""farbe"", ""type"": ""choice"", ""codeList"": ""farbe"", ""label"": ""Farbe"", ""visibleWhen"": ""item.menge >= 2"" }
      ] },
      { ""id"": ""unter"", ""type"": ""group"", ""label"": ""Unter"", ""repeat"": { ""min"": 1 }, ""requiredWhen"": ""item.preis > 10"", ""fields"": [
        { ""id"": ""x"", ""type"": ""decimal"", ""label"": ""X"", ""visibleWhen"": ""posten.preis > 1"" },
        { ""id"": ""wann"", ""type"": ""date"", ""label"": ""Wann"", ""max"": ""today()"", ""messages"": { ""max"": { ""de"": ""Nicht in der Zukunft."", ""en"": ""Not in the future."" } } }
      ] },
      { ""id"": ""summeUnter"", ""type"": ""decimal"", ""label"": ""Summe unten"", ""requiredWhen"": ""sum(item.unter, item.x) > 5"" }
    ] },
    { ""id"": ""summe"", ""type"": ""decimal"", ""label"": ""Summe"", ""requiredWhen"": ""sum(posten, item.preis * item.menge) > 10"" },
    { ""id"": ""datei"", ""type"": ""file"", ""label"": ""Datei"", ""accept"": [ ""image/*"", ""application/pdf"" ], ""maxSizeKb"": 1 },
    { ""id"": ""mail"", ""type"": ""email"", ""label"": ""Mail"", ""visibleWhen"": ""!(class < 0)"" },
    { ""id"": ""telefon"", ""type"": ""phone"", ""label"": ""Telefon"", ""requiredWhen"": ""isEmpty(mail) && len(event) != 3"" },
    { ""id"": ""plz"", ""type"": ""postcode"", ""label"": ""PLZ"" },
    { ""id"": ""nie"", ""type"": ""text"", ""label"": ""Nie"", ""required"": true, ""visibleWhen"": ""class < null || null >= tag"" },
    { ""id"": ""iban"", ""type"": ""iban"", ""label"": ""IBAN"", ""visibleWhen"": ""geld != null"" },
    { ""id"": ""adresse"", ""block"": ""adresse"", ""required"": false }
  ] } ],
  ""rules"": [
    { ""id"": ""summeStimmt"", ""assert"": ""summe == sum(posten, item.preis)"", ""on"": [ ""summe"" ], ""message"": { ""de"": ""Summe falsch."", ""en"": ""Wrong sum."" } },
    { ""id"": ""kurz"", ""assert"": ""len(event) < 4 || contains(farben, 'rot')"", ""when"": ""!isEmpty(farben)"", ""message"": ""Zu lang."" },
    { ""id"": ""alt"", ""assert"": ""age(tag) <= 0 && count(posten) / 3 >= 0 && tag >= today()"", ""on"": [ ""tag"" ], ""message"": ""Alt."" },
    { ""id"": ""minus"", ""assert"": ""-class + 1 != 3 && betrag / 3 > 0.1 && geld - betrag < 50 && event > 'A'"", ""message"": ""Minus."" },
    { ""id"": ""ort"", ""assert"": ""adresse.ort != 'X' && len(farben) <= 2"", ""on"": [ ""adresse.ort"" ], ""message"": ""Ort."" }
  ]
}";

        private static readonly Lazy<(Func<string, DateTime, ValidationResult> Generated, ReferenceValidator Reference, Definitions.Model.FormModel Model, TypedEntryPoints Typed)> Validators = new(() =>
        {
            var set = new DefinitionSet()
                .File("definitions/services/ecke.form.json", Form)
                .CodeList("farbe", "rot", "gruen", "blau")
                .Block("adresse", "[ { \"id\": \"strasse\", \"type\": \"text\", \"label\": \"Straße\", \"required\": true }, { \"id\": \"ort\", \"type\": \"text\", \"label\": \"Ort\", \"required\": true } ]");
            var run = GeneratorHarness.Run(set.Texts);
            var assembly = CompiledOutput.Load(run.Output);
            var typed = new TypedEntryPoints(assembly.GetType("Consumer.Forms.Ecke", throwOnError: true)!);
            var catalog = CatalogBinder.Bind(set.Texts.Select(t => new DefinitionFile(t.Path, t.GetText()!.ToString())).ToList());
            Assert.False(catalog.HasErrors, string.Join("\n", catalog.Diagnostics));
            var form = catalog.Catalog.Form("ecke")!;
            return (typed.ValidateJson, new ReferenceValidator(form, () => Today), form, typed);
        });

        [Theory]
        [InlineData("")]
        [InlineData("not json")]
        [InlineData("[1, 2]")]
        [InlineData("\"text\"")]
        [InlineData("{}")]
        [InlineData("{ \"class\": 1.5, \"event\": \"A\\\"bc\", \"posten\": [ 1, {}, { \"preis\": 200, \"menge\": 3, \"detail\": { \"farbe\": \"lila\" } } ] }")]
        [InlineData("{ \"class\": -3, \"mail\": \"a@b.de\", \"event\": \"\\ud800\", \"ja\": false, \"farben\": [\"rot\", \"rot\", \"x\"] }")]
        [InlineData("{ \"class\": 0, \"ja\": true, \"farben\": [], \"posten\": [ { \"preis\": 20, \"unter\": [ { \"x\": 7, \"wann\": \"2027-01-01\" } ] } ], \"summe\": 20 }")]
        [InlineData("{ \"class\": 2, \"geld\": 10.001, \"iban\": \"de89 3704 0044 0532 0130 00\", \"datei\": { \"name\": \"a\", \"mediaType\": \"IMAGE/PNG\", \"size\": 1025, \"sha256\": \"" + "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789" + "\" } }")]
        [InlineData("{ \"class\": 9223372036854775808, \"betrag\": 1e400, \"tag\": \"2026-02-30\", \"adresse\": { \"ort\": \"X\" } }")]
        public void HandPickedSubmissionsGetTheReferenceResult(string json) => AssertAgree(json, "hand-picked");

        [Fact]
        public void GeneratedSubmissionsGetTheReferenceResult()
        {
            var (_, _, model, _) = Validators.Value;
            var generator = new SubmissionGenerator(model, Array.Empty<string>(), Today);
            for (int seed = 0; seed < 2000; seed++) AssertAgree(generator.Generate(seed), "seed " + seed);
        }

        [Fact]
        public void TypedValidatorAgreesWithTheJsonValidatorOnRecords()
        {
            // Keyword ids, nested repeats and sum over an inner repeat through the typed entry point.
            var (_, _, model, typed) = Validators.Value;
            var generator = new SubmissionGenerator(model, Array.Empty<string>(), Today);
            int records = 0;
            for (int seed = 0; seed < 2000; seed++)
            {
                // Most submissions built from scratch carry a wrong type somewhere, so their kept JSON is read too.
                string json = generator.Generate(seed);
                foreach (string candidate in new[] { json, typed.ValidateJson(json, Today).KeptJson })
                {
                    var record = typed.TryFromJson(candidate);
                    if (record == null) continue;
                    records++;
                    string? disagreement = typed.Disagreement(record, Today);
                    Assert.True(disagreement == null, $"seed {seed}: {candidate}\n{disagreement}");
                }
            }
            Assert.True(records >= 1000, $"only {records} submissions were read as records");
        }

        private static void AssertAgree(string json, string what)
        {
            var (generated, reference, _, _) = Validators.Value;
            var expected = reference.Validate(json);
            var actual = generated(json, Today);
            Assert.True(expected.KeptJson == actual.KeptJson && expected.Errors.SequenceEqual(actual.Errors),
                $"{what}: {json}\nreference:\n  {string.Join("\n  ", expected.Errors)}\n  kept {expected.KeptJson}\ngenerated:\n  {string.Join("\n  ", actual.Errors)}\n  kept {actual.KeptJson}");
        }
    }
}
