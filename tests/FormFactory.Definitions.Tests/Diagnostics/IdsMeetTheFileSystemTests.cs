using System.Linq;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>
    /// Issue 18, item 1: ids become file and folder names, so <c>validate</c> refuses ids the output layout uses
    /// (FF0111), ids that differ from another of their kind only in case (FF0112) and Windows device names (FF0113).
    /// </summary>
    public class IdsMeetTheFileSystemTests
    {
        private static string Service(string id) => $$"""{ "id": "{{id}}", "title": "T", "steps": [ { "id": "s", "title": "S", "fields": [ { "id": "a", "type": "text", "label": "A" } ] } ] }""";

        [Theory]
        [InlineData("assets")]
        [InlineData("aSSETS")]
        public void ServiceIdReservedByTheOutputLayoutIsRefused(string id)
        {
            var d = new FormTestCase().File($"services/{id}.form.json", Service(id)).ExpectOnlyDiagnostic("FF0111", 1, 9);
            Assert.Contains("choose another service id", d.Message);
        }

        [Fact]
        public void TenantIdReservedByTheOutputLayoutIsRefused() =>
            new FormTestCase().File("tenants/assets.tenant.json", """{ "id": "assets", "name": "A", "type": "gemeinde" }""").ExpectOnlyDiagnostic("FF0111", 1, 9);

        [Fact]
        public void ServiceIdsThatDifferOnlyInCaseAreRefused()
        {
            var d = new FormTestCase()
                .File("services/hundAnmelden.form.json", Service("hundAnmelden"))
                .File("services/hundanmelden.form.json", Service("hundanmelden"))
                .ExpectOnlyDiagnostic("FF0112", 1, 9);
            Assert.Equal("services/hundanmelden.form.json", d.Location.Path);
            Assert.Contains("'hundAnmelden' (in services/hundAnmelden.form.json)", d.Message);
        }

        [Fact]
        public void IdsOfDifferentKindsMayDifferOnlyInCase()
        {
            var result = new FormTestCase()
                .File("services/anschrift.form.json", Service("anschrift"))
                .Block("anSchrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .Bind();
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FF0112");
        }

        [Theory]
        [InlineData("con")]
        [InlineData("nul")]
        [InlineData("prn")]
        [InlineData("aux")]
        [InlineData("com1")]
        [InlineData("lPT9")]
        public void IdThatWindowsCannotHoldIsRefused(string id) =>
            new FormTestCase().File($"services/{id}.form.json", Service(id)).ExpectOnlyDiagnostic("FF0113", 1, 9);

        [Theory]
        [InlineData("console")]
        [InlineData("com10")]
        [InlineData("nulls")]
        [InlineData("assetsAnmelden")]
        public void NamesThatOnlyStartLikeAReservedOneAreFine(string id) =>
            Assert.Empty(new FormTestCase().File($"services/{id}.form.json", Service(id)).Diagnostics());

        [Fact]
        public void BlockAndCodeListIdsMayNotBeWindowsDeviceNames()
        {
            var result = new FormTestCase()
                .CodeList("nul", "a")
                .Block("con", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .Bind();
            Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "FF0113"));
        }
    }
}
