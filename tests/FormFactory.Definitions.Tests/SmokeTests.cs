using System.Linq;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests
{
    public class SmokeTests
    {
        [SampleCatalogFact]
        public void SampleCatalogBindsWithoutErrors()
        {
            var result = FormFactory.Definitions.Binding.CatalogBinder.Bind(RepositoryPaths.SampleFiles());
            Assert.True(!result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.True(result.Catalog.Forms.Count >= 10);
        }

        [Fact]
        public void MisspeltPropertyIsReportedAtItsName()
        {
            var d = new FormTestCase()
                .Form("test", "[ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\", \"requird\": true } ]")
                .ExpectDiagnostic("FF0101", 1, 145);
            Assert.Contains("required", d.Message);
        }
    }
}
