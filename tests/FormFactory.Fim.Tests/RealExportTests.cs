using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Fim.Tests.Support;
using FormFactory.Workspace;

namespace FormFactory.Fim.Tests
{
    /// <summary>Every real XDatenfelder 2 and 3 export under Cases/ imports into definitions that bind without manual edits.</summary>
    public class RealExportTests
    {
        private static List<string> ExportFiles() =>
            Cases.In("xdf2").Select(n => "xdf2/" + n).Concat(Cases.In("xdf3").Select(n => "xdf3/" + n)).ToList();

        public static TheoryData<string> Exports() => Cases.Schemas("xdf2", "xdf3");

        [Theory]
        [MemberData(nameof(Exports))]
        public void ExportImportsWithoutDiagnostics(string file)
        {
            var result = Cases.Import(file);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            Assert.NotEmpty(result.Files);
        }

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedDefinitionsBindWithoutErrorsOrWarnings(string file)
        {
            var result = CatalogBinder.Bind(Cases.Import(file).Files);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        }

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedDefinitionsPassTheLoaderWithSchemaChecks(string file)
        {
            var result = CatalogLoader.Bind(Cases.Import(file).Files);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        }

        [Fact]
        public void AllExportsImportedTogetherShareBlocksAndBind()
        {
            var inputs = ExportFiles().Select(f => Cases.Input(f)).Concat(Cases.CodeListsBeside()).ToList();
            var result = FimImporter.Import(inputs);
            // The two small XDatenfelder 2 fixtures share the schema id T1234 1.0, the two XDatenfelder 3 ones the group
            // G60000000088 1.2.0: the second of each is skipped with a warning.
            Assert.Equal(new[] { "FF0707", "FF0707" }, result.Diagnostics.Select(d => d.Id));
            Assert.Equal(3, result.Files.Count(f => f.Kind == DefinitionFileKind.Form));
            var bound = CatalogLoader.Bind(result.Files);
            Assert.True(bound.Diagnostics.Count == 0, string.Join("\n", bound.Diagnostics));
        }

        [Fact]
        public void ImportIntoTheSampleCatalogAvoidsItsIdsAndBindsWithIt()
        {
            var sample = RepositoryFiles.SampleDefinitions();
            var taken = sample.Select(f => f.IdFromName).Where(id => id != null).Select(id => id!).ToList();
            var result = FimImporter.Import(new[] { Cases.Input("xdf2/S00000094V1.0_xdf2.xml") }.Concat(Cases.CodeListsBeside()),
                new FimImportOptions { ReservedIds = taken });
            Assert.Empty(result.Diagnostics);
            Assert.DoesNotContain(result.Files, f => taken.Contains(f.IdFromName!));
            Assert.Contains(result.Files, f => f.Path == "codelists/staatC60000020.codelist.json"); // "staat" is a sample list
            var files = sample.Concat(result.Files.Select(f => f with { Path = "imported/" + f.Path })).ToList();
            var bound = CatalogLoader.Bind(files);
            Assert.True(!bound.HasErrors, string.Join("\n", bound.Diagnostics.Where(d => d.IsError)));
        }

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportIsDeterministic(string file)
        {
            var first = Cases.Import(file);
            var second = Cases.Import(file);
            Assert.Equal(first.Files, second.Files);
            Assert.Equal(first.ReportMarkdown, second.ReportMarkdown);
        }
    }
}
