using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>Imported definitions go through the generator: typed records and code list enums that compile without warnings.</summary>
    public class GeneratorTests
    {
        public static TheoryData<string> Exports() => RealExportTests.Exports();

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedServiceGeneratesCleanCode(string file) =>
            ImportedService.AssertGeneratesCleanCode(ImportedService.WithService(Cases.Import(file).Files));

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
