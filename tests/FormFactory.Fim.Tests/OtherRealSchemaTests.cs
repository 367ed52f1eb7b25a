using System.Linq;
using FormFactory.Definitions;
using FormFactory.Fim.Report;
using FormFactory.Fim.Tests.Support;
using FormFactory.Workspace;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// Real XDatenfelder files from other public repositories (Cases/others/, see Cases/README.md), tried as a new user
    /// would: each imports, validates, generates and renders without edits, and what it does oddly is reported.
    /// </summary>
    public class OtherRealSchemaTests
    {
        public static TheoryData<string> Schemas() => Cases.Schemas("others/xdf2", "others/xdf3");

        [Theory]
        [MemberData(nameof(Schemas))]
        public void ImportsAndPassesTheLoaderWithoutDiagnostics(string file)
        {
            var result = Cases.Import(file);
            Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
            var bound = CatalogLoader.Bind(result.Files);
            Assert.True(bound.Diagnostics.Count == 0, string.Join("\n", bound.Diagnostics));
        }

        [Theory]
        [MemberData(nameof(Schemas))]
        public void GeneratesCleanCode(string file) =>
            ImportedService.AssertGeneratesCleanCode(ImportedService.WithService(Cases.Import(file).Files));

        [Theory]
        [MemberData(nameof(Schemas))]
        public void RendersEveryLabel(string file) =>
            ImportedService.AssertRenders(ImportedService.WithService(Cases.Import(file).Files));

        [Fact]
        public void ARuleOnAFieldIsKeptAsANoteAndReported()
        {
            var result = Cases.Import("others/xdf2/data-field-rule.xml");
            var rule = result.Entry("R60000037V1.2");
            Assert.Equal(MappingStatus.Partly, rule.Status);
            Assert.Contains("MindestEineAngabe", result.File("services/test.form.json"));
        }

        [Fact]
        public void AnAbstractGroupWithoutFieldsBecomesAnEmptyBlockAndIsReported()
        {
            var result = Cases.Import("others/xdf2/data-group-rule.xml");
            Assert.Contains("the group has no fields", result.Entry("G00000082V1.3").Notes);
            Assert.Contains(result.Files, f => f.Path == "blocks/natuerlichePerson.block.json");
        }

        [Fact]
        public void AFieldInANestedGroupKeepsItsFimIdConstraintsAndHelp()
        {
            var field = Cases.Import("others/xdf2/simple.xml").Field("blocks/natuerlichePerson.block.json", "familienname");
            Assert.Equal("F60000227", (string?)field["fim"]);
            Assert.Equal(120, (int?)field["maxLength"]);
            Assert.Equal("Hilfe Eingabe", (string?)field["hint"]);
        }

        [Fact]
        public void ASchemaWithoutFieldsAndWithRepeatedOptionalElementsImports()
        {
            var result = Cases.Import("others/xdf2/duplicate-optional-value.xml");
            Assert.Equal(DefinitionFileKind.Form, Assert.Single(result.Files).Kind);
        }

        [Fact]
        public void ASecondIdElementIsReportedAndTheFirstIsUsed()
        {
            var result = Cases.Import("others/xdf3/duplicate-id-node.xml");
            Assert.Contains("its <identifikation> has more than one <id>; the first, 'G123', is used", result.Entry("G123V1.2.0").Notes);
        }
    }
}
