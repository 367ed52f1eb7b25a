using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>Every real export under Cases/ renders as <c>formfactory build</c> renders it, every label on the page.</summary>
    public class RenderingTests
    {
        public static TheoryData<string> Exports() => RealExportTests.Exports();

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedServiceRendersAPackageShowingEveryLabel(string file) =>
            ImportedService.AssertRenders(ImportedService.WithService(Cases.Import(file).Files));
    }
}
