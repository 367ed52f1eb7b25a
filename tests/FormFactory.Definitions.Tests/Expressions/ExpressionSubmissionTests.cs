using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>
    /// Expressions evaluated against real submissions by the reference validator: what an empty or hidden field
    /// reads as, and how <c>item</c>, <c>count</c> and <c>sum</c> see repeated groups. Each test shows a required
    /// probe field whose <c>visibleWhen</c> is the expression: it is reported as missing exactly when the expression is true.
    /// </summary>
    public class ExpressionSubmissionTests
    {
        private static FormTestCase Probe(string fields, string condition) =>
            new FormTestCase().CodeList("farben", "rot", "blau").Form("test", "[ " + fields
                + $$""", { "id": "probe", "type": "text", "label": "Probe", "required": true, "visibleWhen": "{{condition}}" } ]""");

        private static void IsTrue(FormTestCase form, string json) => form.Validator().Expect(json, "probe required");

        private static void IsFalse(FormTestCase form, string json) => form.Validator().Valid(json);

        private const string Text = """{ "id": "t", "type": "text", "label": "T" }""";

        [Theory]
        [InlineData("{}")]
        [InlineData("""{ "t": null }""")]
        [InlineData("""{ "t": "" }""")]
        public void AMissingNullOrEmptyTextReadsAsNull(string json)
        {
            IsTrue(Probe(Text, "t == null"), json);
            IsTrue(Probe(Text, "isEmpty(t)"), json);
            IsTrue(Probe(Text, "len(t) == 0"), json);
            IsFalse(Probe(Text, "t == ''"), json);
            IsFalse(Probe(Text, "t != 'x'"), json);
        }

        [Fact]
        public void AFilledTextReadsAsItself()
        {
            IsTrue(Probe(Text, "t == 'Bello'"), """{ "t": "Bello" }""");
            IsTrue(Probe(Text, "t != 'bello'"), """{ "t": "Bello" }""");
            IsTrue(Probe(Text, "len(t) == 2"), """{ "t": "🐕🐕" }""");
        }

        [Fact]
        public void AnEmptyListReadsAsNull()
        {
            var form = Probe("""{ "id": "farben", "type": "multiChoice", "codeList": "farben", "label": "F" }""", "farben == null");
            IsTrue(form, """{ "farben": [] }""");
            IsFalse(form, """{ "farben": ["rot"] }""");
            IsTrue(Probe("""{ "id": "farben", "type": "multiChoice", "codeList": "farben", "label": "F" }""", "contains(farben, 'rot')"), """{ "farben": ["blau", "rot"] }""");
        }

        [Fact]
        public void ARepeatedGroupWithoutEntriesReadsAsNull()
        {
            const string Hunde = """{ "id": "hunde", "type": "group", "label": "H", "repeat": {}, "fields": [ { "id": "name", "type": "text", "label": "N" } ] }""";
            IsTrue(Probe(Hunde, "hunde == null"), """{ "hunde": [] }""");
            IsTrue(Probe(Hunde, "count(hunde) == 0"), """{ "hunde": [] }""");
            IsTrue(Probe(Hunde, "count(hunde) == 2"), """{ "hunde": [ {}, { "name": "x" } ] }""");
            IsTrue(Probe(Hunde, "len(hunde) == 2"), """{ "hunde": [ {}, {} ] }""");
        }

        [Fact]
        public void AGroupWithoutValuesReadsAsNull()
        {
            const string Gruppe = """{ "id": "g", "type": "group", "label": "G", "required": false, "fields": [ { "id": "x", "type": "text", "label": "X" } ] }""";
            IsTrue(Probe(Gruppe, "g == null"), """{ "g": { "x": "" } }""");
            IsTrue(Probe(Gruppe, "isEmpty(g)"), "{}");
            IsTrue(Probe(Gruppe, "g != null"), """{ "g": { "x": "a" } }""");
        }

        [Fact]
        public void AValueOfTheWrongShapeReadsAsNull()
        {
            var form = Probe("""{ "id": "n", "type": "integer", "label": "N" }""", "n == null");
            form.Validator().Expect("""{ "n": "12" }""", "n format", "probe required");
        }

        [Fact]
        public void AnUntickedCheckboxReadsAsNull()
        {
            const string Box = """{ "id": "ok", "type": "boolean", "as": "checkbox", "label": "OK" }""";
            IsTrue(Probe(Box, "ok == null"), """{ "ok": false }""");
            IsFalse(Probe(Box, "ok == false"), """{ "ok": false }""");
            IsTrue(Probe(Box, "ok == true"), """{ "ok": true }""");
            const string Radios = """{ "id": "ok", "type": "boolean", "label": "OK" }""";
            IsTrue(Probe(Radios, "ok == false"), """{ "ok": false }""");
        }

        [Fact]
        public void AHiddenFieldReadsAsNullEvenWhenSubmitted()
        {
            const string Fields = """
                { "id": "a", "type": "boolean", "label": "A" },
                { "id": "b", "type": "text", "label": "B", "visibleWhen": "a == true" }
                """;
            IsTrue(Probe(Fields, "b == 'x'"), """{ "a": true, "b": "x" }""");
            IsFalse(Probe(Fields, "b == 'x'"), """{ "a": false, "b": "x" }""");
            IsTrue(Probe(Fields, "b == null"), """{ "a": false, "b": "x" }""");
        }

        [Fact]
        public void AFieldInsideAHiddenGroupReadsAsNull()
        {
            const string Fields = """
                { "id": "a", "type": "boolean", "label": "A" },
                { "id": "g", "type": "group", "label": "G", "visibleWhen": "a == true", "fields": [ { "id": "x", "type": "text", "label": "X" } ] }
                """;
            IsTrue(Probe(Fields, "g.x == 'y'"), """{ "a": true, "g": { "x": "y" } }""");
            IsFalse(Probe(Fields, "g.x == 'y'"), """{ "a": false, "g": { "x": "y" } }""");
        }

        [Fact]
        public void HidingChainsThroughVisibility()
        {
            const string Fields = """
                { "id": "a", "type": "boolean", "label": "A" },
                { "id": "b", "type": "text", "label": "B", "visibleWhen": "a == true" },
                { "id": "c", "type": "text", "label": "C", "visibleWhen": "b == 'x'" }
                """;
            IsTrue(Probe(Fields, "c == 'y'"), """{ "a": true, "b": "x", "c": "y" }""");
            IsFalse(Probe(Fields, "c == 'y'"), """{ "a": false, "b": "x", "c": "y" }""");
        }

        [Fact]
        public void ItemReadsTheEntryTheFieldBelongsTo()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "max": 5 }, "fields": [
                    { "id": "rasse", "type": "text", "label": "Rasse", "required": true },
                    { "id": "rasseSonstige", "type": "text", "label": "Welche Rasse?", "visibleWhen": "item.rasse == 'sonstige'", "requiredWhen": "item.rasse == 'sonstige'" } ] } ]
                """).Validator();
            var result = v.Expect("""{ "hunde": [ { "rasse": "dackel", "rasseSonstige": "Wird nicht behalten" }, { "rasse": "sonstige" }, { "rasse": "sonstige", "rasseSonstige": "Podenco" } ] }""",
                "hunde[1].rasseSonstige required");
            Assert.Equal("""{"hunde":[{"rasse":"dackel"},{"rasse":"sonstige"},{"rasse":"sonstige","rasseSonstige":"Podenco"}]}""", result.KeptJson);
        }

        [Fact]
        public void SumAddsTheVisibleValuesOfAllEntries()
        {
            const string Haushalt = """
                { "id": "haushalt", "type": "group", "label": "H", "repeat": {}, "fields": [
                  { "id": "einkommen", "type": "boolean", "label": "Einkommen?" },
                  { "id": "betrag", "type": "money", "label": "Betrag", "visibleWhen": "item.einkommen == true" } ] }
                """;
            var form = Probe(Haushalt, "sum(haushalt, item.betrag) > 1000");
            IsTrue(form, """{ "haushalt": [ { "einkommen": true, "betrag": 600 }, { "einkommen": true, "betrag": 400.01 } ] }""");
            IsFalse(form, """{ "haushalt": [ { "einkommen": true, "betrag": 600 }, { "einkommen": false, "betrag": 400.01 } ] }""");
            IsFalse(form, """{ "haushalt": [ { "einkommen": true, "betrag": 600 }, { "einkommen": true, "betrag": 400 } ] }""");
            IsTrue(Probe(Haushalt, "sum(haushalt, item.betrag) == 0"), """{ "haushalt": [ {}, {} ] }""");
        }

        [Fact]
        public void SumInsideAnEntryAddsTheEntriesOfItsOwnNestedGroup()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "haushalt", "type": "group", "label": "H", "repeat": {}, "fields": [
                    { "id": "einkommen", "type": "group", "label": "E", "repeat": {}, "fields": [ { "id": "betrag", "type": "money", "label": "B" } ] },
                    { "id": "probe", "type": "text", "label": "P", "required": true, "visibleWhen": "sum(item.einkommen, item.betrag) > 100" } ] } ]
                """).Validator();
            v.Expect("""{ "haushalt": [ { "einkommen": [ { "betrag": 60 }, { "betrag": 50 } ] }, { "einkommen": [ { "betrag": 60 } ] }, {} ] }""",
                "haushalt[0].probe required");
        }

        [Fact]
        public void ExpressionsSeeTheInjectedToday()
        {
            var form = Probe("""{ "id": "geburt", "type": "date", "label": "Geburt" }""", "age(geburt) < 18");
            form.Validator(today: new System.DateTime(2026, 6, 14)).Expect("""{ "geburt": "2008-06-15" }""", "probe required");
            form.Validator(today: new System.DateTime(2026, 6, 15)).Valid("""{ "geburt": "2008-06-15" }""");
        }
    }
}
