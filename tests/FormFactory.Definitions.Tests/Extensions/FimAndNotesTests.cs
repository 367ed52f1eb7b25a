using System.Linq;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.Tests.Extensions
{
    /// <summary>The extensions an importer needs: the service's FIM id and designer notes on services, blocks and fields.</summary>
    public class FimAndNotesTests
    {
        [Fact]
        public void ServiceKeepsItsFimIdAndNotes()
        {
            var form = new FormTestCase()
                .File("services/test.form.json", """
                    { "id": "test", "title": "Test", "fim": "S00000094", "notes": ["Aus FIM importiert."],
                      "steps": [ { "id": "s", "title": "S", "fields": [ { "id": "name", "type": "text", "label": "Name" } ] } ] }
                    """)
                .BoundForm();
            Assert.Equal("S00000094", form.Fim);
            Assert.Equal(new[] { "Aus FIM importiert." }, form.Notes.ToArray());
        }

        [Fact]
        public void FieldKeepsItsNotes()
        {
            var form = new FormTestCase()
                .Form("test", """[ { "id": "name", "type": "text", "label": "Name", "notes": ["Regel R1: Pflicht, wenn …", "zweite Notiz"] } ]""")
                .BoundForm();
            Assert.Equal(2, form.Fields.Single().Notes.Count);
        }

        [Fact]
        public void BlockKeepsItsNotes()
        {
            var result = new FormTestCase()
                .File("blocks/anschrift.block.json", """{ "id": "anschrift", "fim": "G60000086", "notes": ["Regel R2"], "fields": [ { "id": "ort", "type": "text", "label": "Ort" } ] }""")
                .Bind();
            Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
            Assert.Equal("Regel R2", result.Catalog.Blocks.Single().Notes.Single());
        }

        [Fact]
        public void NotesOnABlockInclusionAreNotAllowed() =>
            new FormTestCase()
                .Block("anschrift", """[ { "id": "ort", "type": "text", "label": "Ort" } ]""")
                .FormLines("""    { "id": "wohnort", "block": "anschrift", "notes": ["x"] }""")
                .ExpectDiagnostic("FF0107", 4, 46);

        [Fact]
        public void NotesMustBeAListOfTexts() =>
            new FormTestCase()
                .FormLines("""    { "id": "name", "type": "text", "label": "Name", "notes": "eine Notiz" }""")
                .ExpectDiagnostic("FF0103", 4, 63);

        [Theory]
        [InlineData("[0-9]{5}", null)]
        [InlineData("(?i)abc", "FF0302")]
        [InlineData("[a-z", "FF0301")]
        public void PatternProblemSaysWhatTheLoaderWouldSay(string pattern, string? code)
        {
            string? problem = Patterns.Problem(pattern);
            if (code == null) Assert.Null(problem);
            else
            {
                Assert.NotNull(problem);
                var bound = new FormTestCase().Form("test", "[ { \"id\": \"x\", \"type\": \"text\", \"label\": \"X\", \"pattern\": " + System.Text.Json.JsonSerializer.Serialize(pattern) + " } ]").Diagnostics();
                Assert.Contains(bound, d => d.Id == code && d.Message == problem);
            }
        }
    }
}
