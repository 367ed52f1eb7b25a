using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FormFactory.Cli.Output;
using FormFactory.Cli.Tests.Support;

namespace FormFactory.Cli.Tests
{
    /// <summary>Messages in German or English: <c>--lang</c>, else the environment, the same codes either way.</summary>
    public class MessageLanguageTests
    {
        private static TempCatalog Broken() => TempCatalog.Clean().File("services/hundAnmelden.form.json", Samples.BrokenForm);

        [Fact]
        public void ValidateSpeaksGermanWhenAsked()
        {
            using var catalog = Broken();
            var result = Tool.Run("validate", catalog.Folder, "--lang", "de");
            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains(result.Lines, l => l.EndsWith("error FF0101: Feld 'name': unbekannte Eigenschaft 'requird' (meinten Sie 'required'?).", System.StringComparison.Ordinal));
        }

        [Fact]
        public void TheSummarySpeaksGermanWhenAsked()
        {
            using var broken = Broken();
            Assert.Equal("Geprüft: 5 Dateien: 2 Fehler (in 1 Datei). 0 von 1 Leistung ist bereit; eine Leistung bleibt außen vor, solange sie oder ein Baustein darin Fehler hat.",
                Tool.Run("validate", broken.Folder, "--lang", "de").Lines[^1]);
            using var clean = TempCatalog.Clean();
            Assert.Equal("Geprüft: 5 Dateien: keine Fehler oder Warnungen. 1 Leistung, 1 Baustein, 1 Codeliste und 1 Mandant sind bereit.",
                Tool.Run("validate", clean.Folder, "--lang", "de").Lines[^1]);
        }

        [Fact]
        public void ValidateSpeaksEnglishWhenAsked()
        {
            using var catalog = Broken();
            var result = Tool.Run("validate", catalog.Folder, "--lang", "en");
            Assert.Contains(result.Lines, l => l.EndsWith("error FF0101: Unknown property 'requird' in the field 'name' (did you mean 'required'?).", System.StringComparison.Ordinal));
        }

        [Fact]
        public void AnUnknownLanguageIsAUsageError()
        {
            using var catalog = Broken();
            Assert.Equal(2, Tool.Run("validate", catalog.Folder, "--lang", "fr").ExitCode);
        }

        [Theory]
        [InlineData("json")]
        [InlineData("sarif")]
        public void JsonAndSarifCarryTheChosenLanguagesMessage(string format)
        {
            using var catalog = Broken();
            var result = Tool.Run("validate", catalog.Folder, "--format", format, "--lang", "de");
            using var json = JsonDocument.Parse(result.Stdout);
            var messages = format == "json"
                ? json.RootElement.EnumerateArray().Select(e => e.GetProperty("message").GetString()).ToList()
                : json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(e => e.GetProperty("message").GetProperty("text").GetString()).ToList();
            Assert.Contains(messages, m => m == "Feld 'name': unbekannte Eigenschaft 'requird' (meinten Sie 'required'?).");
        }

        [Fact]
        public void BuildAndTheNotesSpeakGermanWhenAsked()
        {
            using var catalog = Broken();
            var result = Tool.Run("build", catalog.Folder, "--out", System.IO.Path.Combine(catalog.Parent, "out"), "--lang", "de");
            Assert.Contains("FF0101: Feld 'name': unbekannte Eigenschaft", result.Stderr);
            using var clean = TempCatalog.Clean().File("tenants/musterstadt.tenant.json", Samples.Tenant.Replace("\"offers\": [\"hundAnmelden\"]", "\"offers\": []"));
            var notes = Tool.Run("validate", clean.Folder, "--lang", "de");
            Assert.Contains("Hinweis: Kein Mandant bietet eine Leistung an.", notes.Stdout);
        }

        [Fact]
        public void WithoutTheOptionTheEnvironmentDecides()
        {
            using var catalog = Broken();
            var german = Tool.RunProcess(new Dictionary<string, string?> { ["LANG"] = "de_DE.UTF-8" }, catalog.Parent, "validate", catalog.Folder);
            Assert.Contains("FF0101: Feld 'name': unbekannte Eigenschaft", german.Stdout);
            var english = Tool.RunProcess(new Dictionary<string, string?> { ["LANG"] = "de_DE.UTF-8", ["LC_ALL"] = "en_GB.UTF-8" }, catalog.Parent, "validate", catalog.Folder);
            Assert.Contains("FF0101: Unknown property", english.Stdout);
        }

        [Theory]
        [InlineData("de_DE.UTF-8", null, null, "de")]
        [InlineData("C.UTF-8", null, null, "en")]
        [InlineData("en_US.UTF-8", "de_AT.UTF-8", null, "de")]
        [InlineData("de_DE.UTF-8", null, "C", "en")]
        [InlineData(null, null, null, "de")]
        [InlineData("", "", "", "de")]
        [InlineData("dee", null, null, "en")]
        public void TheEnvironmentIsReadAsPosixDoes(string? lang, string? messages, string? all, string expected)
        {
            var variables = new Dictionary<string, string?> { ["LANG"] = lang, ["LC_MESSAGES"] = messages, ["LC_ALL"] = all };
            Assert.Equal(expected, MessageLanguage.FromEnvironment(n => variables[n], CultureInfo.GetCultureInfo("de-DE")));
        }

        [Fact]
        public void WithoutLocaleVariablesTheSystemCultureDecides() =>
            Assert.Equal("en", MessageLanguage.FromEnvironment(_ => null, CultureInfo.GetCultureInfo("fr-FR")));
    }
}
