using System.Linq;
using FormFactory.Fim.Mapping;
using FormFactory.Fim.Report;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// The passes over an import that used to be quadratic (numbering equal names from 2 each time, inserting report
    /// entries, walking all fields per rule, searching lists per lookup) give the same results in one pass. The speed
    /// itself is not timed here; these tests pin the behaviour the linear versions must keep.
    /// </summary>
    public class LinearTimeTests
    {
        [Fact]
        public void EqualNamesAreNumberedOnFromTheLastNumberSkippingTakenOnes()
        {
            var scope = new NameScope(new[] { "name3" });
            var ids = Enumerable.Range(0, 5).Select(_ => scope.Take("name", "F1")).ToList();
            Assert.Equal(new[] { "name", "nameF1", "name2", "name4", "name5" }, ids);
            Assert.Equal("name6", scope.Take("name"));
            Assert.Equal("other", scope.Take("other"));
        }

        [Fact]
        public void ThousandsOfEqualFieldsGetUniqueIdsInOrder()
        {
            string fields = string.Concat(Enumerable.Repeat(Xdf.Field("F00000001", "Name"), 3000));
            var result = Xdf.Import(("s.xml", Xdf.Schema2(fields))).AssertClean();
            var ids = System.Text.Json.Nodes.JsonNode.Parse(result.File("services/testantrag.form.json"))!["steps"]![0]!["fields"]!.AsArray()
                .Select(f => (string?)f!["id"]).ToList();
            Assert.Equal(new[] { "name", "nameF00000001" }.Concat(Enumerable.Range(2, 2998).Select(n => "name" + n)), ids);
        }

        [Fact]
        public void AReservedReportPlaceKeepsItsOrderAmongEntriesAddedLater()
        {
            var report = new ImportReport();
            int outer = report.Reserve();
            report.Add("Datenfeld", "A", "a", "s:1", "x", new string[0]);
            int inner = report.Reserve();
            report.Add("Datenfeld", "B", "b", "s:2", "x", new string[0]);
            report.Add("Datenfeldgruppe", "Inner", "i", "s:3", "x", new string[0], at: inner);
            Assert.Equal(new[] { "A", "Inner", "B" }, report.Entries.Select(e => e.FimId));
            report.Add("Datenfeldgruppe", "Outer", "o", "s:4", "x", new string[0], at: outer);
            Assert.Equal(new[] { "Outer", "A", "Inner", "B" }, report.Entries.Select(e => e.FimId));
        }

        [Fact]
        public void ManyRulesOnManyFieldsAreEachTranslated()
        {
            const int n = 400;
            string fields = string.Concat(Enumerable.Range(1, n).Select(i =>
                Xdf.Field($"F{i:D8}", $"Status {i}", datentyp: "bool")
                + Xdf.Field($"F{n + i:D8}", $"Termin {i}", extra: Xdf.Rule2($"R{i:D8}",
                    $"\"F{n + i:D8} Termin\" ist nur dann zu befüllen, wenn \"F{i:D8} Status\" bejaht wurde."))));
            var result = Xdf.Import(("s.xml", Xdf.Schema2(fields))).AssertClean();
            Assert.Equal(n, result.Report.Entries.Count(e => e.Kind == "Regel" && e.Status == MappingStatus.Mapped));
            Assert.Equal("status400 == true", (string?)result.FormField("termin400")["visibleWhen"]);
        }
    }
}
