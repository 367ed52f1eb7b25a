using System;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class DateChecksTests
    {
        private static FormTestCase Date(string properties) =>
            new FormTestCase().Form("test", $$"""[ { "id": "datum", "type": "date", "label": "Datum", {{properties}} } ]""");

        [Theory]
        [InlineData("\"today()\"")]
        [InlineData("\"date('2026-06-15')\"")]
        [InlineData("\"2026-06-15\"")]
        public void MinIsAnInclusiveDateBound(string min)
        {
            var v = Date("\"min\": " + min).Validator(today: new DateTime(2026, 6, 15));
            v.Expect("""{ "datum": "2026-06-14" }""", "datum min");
            v.Valid("""{ "datum": "2026-06-15" }""");
            v.Valid("""{ "datum": "2030-01-01" }""");
        }

        [Theory]
        [InlineData("\"today()\"")]
        [InlineData("\"date('2026-06-15')\"")]
        [InlineData("\"2026-06-15\"")]
        public void MaxIsAnInclusiveDateBound(string max)
        {
            var v = Date("\"max\": " + max).Validator(today: new DateTime(2026, 6, 15));
            v.Expect("""{ "datum": "2026-06-16" }""", "datum max");
            v.Valid("""{ "datum": "2026-06-15" }""");
            v.Valid("""{ "datum": "1950-01-01" }""");
        }

        [Fact]
        public void TodayIsTheInjectedDate()
        {
            var form = Date("\"min\": \"today()\"");
            form.Validator(today: new DateTime(2026, 1, 1)).Valid("""{ "datum": "2026-03-01" }""");
            form.Validator(today: new DateTime(2026, 6, 1)).Expect("""{ "datum": "2026-03-01" }""", "datum min");
        }

        [Fact]
        public void AnInjectedTodayWithATimeOfDayCountsAsThatDay()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "datum", "type": "date", "label": "Datum", "min": "today()", "max": "today()" },
                  { "id": "probe", "type": "text", "label": "Probe", "required": true, "visibleWhen": "datum == today()" } ]
                """).Validator(today: new DateTime(2026, 6, 15, 23, 59, 59));
            v.Expect("""{ "datum": "2026-06-15" }""", "probe required");
            v.Expect("""{ "datum": "2026-06-16" }""", "datum max");
        }

        [Fact]
        public void ABoundMayReadAnotherField()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "beginn", "type": "date", "label": "Beginn" },
                  { "id": "ende", "type": "date", "label": "Ende", "min": "beginn" } ]
                """).Validator();
            v.Valid("""{ "beginn": "2026-07-01", "ende": "2026-07-01" }""");
            v.Expect("""{ "beginn": "2026-07-02", "ende": "2026-07-01" }""", "ende min");
            // While the bound is empty there is nothing to check against.
            v.Valid("""{ "ende": "2026-07-01" }""");
        }

        [Theory]
        [InlineData("\"2026-02-30\"")]
        [InlineData("\"2026-02-29\"")]
        [InlineData("\"2026-13-01\"")]
        [InlineData("\"2026-00-10\"")]
        [InlineData("\"15.06.2026\"")]
        [InlineData("\"2026-6-15\"")]
        [InlineData("\"2026-06-15T00:00:00\"")]
        [InlineData("\"20260615\"")]
        [InlineData("\" 2026-06-15\"")]
        [InlineData("20260615")]
        [InlineData("true")]
        [InlineData("{}")]
        public void ANonDateIsAFormatError(string value) =>
            Date("\"required\": true").Validator().Expect($$"""{ "datum": {{value}} }""", "datum format");

        [Fact]
        public void TwentyNinthFebruaryExistsInLeapYears() =>
            Date("\"required\": true").Validator().Valid("""{ "datum": "2028-02-29" }""");

        [Fact]
        public void ABoundFieldThatIsAPlainDateIsThatDate()
        {
            var form = Date("\"min\": \"2026-01-01\", \"max\": \"2026-12-31\"").BoundForm();
            var v = new Definitions.Validation.ReferenceValidator(form, () => new DateTime(2000, 1, 1));
            v.Valid("""{ "datum": "2026-01-01" }""");
            v.Valid("""{ "datum": "2026-12-31" }""");
            v.Expect("""{ "datum": "2025-12-31" }""", "datum min");
            v.Expect("""{ "datum": "2027-01-01" }""", "datum max");
        }

        [Fact]
        public void AnImpossiblePlainDateBoundIsADiagnostic() =>
            Assert.Contains(Date("\"min\": \"2026-02-30\"").Diagnostics(), d => d.Id == "FF0408");

        [Fact]
        public void ADateBoundMustBeADateExpression() =>
            Assert.Contains(Date("\"min\": \"1 + 1\"").Diagnostics(), d => d.Id == "FF0409");
    }
}
