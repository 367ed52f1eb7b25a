using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Diagnostics
{
    /// <summary>FF00xx: JSON syntax and files. FF0003 and FF0006 belong to the workspace and are tested there.</summary>
    public class JsonAndFilesDiagnosticsTests
    {
        [Fact]
        public void CommaBeforeClosingBraceIsInvalidJsonAtTheBrace()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test",
                      "title": "Test",
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0001", 4, 1);
            Assert.Contains("comma before '}'", d.Message);
        }

        [Fact]
        public void SingleQuotedStringIsInvalidJsonAtTheQuote()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": 'test'
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0001", 2, 9);
            Assert.Contains("double quotes", d.Message);
        }

        [Fact]
        public void UnclosedObjectIsInvalidJsonAtTheEndOfTheFile()
        {
            new FormTestCase()
                .File("services/test.form.json", "{\n  \"id\": \"test\"\n")
                .ExpectOnlyDiagnostic("FF0001", 3, 1);
        }

        [Fact]
        public void CommentIsInvalidJsonAtItsSlash()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", // the service
                      "title": "Test"
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0001", 2, 17);
            Assert.Contains("comments are not allowed", d.Message);
        }

        [Fact]
        public void EmptyFileIsInvalidJson()
        {
            new FormTestCase()
                .File("services/test.form.json", "  \n")
                .ExpectOnlyDiagnostic("FF0001", 2, 1);
        }

        [Fact]
        public void RepeatedPropertyIsReportedAtItsSecondName()
        {
            var d = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test",
                      "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [
                        { "id": "name", "type": "text", "label": "Name",
                          "label": "Vorname" }
                      ] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0002", 6, 7);
            Assert.Contains("'label'", d.Message);
        }

        [Fact]
        public void FormWithARepeatedPropertyIsLeftOutOfTheCatalog()
        {
            var result = new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "Test", "title": "Test",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .Bind();
            Assert.Equal("FF0002", Assert.Single(result.Diagnostics).Id);
            Assert.Empty(result.Catalog.Forms);
        }

        [Fact]
        public void JsonFileWithoutKnownEndingIsUnknownAndIgnored()
        {
            var d = new FormTestCase()
                .File("services/notizen.json", """{ "text": "kein Formular" }""")
                .ExpectOnlyDiagnostic("FF0004", 1, 1);
            Assert.Equal(FormFactory.Definitions.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("services/notizen.json", d.Message);
        }

        [Fact]
        public void IdThatDiffersFromFileNameIsReportedAtTheId()
        {
            var d = new FormTestCase()
                .File("services/hund.form.json", """
                    {
                      "id": "hundAnmelden",
                      "title": "Hund anmelden",
                      "steps": [ { "id": "schritt", "title": "Schritt", "fields": [] } ]
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0005", 2, 9);
            Assert.Equal(FormFactory.Definitions.Diagnostics.DiagnosticSeverity.Warning, d.Severity);
            Assert.Contains("'hundAnmelden.form.json'", d.Message);
        }

        [Fact]
        public void ByteOrderMarkDoesNotShiftColumnsOfTheFirstLine()
        {
            new FormTestCase()
                .File("services/test.form.json", "\uFEFF{ \"id\": 5, \"title\": \"Test\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [] } ] }")
                .ExpectOnlyDiagnostic("FF0103", 1, 9);
        }

        [Fact]
        public void ColumnsCountUtf16CodeUnits()
        {
            // "🐕" is two UTF-16 code units, as editors and the C# compiler count them.
            new FormTestCase()
                .File("services/test.form.json", """
                    {
                      "id": "test", "title": "🐕", "steps": 1
                    }
                    """)
                .ExpectOnlyDiagnostic("FF0103", 2, 41);
        }

        [Fact]
        public void WindowsLineEndingsCountAsOneLineBreak()
        {
            new FormTestCase()
                .File("services/test.form.json", "{\r\n  \"id\": \"test\",\r\n  \"title\": \"Test\",\r\n  \"steps\": 1\r\n}\r\n")
                .ExpectOnlyDiagnostic("FF0103", 4, 12);
        }
    }
}
