using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Fim.Mapping;
using FormFactory.Fim.Model;
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

        [Fact]
        public void ARuleReadingAFieldOfAGroupIncludedTwiceIsAmbiguous()
        {
            // G2 holds G1 twice, G3 holds G2 twice …: the second occurrence of each is written empty (same id), so
            // the block is written once and included twice, and the status field is reached on many paths.
            string group = Xdf.Group("G00000001", "Gruppe 1", Xdf.Field("F00000001", "Status", datentyp: "bool"));
            for (int k = 2; k <= 6; k++)
                group = Xdf.Group($"G{k:D8}", $"Gruppe {k}", group + Xdf.Group($"G{k - 1:D8}", $"Gruppe {k - 1}", ""));
            string termin = Xdf.Field("F00000002", "Termin", extra: Xdf.Rule2("R00000001",
                "\"F00000002 Termin\" ist nur dann zu befüllen, wenn \"F00000001 Status\" bejaht wurde."));
            var result = Xdf.Import(("s.xml", Xdf.Schema2(group + termin))).AssertClean();
            Assert.Contains("F00000001 occurs more than once there, so the rule is ambiguous", result.Entry("R00000001V1.0").Notes);
            Assert.Null(result.FormField("termin")["visibleWhen"]);
        }

        [Fact]
        public void FieldsSharedByManyInclusionsAreSummarisedOncePerBlockNotWalkedPathByPath()
        {
            // 60 levels, each including the one below twice: 2^60 paths to the status field. A walk path by path
            // never ends; summarising each shared list of fields once takes 60 steps.
            var status = new FieldDraft("status", "boolean", new JsonObject(), new FimField { Identification = new FimIdentification("F1", null) });
            IReadOnlyList<FieldDraft> level = new[] { status };
            for (int k = 1; k <= 60; k++)
            {
                var group = new FimGroup { Identification = new FimIdentification("G" + k, null) };
                level = new[]
                {
                    new FieldDraft("a", "block", new JsonObject(), group) { Children = level },
                    new FieldDraft("b", "block", new JsonObject(), group) { Children = level },
                };
            }
            var top = new FieldLookup(level, itemScope: false);
            Assert.Equal(2, top.Readable("F1").Count);
            Assert.Equal(0, top.Changeable("F1").Count);
            var one = new FieldLookup(new[] { new FieldDraft("g", "block", new JsonObject(), new FimGroup()) { Children = new[] { status } } }, itemScope: true);
            Assert.Equal((1, "item.g.status"), (one.Readable("F1").Count, one.Readable("F1").Path));
        }
    }
}
