using System.Linq;
using FormFactory.Fim.Tests.Support;
using Microsoft.CodeAnalysis;

namespace FormFactory.Fim.Tests
{
    /// <summary>Imported definitions go through the generator: typed records and code list enums that compile without warnings.</summary>
    public class GeneratorTests
    {
        public static TheoryData<string> Schemas() => new()
        {
            "xdf2/S00000094V1.0_xdf2.xml",
            "xdf2/S00000121V1.0_BlaueKarte_xdf2.xml",
            "xdf2/test_label_xdf2.xml",
            "xdf2/test_select_codelisteReferenz_xdf2.xml",
        };

        [Theory]
        [MemberData(nameof(Schemas))]
        public void ImportedServiceGeneratesCleanCode(string file)
        {
            var imported = Cases.Import(file);
            var (generator, sources, compiler) = GeneratorRun.Run(imported.Files);
            Assert.True(generator.All(d => d.Severity < DiagnosticSeverity.Warning), string.Join("\n", generator));
            Assert.True(compiler.Count == 0, "The generated code does not compile cleanly:\n" + string.Join("\n", compiler.Take(20)));
            string form = imported.Files.Single(f => f.Path.StartsWith("services/", System.StringComparison.Ordinal)).IdFromName!;
            Assert.Contains(char.ToUpperInvariant(form[0]) + form.Substring(1) + ".g.cs", sources.Keys);
        }

        [Fact]
        public void ImportedCodeListsBecomeEnums()
        {
            var (_, sources, compiler) = GeneratorRun.Run(Cases.Import("xdf2/S00000094V1.0_xdf2.xml").Files);
            Assert.Empty(compiler);
            Assert.Contains("CodeLists.Staat.g.cs", sources.Keys);
            Assert.Contains("\"000\"", sources["CodeLists.Staat.g.cs"]);
        }
    }
}
