using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using FormFactory.Generator.Pipeline;
using FormFactory.Generator.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests
{
    /// <summary>Editing one definition must not regenerate the services it does not affect.</summary>
    public class IncrementalityTests
    {
        private const string FormA = "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ]";
        private const string FormB = "[ { \"id\": \"farbe\", \"type\": \"choice\", \"codeList\": \"farbe\", \"label\": \"Farbe\" } ]";

        private static DefinitionSet Catalog() => new DefinitionSet()
            .Form("alpha", FormA)
            .Form("beta", FormB)
            .CodeList("farbe", "rot", "gruen");

        private static readonly IncrementalStepRunReason[] NotRegenerated = { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged };

        [Fact]
        public void EditingOneFormRegeneratesOnlyThatForm()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var edited = new InMemoryAdditionalText(DefinitionSet.FormPath("alpha"), DefinitionSet.FormJson("alpha", FormA, title: "Neu"));
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[0], edited));

            Assert.Equal(IncrementalStepRunReason.Modified, FormReason(second, "Alpha.g.cs"));
            Assert.Equal(IncrementalStepRunReason.Unchanged, FormReason(second, "Beta.g.cs"));
            Assert.Contains(OutputReason(second, TrackingNames.FormWithOptions, "Beta.g.cs"), NotRegenerated);
            Assert.All(Outputs(second, TrackingNames.CodeList), o => Assert.Contains(o.Reason, NotRegenerated));
            Assert.Contains("\"Neu\"", second.Sources["Alpha.g.cs"]);
        }

        [Fact]
        public void EditingOneFormLeavesTheSharedFilesAlone()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var edited = new InMemoryAdditionalText(DefinitionSet.FormPath("alpha"), DefinitionSet.FormJson("alpha", FormA, title: "Neu"));
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[0], edited));

            Assert.Contains(Outputs(second, TrackingNames.SupportWithOptions).Single().Reason, NotRegenerated);
            Assert.Contains("FormFactoryValidation.g.cs", second.Sources.Keys);
            Assert.Contains("Alpha.Validation.g.cs", second.Sources.Keys);
        }

        [Fact]
        public void AnEditThatLeavesTheBoundModelAsItWasRegeneratesNothing()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            // The same service laid out anew, its properties in another order: another text, the same bound model.
            var reformatted = new InMemoryAdditionalText(DefinitionSet.FormPath("alpha"),
                "{\n  \"title\": \"Test\",\n\n  \"steps\": [\n    { \"title\": \"Schritt\", \"id\": \"schritt\",\n      \"fields\": " + FormA + " }\n  ],\n  \"id\": \"alpha\"\n}\n");
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[0], reformatted));

            var texts = Outputs(second, TrackingNames.DefinitionText);
            Assert.Equal(IncrementalStepRunReason.Modified, texts.Single(o => ((DefinitionText)o.Value).Path.Contains("alpha")).Reason);
            Assert.All(Outputs(second, TrackingNames.Form), o => Assert.Contains(o.Reason, NotRegenerated));
            Assert.All(Outputs(second, TrackingNames.FormWithOptions), o => Assert.Contains(o.Reason, NotRegenerated));
            Assert.Equal(first.Sources["Alpha.g.cs"], second.Sources["Alpha.g.cs"]);
        }

        [Fact]
        public void EditingABlockRegeneratesExactlyTheServicesThatIncludeIt()
        {
            const string Block = "[ { \"id\": \"ort\", \"type\": \"text\", \"label\": \"Ort\" } ]";
            var set = new DefinitionSet()
                .Block("adresse", Block)
                .Form("alpha", "[ { \"id\": \"adresse\", \"block\": \"adresse\" } ]")
                .Form("beta", FormA)
                .Form("gamma", "[ { \"id\": \"wohnort\", \"block\": \"adresse\" } ]");
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            Assert.Empty(first.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
            var edited = new InMemoryAdditionalText("definitions/blocks/adresse.block.json", new DefinitionSet().Block("adresse", Block.Replace("\"Ort\"", "\"Wohnort\"")).Texts[0].GetText()!.ToString());
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[0], edited));

            Assert.Equal(IncrementalStepRunReason.Modified, FormReason(second, "Alpha.g.cs"));
            Assert.Equal(IncrementalStepRunReason.Modified, FormReason(second, "Gamma.g.cs"));
            Assert.Equal(IncrementalStepRunReason.Unchanged, FormReason(second, "Beta.g.cs"));
            Assert.Contains(OutputReason(second, TrackingNames.FormWithOptions, "Beta.g.cs"), NotRegenerated);
            Assert.Contains("Wohnort", second.Sources["Alpha.g.cs"]);
            Assert.Contains("Wohnort", second.Sources["Gamma.g.cs"]);
        }

        [Fact]
        public void AProjectWithoutServicesGetsNoSharedFiles()
        {
            var run = GeneratorHarness.Run(GeneratorHarness.Driver(new DefinitionSet().CodeList("farbe", "rot").Texts));

            Assert.DoesNotContain("FormFactoryValidation.g.cs", run.Sources.Keys);
            Assert.DoesNotContain("FormFactoryJson.g.cs", run.Sources.Keys);
        }

        [Fact]
        public void OnlyTheEditedFileIsReadAgain()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var edited = new InMemoryAdditionalText(DefinitionSet.FormPath("beta"), DefinitionSet.FormJson("beta", FormB, title: "Neu"));
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[1], edited));

            var texts = Outputs(second, TrackingNames.DefinitionText);
            Assert.Equal(IncrementalStepRunReason.Modified, texts.Single(o => ((DefinitionText)o.Value).Path.Contains("beta")).Reason);
            Assert.All(texts.Where(o => !((DefinitionText)o.Value).Path.Contains("beta")), o => Assert.Contains(o.Reason, NotRegenerated));
        }

        [Fact]
        public void EditingACodeListLabelRegeneratesOnlyItsEnum()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var edited = new InMemoryAdditionalText("definitions/codelists/farbe.codelist.json",
                "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"Rot\" }, { \"code\": \"gruen\", \"label\": \"Grün\" } ] }");
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[2], edited));

            Assert.Equal(IncrementalStepRunReason.Modified, Outputs(second, TrackingNames.CodeList).Single().Reason);
            Assert.All(Outputs(second, TrackingNames.Form), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        }

        [Fact]
        public void AddingACodeToAListRegeneratesTheEnumButNotTheForms()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var edited = new InMemoryAdditionalText("definitions/codelists/farbe.codelist.json",
                "{ \"id\": \"farbe\", \"values\": [ { \"code\": \"rot\", \"label\": \"rot\" }, { \"code\": \"gruen\", \"label\": \"gruen\" }, { \"code\": \"blau\", \"label\": \"blau\" } ] }");
            var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(set.Texts[2], edited));

            Assert.Contains("Blau,", second.Sources["CodeLists.Farbe.g.cs"]);
            Assert.All(Outputs(second, TrackingNames.Form), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        }

        [Fact]
        public void AddingAnUnrelatedAdditionalFileRebindsNothing()
        {
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(Catalog().Texts));
            var second = GeneratorHarness.Run(first.Driver.AddAdditionalTexts(new AdditionalText[] { new InMemoryAdditionalText("appsettings.json", "{}") }.ToImmutableArray()));

            Assert.Equal(IncrementalStepRunReason.Cached, Outputs(second, TrackingNames.Catalog).Single().Reason);
            Assert.All(Outputs(second, TrackingNames.Form), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }

        [Fact]
        public void EditingCSharpCodeRebindsNothing()
        {
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(Catalog().Texts));
            var changed = GeneratorHarness.Compilation(null, "/// <summary>New.</summary>\npublic static class Added { }");
            var second = GeneratorHarness.Run(first.Driver, changed);

            Assert.Equal(IncrementalStepRunReason.Cached, Outputs(second, TrackingNames.Catalog).Single().Reason);
            Assert.All(Outputs(second, TrackingNames.FormWithOptions), o => Assert.Contains(o.Reason, NotRegenerated));
        }

        [Fact]
        public void ChangingTheNamespaceRegeneratesEverything()
        {
            var set = Catalog();
            var first = GeneratorHarness.Run(GeneratorHarness.Driver(set.Texts));
            var driver = first.Driver.WithUpdatedAnalyzerConfigOptions(new TestOptionsProvider(new Dictionary<string, string> { ["FormFactoryRootNamespace"] = "Anders" }));
            var second = GeneratorHarness.Run(driver);

            Assert.All(Outputs(second, TrackingNames.FormWithOptions), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
            Assert.Contains("namespace Anders\n", second.Sources["Beta.g.cs"]);
        }

        private static IncrementalStepRunReason FormReason(GeneratorRun run, string hintName) =>
            Outputs(run, TrackingNames.Form).Single(o => ((FormSpec)o.Value).HintName == hintName).Reason;

        private static IncrementalStepRunReason OutputReason(GeneratorRun run, string step, string hintName) =>
            Outputs(run, step).Single(o => (((FormSpec, GeneratorOptions))o.Value).Item1.HintName == hintName).Reason;

        private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step)
        {
            Assert.True(run.Result.TrackedSteps.TryGetValue(step, out var steps), $"No step '{step}' was tracked.");
            return steps.SelectMany(s => s.Outputs).ToList();
        }
    }
}
