using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.Tests.Samples
{
    /// <summary>
    /// The format reference's example service (docs/definition-format.md, kept verbatim in
    /// <c>Cases/Spec/services/</c>), with minimal blocks and the code list written strictly to version 1.
    /// </summary>
    public class SpecExampleTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Spec");

        private static CatalogResult Bind() =>
            CatalogBinder.Bind(Directory.EnumerateFiles(Folder, "*.json", SearchOption.AllDirectories)
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new DefinitionFile(Path.GetRelativePath(Folder, f).Replace('\\', '/'), File.ReadAllText(f))));

        private static ReferenceValidator Validator() =>
            new ReferenceValidator(Bind().Catalog.Form("anwohnerparkausweis")!, () => Today);

        private const string Valid = """
            {
              "person": { "vorname": "Erika", "familienname": "Mustermann", "geburtsdatum": "1985-03-27" },
              "anschrift": { "strasse": "Luisenplatz", "hausnummer": "5", "plz": "64283", "ort": "Darmstadt" },
              "kennzeichen": "DA-AB 123",
              "halter": "selbst",
              "gueltigAb": "2026-07-01"
            }
            """;

        [Fact]
        public void TheSpecExampleBindsWithoutErrors()
        {
            var result = Bind();
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            // The example reuses the service in two tenants this small catalog does not have: only that is reported.
            Assert.All(result.Diagnostics, d => Assert.Equal("FF0205", d.Id));
            var form = result.Catalog.Form("anwohnerparkausweis");
            Assert.NotNull(form);
            Assert.Equal(new[] { "antragsteller", "fahrzeug" }, form!.Steps.Select(s => s.Id));
            Assert.Equal(new[] { "person", "anschrift", "kennzeichen", "halter", "nutzungsnachweis", "gueltigAb" }, form.Fields.Select(f => f.Id));
            Assert.Equal("Wohnanschrift in der Parkzone", form.Fields.Single(f => f.Id == "anschrift").Label!.De);
            Assert.Equal("volljaehrig", form.Rules.Single().Id);
        }

        [Fact]
        public void TheExampleInTheFormatReferenceIsThisCopyVerbatim()
        {
            string spec = Path.Combine(RepositoryPaths.Root, "docs", "definition-format.md");
            string text = File.ReadAllText(spec).Replace("\r\n", "\n");
            int start = text.IndexOf("```json\n", text.IndexOf("## Service file", StringComparison.Ordinal), StringComparison.Ordinal) + "```json\n".Length;
            string example = text.Substring(start, text.IndexOf("```", start, StringComparison.Ordinal) - start);
            Assert.Equal(example, File.ReadAllText(Path.Combine(Folder, "services", "anwohnerparkausweis.form.json")).Replace("\r\n", "\n"));
        }

        [Fact]
        public void ACompleteApplicationIsValid()
        {
            var result = Validator().Valid(Valid);
            Assert.Equal("""{"person":{"vorname":"Erika","familienname":"Mustermann","geburtsdatum":"1985-03-27"},"anschrift":{"strasse":"Luisenplatz","hausnummer":"5","plz":"64283","ort":"Darmstadt"},"kennzeichen":"DA-AB 123","halter":"selbst","gueltigAb":"2026-07-01"}""", result.KeptJson);
        }

        [Fact]
        public void AProofOfUseIsRequiredWhenSomeoneElseKeepsTheVehicle()
        {
            var v = Validator();
            v.Expect(Valid.Replace("\"selbst\"", "\"arbeitgeber\""), "nutzungsnachweis required");
            v.Valid(Valid.Replace("\"selbst\"", "\"arbeitgeber\", \"nutzungsnachweis\": { \"name\": \"bescheinigung.pdf\", \"mediaType\": \"application/pdf\", \"size\": 10485760, \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\" }"));
            v.Expect(Valid.Replace("\"selbst\"", "\"arbeitgeber\", \"nutzungsnachweis\": { \"name\": \"bescheinigung.gif\", \"mediaType\": \"image/gif\", \"size\": 10485761, \"sha256\": \"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\" }"),
                "nutzungsnachweis accept", "nutzungsnachweis maxSize");
        }

        [Fact]
        public void AnEmptyApplicationNamesEachMissingFieldOnce() =>
            Validator().Expect("{}",
                "person.vorname required", "person.familienname required", "person.geburtsdatum required",
                "anschrift.strasse required", "anschrift.hausnummer required", "anschrift.plz required", "anschrift.ort required",
                "kennzeichen required", "halter required", "gueltigAb required");

        [Fact]
        public void TheExampleChecksAndRuleReportWithTheirCodesAndMessages()
        {
            var result = Validator().Validate(Valid
                .Replace("1985-03-27", "2010-01-01")
                .Replace("DA-AB 123", "da-ab 123")
                .Replace("\"selbst\"", "\"nachbar\"")
                .Replace("2026-07-01", "2026-06-14"));
            // A code outside the list is still a value: halter != 'selbst' holds, so the proof of use is asked for.
            Assert.Equal(new[] { "kennzeichen pattern", "halter codeList", "nutzungsnachweis required", "gueltigAb min", "person.geburtsdatum volljaehrig" }, result.Pairs());
            Assert.Equal("Geben Sie das Kennzeichen wie auf dem Fahrzeugschein an, zum Beispiel DA-AB 123.", result.Errors[0].MessageDe);
            Assert.Equal(("Sie müssen volljährig sein.", "You must be of age."), (result.Errors[4].MessageDe, result.Errors[4].MessageEn));
        }
    }
}
