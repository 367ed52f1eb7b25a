using System.Collections.Generic;
using System.Linq;
using System.Text;
using FormFactory.Runtime.Submissions;

namespace FormFactory.Runtime.Tests
{
    public class MultipartSubmissionConverterTests
    {
        private static readonly SubmissionShape Shape = SubmissionShape.Parse(
            "name:text,anzahl:integer,betrag:number,geboren:date,ja:boolean,farben:codes,nachweis:file," +
            "anschrift:group{plz:text,ort:text},hunde:repeat{name:text,chip:file,impfungen:repeat{am:date}}");

        private static string Data(params (string Key, string Value)[] fields) =>
            MultipartSubmissionConverter.Convert(Shape, fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))).DataJson;

        [Fact]
        public void NestedFieldsBecomeObjects() =>
            Assert.Equal("{\"anschrift\":{\"plz\":\"64380\",\"ort\":\"Roßdorf\"}}", Data(("anschrift.plz", "64380"), ("anschrift.ort", "Roßdorf")));

        [Fact]
        public void EmptyValuesAndEmptyGroupsAreLeftOut() =>
            Assert.Equal("{}", Data(("name", ""), ("anschrift.plz", ""), ("geboren.day", ""), ("geboren.month", ""), ("geboren.year", ""), ("hunde[0].name", "")));

        [Fact]
        public void RepeatedEntriesAreCompactedInIndexOrder() =>
            Assert.Equal("{\"hunde\":[{\"name\":\"A\"},{\"name\":\"B\"}]}", Data(("hunde[3].name", "B"), ("hunde[0].name", "A"), ("hunde[1].name", "")));

        [Fact]
        public void NestedRepeatsAreSupported() =>
            Assert.Equal("{\"hunde\":[{\"name\":\"A\",\"impfungen\":[{\"am\":\"2026-01-02\"}]}]}",
                Data(("hunde[0].name", "A"), ("hunde[0].impfungen[0].am.day", "2"), ("hunde[0].impfungen[0].am.month", "1"), ("hunde[0].impfungen[0].am.year", "2026")));

        [Theory]
        [InlineData("12", "12")]
        [InlineData("007", "7")]
        [InlineData("-0", "0")]
        [InlineData(" 42 ", "42")]
        [InlineData("1,5", "\"1,5\"")]
        [InlineData("zwölf", "\"zwölf\"")]
        public void IntegersAreNumbersWhenTheyAreWholeNumbers(string posted, string json) =>
            Assert.Equal("{\"anzahl\":" + json + "}", Data(("anzahl", posted)));

        [Theory]
        [InlineData("12,50", "12.50")]
        [InlineData("12.5", "12.5")]
        [InlineData("-0,01", "-0.01")]
        [InlineData("1.234,50", "\"1.234,50\"")]
        [InlineData("1,2,3", "\"1,2,3\"")]
        public void DecimalsAcceptACommaAndStayExact(string posted, string json) =>
            Assert.Equal("{\"betrag\":" + json + "}", Data(("betrag", posted)));

        [Theory]
        [InlineData("3", "8", "2026", "2026-08-03")]
        [InlineData("31", "2", "2026", "2026-02-31")]
        [InlineData("x", "2", "2026", "2026-02-x")]
        [InlineData("", "2", "2026", "2026-02-")]
        public void DatesArePaddedAndLeftForTheValidatorToJudge(string day, string month, string year, string iso) =>
            Assert.Equal("{\"geboren\":\"" + iso + "\"}", Data(("geboren.day", day), ("geboren.month", month), ("geboren.year", year)));

        [Theory]
        [InlineData("true", "true")]
        [InlineData("false", "false")]
        [InlineData("ja", "\"ja\"")]
        public void BooleansAreTrueOrFalse(string posted, string json) => Assert.Equal("{\"ja\":" + json + "}", Data(("ja", posted)));

        [Fact]
        public void CodesBecomeASetInPostedOrder() =>
            Assert.Equal("{\"farben\":[\"rot\",\"blau\"]}", Data(("farben", "rot"), ("farben", "blau"), ("farben", "rot"), ("farben", "")));

        [Fact]
        public void FilesBecomeMetadataWithTheirHash()
        {
            var files = new[]
            {
                new UploadedFile("nachweis", "a.pdf", "application/pdf", Encoding.ASCII.GetBytes("abc")),
                new UploadedFile("hunde[0].chip", "", "application/octet-stream", new byte[0]),
            };
            var result = MultipartSubmissionConverter.Convert(Shape, new[] { new KeyValuePair<string, string>("hunde[0].name", "A") }, files);
            Assert.Equal("{\"nachweis\":{\"name\":\"a.pdf\",\"mediaType\":\"application/pdf\",\"size\":3,\"sha256\":\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"},\"hunde\":[{\"name\":\"A\"}]}", result.DataJson);
            var attachment = Assert.Single(result.Attachments);
            Assert.Equal("nachweis", attachment.Path);
        }

        [Fact]
        public void AnEntryWithOnlyAFileIsKept()
        {
            var files = new[] { new UploadedFile("hunde[0].chip", "c.png", "image/png", new byte[] { 1 }) };
            var result = MultipartSubmissionConverter.Convert(Shape, new KeyValuePair<string, string>[0], files);
            Assert.StartsWith("{\"hunde\":[{\"chip\":{\"name\":\"c.png\"", result.DataJson);
            Assert.Equal("hunde[0].chip", Assert.Single(result.Attachments).Path);
        }

        [Fact]
        public void TextIsEscapedAsJson() =>
            Assert.Equal("{\"name\":\"a\\\"b\\\\c\\nd\\u0001</script>\"}", Data(("name", "a\"b\\c\nd\u0001</script>")));

        [Fact]
        public void UnknownFieldsAreIgnoredAndMetaFieldsGoToTheEnvelope()
        {
            var result = MultipartSubmissionConverter.Convert(Shape, new[]
            {
                new KeyValuePair<string, string>("_form", "hund"), new KeyValuePair<string, string>("_language", "en"), new KeyValuePair<string, string>("hacker", "x"),
            });
            Assert.Equal("{}", result.DataJson);
            Assert.Equal("{\"form\":\"hund\",\"version\":null,\"tenant\":null,\"language\":\"en\",\"data\":{},\"attachments\":[]}", result.EnvelopeJson);
        }

        [Theory]
        [InlineData("a:text,")]
        [InlineData("a:unknown")]
        [InlineData("a:group{b:text")]
        [InlineData("a text")]
        public void MalformedShapesAreRejected(string text) => Assert.Throws<System.FormatException>(() => SubmissionShape.Parse(text));

        [Fact]
        public void SubmittedTextIsValidOrRefused_ALoneSurrogateIsEscapedSoTheJsonParsesAndTheValidatorRefusesIt()
        {
            // Issue 18: a lone surrogate was written raw, and parsing the data threw. Escaped, the JSON is well-formed
            // and the string is no text: the validator reports 'format' at the field (Definitions.Tests prove that part).
            var post = MultipartSubmissionConverter.Convert(Shape, new[]
            {
                new KeyValuePair<string, string>("name", "a\uD800b"),
                new KeyValuePair<string, string>("hunde[0].name", "\uDC00"),
                new KeyValuePair<string, string>("_tenant", "x\uDBFF"),
            });
            Assert.Equal("{\"name\":\"a\\ud800b\",\"hunde\":[{\"name\":\"\\udc00\"}]}", post.DataJson);
            using (var data = System.Text.Json.JsonDocument.Parse(post.DataJson))
                Assert.Throws<System.InvalidOperationException>(() => data.RootElement.GetProperty("name").GetString());
            using (System.Text.Json.JsonDocument.Parse(post.EnvelopeJson)) { }
        }

        [Fact]
        public void TheFieldLookupIsLinearInTheNumberOfFields()
        {
            // 20 entries with 20 vaccinations each, then 4 times as many of both: every nested repeat scanned every posted name.
            long StepsFor(int entries)
            {
                var fields = new List<KeyValuePair<string, string>>();
                for (int i = 0; i < entries; i++)
                {
                    fields.Add(new KeyValuePair<string, string>($"hunde[{i}].name", "H" + i));
                    for (int j = 0; j < entries; j++) fields.Add(new KeyValuePair<string, string>($"hunde[{i}].impfungen[{j}].am", "2026-01-02"));
                }
                WorkCounter.Reset();
                MultipartSubmissionConverter.Convert(Shape, fields);
                return WorkCounter.Steps + fields.Count; // at least one step per field
            }
            long small = StepsFor(20), large = StepsFor(40); // 4 times the fields
            Assert.True(large <= 5 * small, $"{small} steps for 420 fields, {large} for 1640: not linear");
        }
    }
}
