using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>FF01xx: the shape of definition files.</summary>
    public class StructureDiagnosticsTests
    {
        [Fact]
        public void MisspeltPropertyIsUnknownAtItsName()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text", "label": "Name",
                          "requird": true }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0101", 5, 7);
            Assert.Contains("did you mean 'required'", d.Message);
        }

        [Fact]
        public void SchemaReferenceIsAllowedOnlyAtTheRoot()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "$schema": "../schema/form.schema.json",
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text", "label": "Name",
                          "$schema": "../schema/form.schema.json" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0101", 6, 7);
        }

        [Fact]
        public void MissingLabelIsReportedAtTheFieldsOpeningBrace()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0102", 4, 5);
            Assert.Equal("The field 'name' needs the property 'label'.", d.Message);
        }

        [Fact]
        public void MissingStepsIsReportedAtTheFilesOpeningBrace()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test"
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0102", 1, 1);
        }

        [Fact]
        public void BooleanWrittenAsTextIsWrongValueTypeAtTheValue()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text", "label": "Name",
                          "required": "ja" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0103", 5, 19);
            Assert.Equal("'required' must be true or false, not a string.", d.Message);
        }

        [Fact]
        public void FileThatIsNoObjectIsWrongValueType()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    [ "test" ]
                    """)
                .ExpectOnlyDiagnostic("FF0103", 1, 1);
        }

        [Fact]
        public void FieldIdWithHyphenIsInvalidAtTheValue()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "type": "text", "label": "Name",
                          "id": "vor-name" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0104", 5, 13);
        }

        [Fact]
        public void SecondFieldWithTheSameIdIsDuplicateAtItsId()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text", "label": "Name" },
                        { "id": "name", "type": "text", "label": "Vorname" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0105", 5, 13);
            Assert.Contains("at line 4", d.Message);
        }

        [Fact]
        public void FieldIdsAreUniqueAcrossSteps()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [
                        { "id": "eins", "title": "Eins", "fields": [ { "id": "name", "type": "text", "label": "Name" } ] },
                        { "id": "zwei", "title": "Zwei", "fields": [ { "id": "name", "type": "text", "label": "Name" } ] }
                      ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0105", 5, 58);
        }

        [Fact]
        public void TwoCodeListFilesWithTheSameIdAreDuplicate()
        {
            new FormTestCase()
                .File("codelists/farbe.codelist.json", """{ "id": "farbe", "values": [ { "code": "rot", "label": "Rot" } ] }""")
                .File("codelists/zweite/farbe.codelist.json", """
                    {
                      "id": "farbe",
                      "values": [ { "code": "blau", "label": "Blau" } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0105", 2, 9);
        }

        [Fact]
        public void UnknownFieldTypeIsReportedAtTheType()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "label": "Name",
                          "type": "string" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0106", 5, 15);
            Assert.Contains("text, textarea", d.Message);
        }

        [Fact]
        public void PatternOnAnIntegerIsReportedAtItsName()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "anzahl", "type": "integer", "label": "Anzahl",
                          "pattern": "^[0-9]+$" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0107", 5, 7);
            Assert.Equal("'pattern' does not apply to a field of type 'integer'.", d.Message);
        }

        [Fact]
        public void PrefillOnABlockInclusionIsNotForInclusions()
        {
            new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "wohnort", "block": "anschrift",
                          "prefill": "anschrift" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0107", 5, 7);
        }

        [Fact]
        public void TextWithoutGermanIsInvalidAtItsBrace()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test",
                      "title": { "en": "Test" },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0108", 3, 12);
            Assert.Contains("needs a German text", d.Message);
        }

        [Fact]
        public void LanguageKeyThatIsNoCodeIsInvalidText()
        {
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test",
                      "title": { "de": "Test", "english": "Test" },
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0108", 3, 28);
        }

        [Fact]
        public void LeikaKeyOfWrongLengthIsInvalidValue()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "leika": "9910800600",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0109", 3, 12);
            Assert.Contains("14 digits", d.Message);
        }

        [Fact]
        public void FieldWithTypeAndBlockIsReportedAtBlock()
        {
            new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "wohnort", "type": "group", "label": "Wohnort",
                          "block": "anschrift" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0110", 5, 7);
        }

        [Fact]
        public void FieldWithNeitherTypeNorBlockIsReportedAtItsBrace()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "label": "Name" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0110", 4, 5);
            Assert.Contains("neither", d.Message);
        }
    }
}
