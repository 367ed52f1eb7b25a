using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>FF05xx: vocabularies, options and the factory's metadata.</summary>
    public class FactoryDiagnosticsTests
    {
        /// <summary>A service whose <c>factory</c> object holds <paramref name="factoryLines"/>, starting on line 4.</summary>
        private static FormTestCase ServiceWithFactory(string factoryLines) => new FormTestCase()
            .File("services/test.form.json", "{\n  \"id\": \"test\", \"title\": \"Test\",\n  \"factory\": {\n" + factoryLines
                + "\n  },\n  \"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [] } ]\n}\n");

        [Fact]
        public void StatusOutsideTheVocabularyIsReportedAtTheStatus()
        {
            var d = ServiceWithFactory("""
                    "status": "fertig"
                """)
                .ExpectOnlyDiagnostic("FF0501", 4, 15);
            Assert.StartsWith("Unknown status 'fertig'", d.Message);
        }

        [Fact]
        public void HistoryStatusOutsideTheVocabularyIsUnknown()
        {
            ServiceWithFactory("""
                    "history": [ { "status": "erledigt", "on": "2026-01-05" } ]
                """)
                .ExpectOnlyDiagnostic("FF0501", 4, 30);
        }

        [Fact]
        public void PriorityOutsideTheVocabularyIsReportedAtThePriority()
        {
            ServiceWithFactory("""
                    "priority": "dringend"
                """)
                .ExpectOnlyDiagnostic("FF0502", 4, 17);
        }

        [Fact]
        public void RelevanceOutsideTheVocabularyIsReportedAtTheEntry()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "relevance": ["gemeinde", "dorf"],
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0503", 3, 29);
            Assert.StartsWith("Unknown municipality type 'dorf'", d.Message);
        }

        [Fact]
        public void TenantTypeOutsideTheVocabularyIsUnknown()
        {
            new FormTestCase()
                .File("tenants/rossdorf.tenant.json", """
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf",
                      "type": "dorf"
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0503", 3, 11);
        }

        [Fact]
        public void MaturityAboveTheDefaultModelIsReportedAtTheLevel()
        {
            var d = ServiceWithFactory("""
                    "maturity": 5
                """)
                .ExpectOnlyDiagnostic("FF0504", 4, 17);
            Assert.Equal("Maturity 5 is outside the levels 0–4 of maturity model 1.1.", d.Message);
        }

        [Fact]
        public void MaturityModelTwoAllowsLevelsUpToSeven()
        {
            var d = ServiceWithFactory("""
                    "maturity": 5,
                    "maturityTarget": 8
                """)
                .File("factory.json", """{ "name": "Fabrik", "maturityModel": "2.0" }""")
                .ExpectOnlyDiagnostic("FF0504", 5, 23);
            Assert.Contains("0–7 of maturity model 2.0", d.Message);
        }

        [Fact]
        public void StatusChangeDatedBeforeThePreviousIsReportedAtItsDate()
        {
            var d = ServiceWithFactory("""
                    "history": [
                      { "status": "in-planung", "on": "2026-03-01" },
                      { "status": "offen", "on": "2026-02-01" }
                    ]
                """)
                .ExpectOnlyDiagnostic("FF0505", 6, 34);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        }

        [Fact]
        public void UnknownSubmissionFormatIsReportedAtTheFormat()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "submission": { "formats": ["json", "pdf"] },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0506", 3, 39);
            Assert.Equal("Unknown submission format 'pdf'; use one of: json, xml.", d.Message);
        }

        [Fact]
        public void UnknownMaturityModelIsReportedAtTheModel()
        {
            new FormTestCase()
                .File("factory.json", """
                    {
                      "name": "Fabrik",
                      "maturityModel": "3.0"
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0506", 3, 20);
        }

        [Fact]
        public void UnknownDisplayOfABooleanIsAnUnknownOption()
        {
            new FormTestCase().FormLines("""
                    { "id": "einverstanden", "type": "boolean", "label": "Einverstanden",
                      "as": "toggle" }
                """)
                .ExpectOnlyDiagnostic("FF0506", 5, 13);
        }

        [Fact]
        public void LanguageThatIsNoCodeIsAnUnknownOption()
        {
            new FormTestCase()
                .File("factory.json", """
                    {
                      "name": "Fabrik",
                      "languages": ["de", "English"]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0506", 3, 23);
        }

        [Fact]
        public void ListedLanguageWithoutInterfaceTextsIsAWarningAndStaysListed()
        {
            var test = new FormTestCase()
                .File("factory.json", """
                    {
                      "name": "Fabrik",
                      "languages": ["de", "en", "tr"]
                    }
                    """);
            var d = test.ExpectOnlyDiagnostic("FF0508", 3, 29);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("'tr' is listed, but pages exist in de and en only", d.Message);
            Assert.Equal("de,en,tr", string.Join(",", test.Bind().Catalog.Settings.Languages));
        }

        [Theory]
        [InlineData("0", "0")]
        [InlineData("3651", "3651")]
        [InlineData("7.5", "7.5")]
        [InlineData("\"30\"", "a string")]
        public void ARetentionPeriodOutsideOneDayToTenYearsIsInvalid(string value, string shown)
        {
            var d = new FormTestCase()
                .File("tenants/rossdorf.tenant.json", $$"""
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde",
                      "retentionDays": {{value}}
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0509", 3, 20);
            Assert.Equal($"retentionDays must be a whole number of days from 1 to 3650 (ten years), not {shown}.", d.Message);
        }

        [Fact]
        public void ARetentionPeriodOfAServiceOverridesTheTenants()
        {
            var test = new FormTestCase()
                .File("services/test.form.json", """
                    { "id": "test", "title": "Test", "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ] }
                    """)
                .File("tenants/rossdorf.tenant.json", """
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde", "offers": ["test"], "retentionDays": 30,
                      "services": { "test": { "retentionDays": 90 } }
                    }
                    """);
            var tenant = test.Bind().Catalog.Tenant("rossdorf")!;
            Assert.Equal((30, 90, 30), (tenant.RetentionDays!.Value, tenant.RetentionOf("test")!.Value, tenant.RetentionOf("other")!.Value));
        }

        [Fact]
        public void ARetentionPeriodOfAServiceIsCheckedToo()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    { "id": "test", "title": "Test", "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ] }
                    """)
                .File("tenants/rossdorf.tenant.json", """
                    {
                      "id": "rossdorf", "name": "Gemeinde Roßdorf", "type": "gemeinde",
                      "services": { "test": { "retentionDays": -1 } }
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0509", 3, 44);
        }

        [Fact]
        public void StatusThatDisagreesWithTheLastHistoryEntryIsReportedAtTheStatus()
        {
            var d = ServiceWithFactory("""
                    "status": "abgeschlossen",
                    "history": [ { "status": "in-bearbeitung", "on": "2026-02-01" } ]
                """)
                .ExpectOnlyDiagnostic("FF0507", 4, 15);
            Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("'abgeschlossen' but the last history entry says 'in-bearbeitung'", d.Message);
        }

        [Theory]
        [InlineData("""{ "name": "F" }""", false, "de")]
        [InlineData("""{ "name": "F", "languages": ["en"] }""", true, "de,en")]
        [InlineData("""{ "name": "F", "languages": ["de", "en", "en"] }""", true, "de,en")]
        public void LanguagesAreGermanAndTheListedOnesAndSayWhetherAListWasGiven(string factoryJson, bool listed, string languages)
        {
            var settings = new FormTestCase().File("factory.json", factoryJson).Bind().Catalog.Settings;
            Assert.Equal(listed, settings.LanguagesListed);
            Assert.Equal(languages, string.Join(",", settings.Languages));
            Assert.True(settings.Publishes("de"));
            Assert.Equal(!listed || languages.Contains("en"), settings.Publishes("en"));
        }
    }
}
