using System.Linq;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>Every diagnostic reads in English and German, with the same code and the same placeholders.</summary>
    public class DiagnosticLanguagesTests
    {
        [Fact]
        public void EveryDescriptorHasAGermanMessage()
        {
            var missing = DiagnosticDescriptors.All.Where(d => DiagnosticMessages.Template(d, "de") == null).Select(d => d.Id).ToList();
            Assert.True(missing.Count == 0, "No German message (GermanDiagnosticMessages) for: " + string.Join(", ", missing));
        }

        [Fact]
        public void EveryGermanMessageHasTheEnglishPlaceholders()
        {
            var differing = DiagnosticDescriptors.All
                .Select(d => (d.Id, English: Placeholders(d.MessageFormat), German: Placeholders(DiagnosticMessages.Template(d, "de"))))
                .Where(x => x.German != null && x.English != x.German)
                .Select(x => $"{x.Id} (English {x.English}, German {x.German})").ToList();
            Assert.True(differing.Count == 0, "Placeholders differ: " + string.Join("; ", differing));
        }

        [Fact]
        public void EnglishIsTheDescriptorsOwnText() =>
            Assert.All(DiagnosticDescriptors.All, d => Assert.Equal(d.MessageFormat, DiagnosticMessages.Template(d, "en")));

        [Fact]
        public void ADiagnosticReadsInGermanWithItsHintInGerman()
        {
            var d = new FormTestCase()
                .Form("test", """[ { "id": "feld", "type": "datum", "label": "Feld" } ]""")
                .ExpectOnlyDiagnostic("FF0106", 1, 120);
            Assert.StartsWith("Unbekannter Feldtyp 'datum' (meinten Sie 'date'?); verwenden Sie einen von: text, textarea,", DiagnosticMessages.Text(d, "de"));
            Assert.Equal(d.Message, DiagnosticMessages.Text(d, "en"));
            Assert.StartsWith("services/test.form.json(1,120): error FF0106: Unbekannter Feldtyp", d.ToString("de"));
        }

        [Fact]
        public void TheObjectAMessageNamesIsGermanToo()
        {
            var all = new FormTestCase()
                .Form("test", """[ { "id": "feld", "type": "text", "label": "Feld", "pflicht": true }, { "id": "ohne", "type": "text" } ]""")
                .Diagnostics().Select(d => DiagnosticMessages.Text(d, "de")).ToList();
            Assert.Contains("Feld 'feld': unbekannte Eigenschaft 'pflicht' (meinten Sie 'required'?).", all);
            Assert.Contains("Feld 'ohne': die Eigenschaft 'label' fehlt.", all);
        }

        [Fact]
        public void ADiagnosticWithTheSameMessageInBothLanguagesIsEqual()
        {
            var location = new FormFactory.Definitions.Syntax.SourceLocation("a.json", 0, 1, 1, 1, 1, 2);
            var hint = new MessagePart(" (did you mean 'y'?)", " (meinten Sie 'y'?)");
            Assert.Equal(Diagnostic.Create(DiagnosticDescriptors.UnknownBlock, location, "x", hint), Diagnostic.Create(DiagnosticDescriptors.UnknownBlock, location, "x", hint));
            Assert.NotEqual(Diagnostic.Create(DiagnosticDescriptors.UnknownBlock, location, "x", hint), Diagnostic.Create(DiagnosticDescriptors.UnknownBlock, location, "x", MessagePart.Same(hint.English)));
        }

        private static string? Placeholders(string? template) =>
            template == null ? null : string.Join(",", Regex.Matches(template, @"\{(\d+)\}").Select(m => m.Groups[1].Value).Distinct().OrderBy(x => x));
    }
}
