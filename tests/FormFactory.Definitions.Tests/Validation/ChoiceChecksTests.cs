using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class ChoiceChecksTests
    {
        private static FormTestCase Choice(string type, string properties = "") =>
            new FormTestCase().CodeList("farben", "rot", "gruen", "blau", "gelb")
                .Form("test", $$"""[ { "id": "wahl", "type": "{{type}}", "codeList": "farben", "label": "Wahl"{{properties}} } ]""");

        [Fact]
        public void AChoiceMustBeACodeOfItsList()
        {
            var v = Choice("choice").Validator();
            v.Valid("""{ "wahl": "rot" }""");
            v.Expect("""{ "wahl": "lila" }""", "wahl codeList");
            v.Expect("""{ "wahl": "Rot" }""", "wahl codeList");
            v.Expect("""{ "wahl": "rot " }""", "wahl codeList");
        }

        [Theory]
        [InlineData("1")]
        [InlineData("true")]
        [InlineData("[\"rot\"]")]
        [InlineData("{ \"code\": \"rot\" }")]
        public void AChoiceThatIsNoStringIsAFormatError(string value) =>
            Choice("choice").Validator().Expect($$"""{ "wahl": {{value}} }""", "wahl format");

        [Fact]
        public void EveryCodeOfAMultiChoiceMustBeInTheList()
        {
            var v = Choice("multiChoice").Validator();
            v.Valid("""{ "wahl": ["rot", "blau"] }""");
            v.Expect("""{ "wahl": ["rot", "lila"] }""", "wahl codeList");
            v.Expect("""{ "wahl": ["lila", "pink"] }""", "wahl codeList");
        }

        [Theory]
        [InlineData("\"rot\"")]
        [InlineData("[1]")]
        [InlineData("[\"rot\", null]")]
        [InlineData("{}")]
        public void AMultiChoiceThatIsNoArrayOfStringsIsAFormatError(string value) =>
            Choice("multiChoice").Validator().Expect($$"""{ "wahl": {{value}} }""", "wahl format");

        [Fact]
        public void MinItemsCountsDistinctCodes()
        {
            var v = Choice("multiChoice", ", \"minItems\": 2").Validator();
            v.Expect("""{ "wahl": ["rot"] }""", "wahl minItems");
            v.Expect("""{ "wahl": ["rot", "rot"] }""", "wahl minItems");
            v.Valid("""{ "wahl": ["rot", "blau"] }""");
            // An empty optional multiChoice is unanswered, not too short.
            v.Valid("""{ "wahl": [] }""");
        }

        [Fact]
        public void MaxItemsCountsDistinctCodes()
        {
            var v = Choice("multiChoice", ", \"maxItems\": 2").Validator();
            v.Valid("""{ "wahl": ["rot", "blau"] }""");
            v.Valid("""{ "wahl": ["rot", "blau", "rot", "blau"] }""");
            v.Expect("""{ "wahl": ["rot", "blau", "gelb"] }""", "wahl maxItems");
        }

        [Fact]
        public void AMultiChoiceIsKeptAsASet()
        {
            var result = Choice("multiChoice").Validator().Valid("""{ "wahl": ["rot", "blau", "rot"] }""");
            Assert.Equal("""{"wahl":["rot","blau"]}""", result.KeptJson);
        }
    }
}
