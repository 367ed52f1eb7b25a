using System.Linq;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class RuleTests
    {
        private const string Person = """
            [ { "id": "person", "type": "group", "label": "Person", "fields": [
                { "id": "name", "type": "text", "label": "Name" },
                { "id": "geburtsdatum", "type": "date", "label": "Geburtsdatum", "required": true } ] },
              { "id": "art", "type": "text", "label": "Art" } ]
            """;

        private const string Volljaehrig = """
            [ { "id": "volljaehrig", "assert": "age(person.geburtsdatum) >= 18", "on": ["person.geburtsdatum"],
                "message": { "de": "Sie müssen volljährig sein.", "en": "You must be of age." } } ]
            """;

        [Fact]
        public void AFailingRuleIsAnErrorWithTheRuleIdAsCodeAndItsMessages()
        {
            var result = new FormTestCase().Form("test", Person, Volljaehrig).Validator()
                .Expect("""{ "person": { "geburtsdatum": "2010-01-01" } }""", "person.geburtsdatum volljaehrig");
            var error = result.Errors.Single();
            Assert.Equal("Sie müssen volljährig sein.", error.MessageDe);
            Assert.Equal("You must be of age.", error.MessageEn);
            Assert.Equal("You must be of age.", error.Message("en"));
            Assert.Equal("Sie müssen volljährig sein.", error.Message("fr"));
        }

        [Fact]
        public void APassingRuleIsSilent()
        {
            var v = new FormTestCase().Form("test", Person, Volljaehrig).Validator();
            v.Valid("""{ "person": { "geburtsdatum": "2008-06-15" } }""");
            v.Expect("""{ "person": { "geburtsdatum": "2008-06-16" } }""", "person.geburtsdatum volljaehrig");
        }

        [Fact]
        public void AnEmptyRequiredFieldYieldsOnlyTheRequiredErrorNotTheRule() =>
            new FormTestCase().Form("test", Person, Volljaehrig).Validator()
                .Expect("""{ "person": { "name": "Muster" } }""", "person.geburtsdatum required");

        [Fact]
        public void ARuleIsSkippedWhileAnyFieldItsAssertReadsIsEmpty()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "miete", "type": "money", "label": "Miete" },
                  { "id": "heizkosten", "type": "money", "label": "Heizkosten" } ]
                """, """
                [ { "id": "heizkostenKleinerMiete", "assert": "heizkosten < miete", "on": ["heizkosten"], "message": "Zu hoch." } ]
                """).Validator();
            v.Valid("""{ "heizkosten": 900 }""");
            v.Valid("""{ "miete": 500 }""");
            v.Valid("{}");
            v.Expect("""{ "miete": 500, "heizkosten": 900 }""", "heizkosten heizkostenKleinerMiete");
        }

        [Fact]
        public void ARuleOverARepeatedGroupIsSkippedWhileTheGroupHasNoEntries()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "anzahl", "type": "integer", "label": "Anzahl" },
                  { "id": "hunde", "type": "group", "label": "Hunde", "repeat": { "max": 5 }, "fields": [ { "id": "name", "type": "text", "label": "Name" } ] } ]
                """, """
                [ { "id": "anzahlPlausibel", "assert": "anzahl >= count(hunde)", "on": ["anzahl"], "message": "Zu wenige." } ]
                """).Validator();
            v.Valid("""{ "anzahl": 0 }""");
            v.Valid("""{ "anzahl": 0, "hunde": [] }""");
            v.Expect("""{ "anzahl": 1, "hunde": [ { "name": "a" }, { "name": "b" } ] }""", "anzahl anzahlPlausibel");
            v.Valid("""{ "anzahl": 2, "hunde": [ { "name": "a" }, { "name": "b" } ] }""");
        }

        [Fact]
        public void ARuleAppliesOnlyWhileItsWhenIsTrue()
        {
            var v = new FormTestCase().Form("test", Person, """
                [ { "id": "mindestalter", "assert": "age(person.geburtsdatum) >= 14", "when": "art == 'fischereischein'",
                    "on": ["person.geburtsdatum"], "message": "Zu jung." } ]
                """).Validator();
            const string Young = """{ "person": { "geburtsdatum": "2015-01-01" }, "art": "ART" }""";
            v.Expect(Young.Replace("ART", "fischereischein"), "person.geburtsdatum mindestalter");
            v.Valid(Young.Replace("ART", "jugendfischereischein"));
            // A when that reads an empty field is false.
            v.Valid("""{ "person": { "geburtsdatum": "2015-01-01" } }""");
        }

        [Fact]
        public void ARuleWithoutOnIsReportedAtTheForm()
        {
            var v = new FormTestCase().Form("test", Person, """
                [ { "id": "nameNoetig", "assert": "len(person.name) > 1", "message": "Name zu kurz." } ]
                """).Validator();
            v.Expect("""{ "person": { "name": "A", "geburtsdatum": "2000-01-01" } }""", "(form) nameNoetig");
        }

        [Fact]
        public void ARuleIsReportedAtTheFirstPathOfItsOnList()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "beginn", "type": "date", "label": "Beginn" },
                  { "id": "ende", "type": "date", "label": "Ende" } ]
                """, """
                [ { "id": "endeNachBeginn", "assert": "ende >= beginn", "on": ["ende", "beginn"], "message": "Ende vor Beginn." } ]
                """).Validator();
            v.Expect("""{ "beginn": "2026-07-02", "ende": "2026-07-01" }""", "ende endeNachBeginn");
        }

        [Fact]
        public void ARuleThatReadsAHiddenFieldIsSkipped()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "mietzuschuss", "type": "boolean", "label": "Mietzuschuss?" },
                  { "id": "miete", "type": "money", "label": "Miete", "visibleWhen": "mietzuschuss == true" } ]
                """, """
                [ { "id": "mieteHoechstens", "assert": "miete <= 2000", "on": ["miete"], "message": "Zu hoch." } ]
                """).Validator();
            v.Expect("""{ "mietzuschuss": true, "miete": 2500 }""", "miete mieteHoechstens");
            v.Valid("""{ "mietzuschuss": false, "miete": 2500 }""");
        }

        [Fact]
        public void RuleMessagesGivenAsOneTextServeBothLanguages()
        {
            var result = new FormTestCase().Form("test", Person, """
                [ { "id": "nameNoetig", "assert": "len(person.name) > 1", "message": "Name zu kurz." } ]
                """).Validator().Validate("""{ "person": { "name": "A", "geburtsdatum": "2000-01-01" } }""");
            var error = result.Errors.Single();
            Assert.Equal(("Name zu kurz.", "Name zu kurz."), (error.MessageDe, error.MessageEn));
        }

        [Fact]
        public void RulesSeeExactDecimalsAndSums()
        {
            var v = new FormTestCase().Form("test", """
                [ { "id": "haushalt", "type": "group", "label": "Haushalt", "repeat": { "max": 5 }, "fields": [
                    { "id": "einkommen", "type": "money", "label": "Einkommen" } ] },
                  { "id": "gesamt", "type": "money", "label": "Gesamt" } ]
                """, """
                [ { "id": "summeStimmt", "assert": "sum(haushalt, item.einkommen) == gesamt", "on": ["gesamt"], "message": "Summe falsch." } ]
                """).Validator();
            v.Valid("""{ "haushalt": [ { "einkommen": 0.1 }, { "einkommen": 0.2 }, {} ], "gesamt": 0.3 }""");
            v.Expect("""{ "haushalt": [ { "einkommen": 0.1 }, { "einkommen": 0.2 } ], "gesamt": 0.31 }""", "gesamt summeStimmt");
        }
    }
}
