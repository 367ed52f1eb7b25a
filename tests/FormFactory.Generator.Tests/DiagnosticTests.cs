using System.Collections.Generic;
using System.Linq;
using FormFactory.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests
{
    /// <summary>Definition problems become compiler diagnostics in the JSON file; settings problems are reported too.</summary>
    public class DiagnosticTests
    {
        private const string BadForm =
            "{\n" +
            "  \"id\": \"kaputt\",\n" +
            "  \"title\": \"Kaputt\",\n" +
            "  \"steps\": [\n" +
            "    { \"id\": \"eins\", \"title\": \"Eins\", \"fields\": [\n" +
            "      { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\",\n" +
            "        \"requird\": true }\n" +
            "    ] }\n" +
            "  ]\n" +
            "}\n";

        [Fact]
        public void MisspeltPropertyIsAnErrorAtItsJsonLineAndColumn()
        {
            var run = GeneratorHarness.Run(new DefinitionSet().File("definitions/services/kaputt.form.json", BadForm).Texts);

            var d = Assert.Single(run.Diagnostics, x => x.Id == "FF0101");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            var span = d.Location.GetLineSpan();
            Assert.Equal("definitions/services/kaputt.form.json", span.Path);
            Assert.Equal(7, span.StartLinePosition.Line + 1);
            Assert.Equal(9, span.StartLinePosition.Character + 1);
            Assert.Contains("required", d.GetMessage());
            Assert.Equal("FormFactory", d.Descriptor.Category);
        }

        [Fact]
        public void FormWithErrorsIsNotGeneratedButOthersAre()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .File("definitions/services/kaputt.form.json", BadForm)
                .Form("heil", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ]")
                .Texts);

            Assert.Contains("Heil.g.cs", run.Sources.Keys);
            Assert.DoesNotContain("Kaputt.g.cs", run.Sources.Keys);
        }

        [Theory]
        [InlineData("a\\ud800")]
        [InlineData("\\udfffb")]
        [InlineData("a\\u0001")]
        public void ACodeNoOutputCanCarryIsReportedAsSuchNotAsAGeneratorBug(string jsonCode)
        {
            // A lone surrogate once reached the emitter and failed it with FF0602 ("a bug in FormFactory").
            var run = GeneratorHarness.Run(new DefinitionSet()
                .File("definitions/codelists/farbe.codelist.json", "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\" }, { \"code\": \"" + jsonCode + "\", \"label\": \"X\" } ] }")
                .Form("test", "[ { \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"Farbe\" } ]")
                .Form("heil", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ]")
                .Texts);

            var d = Assert.Single(run.Diagnostics);
            Assert.Equal("FF0120", d.Id);
            Assert.Equal("definitions/codelists/farbe.codelist.json", d.Location.GetLineSpan().Path);
            Assert.Contains("Heil.g.cs", run.Sources.Keys);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void InvalidJsonIsReportedWithoutCrashing()
        {
            var run = GeneratorHarness.Run(new DefinitionSet().File("definitions/services/x.form.json", "{ \"id\": \"x\", ").Texts);

            var d = Assert.Single(run.Diagnostics, x => x.Id == "FF0001");
            Assert.Equal(DiagnosticSeverity.Error, d.Severity);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void DefinitionWarningsStayWarningsAndTheFormIsGenerated()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .File("definitions/services/anders.form.json", DefinitionSet.FormJson("test", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ]"))
                .Texts);

            var d = Assert.Single(run.Diagnostics, x => x.Id == "FF0005");
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Equal("definitions/services/anders.form.json", d.Location.GetLineSpan().Path);
            Assert.Contains("Test.g.cs", run.Sources.Keys);
        }

        [Fact]
        public void OtherAdditionalFilesAreIgnored()
        {
            var run = GeneratorHarness.Run(new DefinitionSet()
                .File("appsettings.json", "not even json")
                .File("definitions/schema/form.schema.json", "{}")
                .Texts);

            Assert.Empty(run.Diagnostics);
            Assert.Empty(run.Sources);
        }

        [Fact]
        public void ConfiguredRootNamespaceIsUsed()
        {
            var run = GeneratorHarness.Run(OneForm(), new Dictionary<string, string> { ["FormFactoryRootNamespace"] = "Amt.Antraege", ["RootNamespace"] = "Consumer" });

            Assert.Empty(run.Diagnostics);
            Assert.Contains("namespace Amt.Antraege\n", run.Sources["Test.g.cs"]);
        }

        [Fact]
        public void InvalidRootNamespaceFallsBackWithAWarning()
        {
            var run = GeneratorHarness.Run(OneForm(), new Dictionary<string, string> { ["FormFactoryRootNamespace"] = "Mein-Amt..class" });

            var d = Assert.Single(run.Diagnostics);
            Assert.Equal("FF0601", d.Id);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("namespace Mein_Amt._class\n", run.Sources["Test.g.cs"]);
            CompiledOutput.AssertClean(run.Output);
        }

        [Fact]
        public void WithoutRootNamespaceTheAssemblyNameIsUsed()
        {
            var run = GeneratorHarness.Run(OneForm(), new Dictionary<string, string>());

            Assert.Contains("namespace Consumer.Forms\n", run.Sources["Test.g.cs"]);
        }

        [Fact]
        public void MissingDateOnlyIsReportedWhenAFormHasADateField()
        {
            var texts = new DefinitionSet().Form("test", "[ { \"id\": \"tag\", \"type\": \"date\", \"label\": \"Tag\" } ]").Texts;
            var run = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation(references: new MetadataReference[0]));

            Assert.Single(run.Diagnostics, x => x.Id == "FF0603" && x.GetMessage().Contains("System.DateOnly"));
        }

        [Fact]
        public void MissingDateOnlyIsNotReportedWithoutADateField()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Driver(OneForm()), GeneratorHarness.Compilation(references: new MetadataReference[0]));

            Assert.DoesNotContain(run.Diagnostics, x => x.GetMessage().Contains("System.DateOnly"));
        }

        [Fact]
        public void MissingRuntimeIsReportedWhenAFormHasAFileField()
        {
            var texts = new DefinitionSet().Form("test", "[ { \"id\": \"beleg\", \"type\": \"file\", \"label\": \"Beleg\" } ]").Texts;
            var withoutRuntime = GeneratorHarness.References.Where(r => !r.Display!.EndsWith("FormFactory.Runtime.dll")).ToList();
            var run = GeneratorHarness.Run(GeneratorHarness.Driver(texts), GeneratorHarness.Compilation(references: withoutRuntime));

            Assert.Single(run.Diagnostics, x => x.Id == "FF0603" && x.GetMessage().Contains("FormFactory.Runtime.Attachment"));
        }

        [Fact]
        public void MissingRuntimeOrSystemTextJsonIsReportedForEveryFormBecauseOfItsValidator()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Driver(OneForm()), GeneratorHarness.Compilation(references: new MetadataReference[0]));

            var validationResult = Assert.Single(run.Diagnostics, x => x.Id == "FF0603" && x.GetMessage().Contains("FormFactory.Runtime.ValidationResult"));
            Assert.Single(run.Diagnostics, x => x.Id == "FF0603" && x.GetMessage().Contains("System.Text.Json.JsonElement"));
            // The validator, not the model, needs these types: the message must not speak of models only.
            Assert.StartsWith("The generated code needs 'FormFactory.Runtime.ValidationResult'", validationResult.GetMessage());
        }

        private static IReadOnlyList<AdditionalText> OneForm() =>
            new DefinitionSet().Form("test", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ]").Texts;
    }
}
