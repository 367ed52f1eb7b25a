using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    public class NumberChecksTests
    {
        private static FormTestCase Number(string type, string properties = "") =>
            new FormTestCase().Form("test", $$"""[ { "id": "wert", "type": "{{type}}", "label": "Wert"{{(properties.Length > 0 ? ", " + properties : "")}} } ]""");

        [Theory]
        [InlineData("integer", "0", "wert min")]
        [InlineData("integer", "1")]
        [InlineData("integer", "20")]
        [InlineData("integer", "21", "wert max")]
        [InlineData("integer", "-5", "wert min")]
        [InlineData("decimal", "0.99", "wert min")]
        [InlineData("decimal", "1")]
        [InlineData("decimal", "20.0")]
        [InlineData("decimal", "20.01", "wert max")]
        [InlineData("money", "0.99", "wert min")]
        [InlineData("money", "20.00")]
        [InlineData("money", "20.01", "wert max")]
        public void MinAndMaxAreInclusiveBounds(string type, string value, params string[] expected) =>
            Number(type, "\"min\": 1, \"max\": 20").Validator().Expect($$"""{ "wert": {{value}} }""", expected);

        [Fact]
        public void DecimalBoundsAreExact()
        {
            var v = Number("decimal", "\"min\": 0.1, \"max\": 0.3").Validator();
            v.Valid("""{ "wert": 0.1 }""");
            v.Valid("""{ "wert": 0.3 }""");
            v.Expect("""{ "wert": 0.30000000000000004 }""", "wert max");
            v.Expect("""{ "wert": 0.09999999999999999 }""", "wert min");
        }

        [Theory]
        [InlineData("1.5")]
        [InlineData("1.50")]
        [InlineData("1.500000")]
        [InlineData("2")]
        [InlineData("2.0")]
        [InlineData("100")]
        [InlineData("1E2")]
        public void ScaleCountsDigitsAfterThePointWithoutTrailingZeros(string value) =>
            Number("decimal", "\"scale\": 1").Validator().Valid($$"""{ "wert": {{value}} }""");

        [Theory]
        [InlineData("1.55")]
        [InlineData("1.05")]
        [InlineData("0.001")]
        [InlineData("1.2345E1")]
        public void MoreDigitsAfterThePointThanTheScaleFailScale(string value) =>
            Number("decimal", "\"scale\": 1").Validator().Expect($$"""{ "wert": {{value}} }""", "wert scale");

        [Fact]
        public void ScaleZeroAllowsWholeNumbersOnly()
        {
            var v = Number("decimal", "\"scale\": 0").Validator();
            v.Valid("""{ "wert": 3.00 }""");
            v.Expect("""{ "wert": 3.5 }""", "wert scale");
        }

        [Theory]
        [InlineData("12", true)]
        [InlineData("12.5", true)]
        [InlineData("12.50", true)]
        [InlineData("12.500", true)]
        [InlineData("12.505", false)]
        [InlineData("0.001", false)]
        public void MoneyHasScaleTwo(string value, bool valid)
        {
            var v = Number("money").Validator();
            if (valid) v.Valid($$"""{ "wert": {{value}} }""");
            else v.Expect($$"""{ "wert": {{value}} }""", "wert scale");
        }

        [Theory]
        [InlineData("3")]
        [InlineData("3.0")]
        [InlineData("-3")]
        [InlineData("0")]
        [InlineData("1e3")]
        [InlineData("9223372036854775807")]
        [InlineData("-9223372036854775808")]
        public void AnIntegerIsAJsonNumberWithoutFraction(string value) =>
            Number("integer").Validator().Valid($$"""{ "wert": {{value}} }""");

        [Theory]
        [InlineData("3.5")]
        [InlineData("0.1")]
        [InlineData("\"12\"")]
        [InlineData("true")]
        [InlineData("[1]")]
        [InlineData("{}")]
        [InlineData("9223372036854775808")]
        [InlineData("1e30")]
        public void AnythingElseForAnIntegerIsAFormatError(string value) =>
            Number("integer").Validator().Expect($$"""{ "wert": {{value}} }""", "wert format");

        [Theory]
        [InlineData("decimal", "\"1.5\"")]
        [InlineData("decimal", "\"1,5\"")]
        [InlineData("decimal", "1e40")]
        [InlineData("decimal", "false")]
        [InlineData("money", "\"12,50\"")]
        [InlineData("money", "\"12.50 €\"")]
        [InlineData("money", "[12.5]")]
        public void ANonNumberForADecimalOrMoneyIsAFormatError(string type, string value) =>
            Number(type, "\"required\": true").Validator().Expect($$"""{ "wert": {{value}} }""", "wert format");

        [Fact]
        public void AFormatErrorIsTheOnlyErrorOfItsField()
        {
            var v = Number("integer", "\"required\": true, \"min\": 10").Validator();
            v.Expect("""{ "wert": 3.5 }""", "wert format");
        }

        [Fact]
        public void NumbersAreKeptInCanonicalForm()
        {
            Assert.Equal("""{"wert":3}""", Number("integer").Validator().Valid("""{ "wert": 3.0 }""").KeptJson);
            Assert.Equal("""{"wert":1000}""", Number("integer").Validator().Valid("""{ "wert": 1e3 }""").KeptJson);
            Assert.Equal("""{"wert":1.5}""", Number("decimal").Validator().Valid("""{ "wert": 1.50 }""").KeptJson);
        }
    }
}
