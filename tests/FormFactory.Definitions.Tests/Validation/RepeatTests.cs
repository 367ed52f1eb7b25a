using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class RepeatTests
    {
        private static FormTestCase Hunde(string repeat, string extra = "") =>
            new FormTestCase().Form("test", $$"""
                [ { "id": "hunde", "type": "group", "label": "Hunde", "repeat": {{repeat}}{{extra}}, "fields": [
                    { "id": "name", "type": "text", "label": "Name", "required": true },
                    { "id": "chipnummer", "type": "text", "label": "Chipnummer", "pattern": "^[0-9]{15}$" } ] } ]
                """);

        private static string Entries(int count)
        {
            var items = new string[count];
            for (int i = 0; i < count; i++) items[i] = $$"""{ "name": "Hund {{i}}" }""";
            return "{ \"hunde\": [" + string.Join(", ", items) + "] }";
        }

        [Fact]
        public void FewerEntriesThanRepeatMinFailRepeatMin()
        {
            var v = Hunde("""{ "min": 2, "max": 4 }""").Validator();
            v.Expect(Entries(1), "hunde repeatMin");
            v.Expect(Entries(0), "hunde repeatMin");
            v.Expect("{}", "hunde repeatMin");
            v.Valid(Entries(2));
        }

        [Fact]
        public void MoreEntriesThanRepeatMaxFailRepeatMax()
        {
            var v = Hunde("""{ "min": 2, "max": 4 }""").Validator();
            v.Valid(Entries(4));
            v.Expect(Entries(5), "hunde repeatMax");
        }

        [Fact]
        public void WithoutMaxThereIsNoUpperBoundAndMinDefaultsToZero()
        {
            var v = Hunde("{}").Validator();
            v.Valid(Entries(0));
            v.Valid("{}");
            v.Valid(Entries(50));
        }

        [Fact]
        public void AnOptionalRepeatedGroupMayHaveNoEntries()
        {
            var v = Hunde("""{ "min": 1 }""", ", \"required\": false").Validator();
            v.Valid("{}");
            v.Valid(Entries(0));
            v.Valid(Entries(1));
        }

        [Fact]
        public void ErrorsInsideEntriesNameTheEntryIndex() =>
            Hunde("""{ "max": 5 }""").Validator().Expect("""
                { "hunde": [ { "name": "Bello", "chipnummer": "276098106543210" },
                             { "chipnummer": "12345" },
                             { "name": "Rex", "chipnummer": "abc" } ] }
                """, "hunde[1].name required", "hunde[1].chipnummer pattern", "hunde[2].chipnummer pattern");

        [Fact]
        public void RepeatCountErrorsAndEntryErrorsAreBothReported() =>
            Hunde("""{ "max": 1 }""").Validator().Expect("""{ "hunde": [ { "name": "A" }, {} ] }""", "hunde repeatMax", "hunde[1].name required");

        [Fact]
        public void NestedRepeatsNameEveryIndex()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "haushalt", "type": "group", "label": "Haushalt", "repeat": { "max": 5 }, "fields": [
                    { "id": "name", "type": "text", "label": "Name", "required": true },
                    { "id": "einkommen", "type": "group", "label": "Einkommen", "repeat": { "max": 3 }, "fields": [
                      { "id": "betrag", "type": "money", "label": "Betrag", "required": true, "min": 0 } ] } ] } ]
                """).Validator();
            v.Expect("""{ "haushalt": [ { "name": "A", "einkommen": [ { "betrag": 10 } ] }, { "name": "B", "einkommen": [ { "betrag": 5 }, { "betrag": -1 }, {} ] } ] }""",
                "haushalt[1].einkommen[1].betrag min", "haushalt[1].einkommen[2].betrag required");
        }
    }
}
