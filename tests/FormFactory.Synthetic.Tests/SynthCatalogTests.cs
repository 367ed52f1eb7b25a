using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Factory;

namespace FormFactory.Synthetic.Tests
{
    public class SynthCatalogTests : IClassFixture<SynthCatalogFixture>
    {
        private readonly SynthCatalogFixture _f;

        public SynthCatalogTests(SynthCatalogFixture fixture) => _f = fixture;

        private Catalog Catalog => _f.Loaded.Catalog;

        [Fact]
        public void BindsWithoutErrorsIncludingSchemaChecks() =>
            Assert.True(_f.Loaded.Diagnostics.Count(d => d.IsError) == 0, string.Join("\n", _f.Loaded.Diagnostics.Take(20)));

        [Fact]
        public void HasNoWarningsEither() => Assert.Empty(_f.Loaded.Diagnostics);

        [Fact]
        public void EveryServiceIsInTheCatalog() => Assert.Equal(300, Catalog.Forms.Count);

        [Fact]
        public void UsesTheFourteenOzgThemenfelder()
        {
            var fields = Catalog.Forms.Select(f => f.Ozg!.Themenfeld).Distinct().ToList();
            Assert.Equal(14, fields.Count);
            Assert.Contains("Unternehmensführung & -entwicklung", fields);
            Assert.Equal(602, Ozg.Leistungsbuendel.For(42).Select(b => b.Name + b.Themenfeld).Distinct().Count());
        }

        [Fact]
        public void HasTenantsOfEveryMunicipalityType() =>
            Assert.Equal(Definitions.Binding.Vocabulary.MunicipalityTypes.OrderBy(t => t), Catalog.Tenants.Select(t => t.Type).Distinct().OrderBy(t => t));

        [Fact]
        public void SharesBlocksAndCodeLists()
        {
            Assert.Contains(Catalog.Blocks, b => b.Id == "vertretung");
            Assert.True(Catalog.CodeLists.Count > 100);
        }

        [Fact]
        public void MixesEveryFieldType()
        {
            var kinds = new HashSet<FieldKind>();
            void Walk(IEnumerable<FieldModel> fields)
            {
                foreach (var field in fields)
                {
                    kinds.Add(field.Kind);
                    Walk(field.Fields);
                }
            }
            foreach (var form in Catalog.Forms) Walk(form.Steps.SelectMany(s => s.Fields));
            Assert.Equal(Enum.GetValues<FieldKind>().OrderBy(k => k), kinds.OrderBy(k => k));
        }

        [Fact]
        public void HasRulesConditionsAndRepeats()
        {
            Assert.True(Catalog.Forms.Count(f => f.Rules.Count > 0) > 150);
            var text = string.Join("\n", System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(_f.Folder, "services")).Take(100).Select(System.IO.File.ReadAllText));
            Assert.Contains("\"visibleWhen\"", text);
            Assert.Contains("\"requiredWhen\"", text);
            Assert.Contains("\"repeat\"", text);
            Assert.Contains("item.", text);
        }

        [Fact]
        public void HistoryCoversThreeYearsAndLeavesABacklog()
        {
            var report = FactoryReportBuilder.Build(Catalog, new ReportOptions { AsOf = _f.Options.End });
            Assert.Equal(156, report.Throughput.Count);
            var completed = report.StatusCounts.Single(c => c.Key == "abgeschlossen").Count;
            Assert.InRange(completed, 120, 260);
            Assert.True(report.Forecast.Remaining > 0);
            Assert.Equal(Factory.Forecasting.ForecastOutcome.Forecast, report.Forecast.Outcome);
            Assert.True(report.WorkInProgress.Max(w => w.Count) > 0);
            Assert.All(report.StatusCounts, c => Assert.True(c.Key == null || c.Count > 0 || c.Key == "zurueckgestellt", c.Key));
        }
    }
}
