using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Validation
{
    /// <summary>
    /// Issue 18, item 4: submitted text is valid or refused, never a crash further on. Which characters a value may
    /// hold depends on its field type (FormFactory.Runtime.TextCharacters); the rest is a <c>format</c> error.
    /// </summary>
    public class SubmittedTextCharactersTests
    {
        private static string Json(string value) => "{ \"wert\": " + Quote(value) + " }";

        /// <summary>A JSON string with every character outside printable ASCII escaped, lone surrogates included (a serializer would replace them).</summary>
        private static string Quote(string value)
        {
            var sb = new System.Text.StringBuilder("\"");
            foreach (char c in value)
                sb.Append(c is '"' or '\\' ? "\\" + c : c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4") : c.ToString());
            return sb.Append('"').ToString();
        }

        private static FormFactory.Definitions.Validation.ReferenceValidator Field(string type) =>
            new FormTestCase().Form("test", $$"""[ { "id": "wert", "type": "{{type}}", "label": "Wert", "required": false } ]""").Validator();

        public static TheoryData<string> Refused() => new()
        {
            "a\u0000b", "a\u0001b", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\u009Fb", // C0 and C1 controls, DEL
            "a\uFFFEb", "a\uFFFFb", "a\uFDD0b", "a\uFDEFb", "a\U0001FFFEb", "a\U0010FFFFb", // non-characters
        };

        [Theory]
        [MemberData(nameof(Refused))]
        public void SubmittedTextIsValidOrRefused_ControlsNonCharactersAndLoneSurrogatesAreAFormatError(string value)
        {
            foreach (var type in new[] { "text", "textarea", "email", "phone", "postcode", "iban" })
                Field(type).Expect(Json(value), "wert format");
        }

        [Fact]
        public void SubmittedTextIsValidOrRefused_LoneSurrogatesAreAFormatError()
        {
            // Not theory data: xunit would replace a lone surrogate in a test case's name with U+FFFD.
            foreach (var value in new[] { "a\uD800b", "a\uDC00b", "a\uD800", "\uDBFF" })
                foreach (var type in new[] { "text", "textarea", "email" })
                    Field(type).Expect(Json(value), "wert format");
        }

        [Theory]
        [InlineData("a\tb")]
        [InlineData("a\nb")]
        [InlineData("a\r\nb")]
        public void SubmittedTextIsValidOrRefused_LineBreaksAndTabsOnlyInATextarea(string value)
        {
            Field("textarea").Valid(Json(value));
            Field("text").Expect(Json(value), "wert format");
        }

        [Theory]
        [InlineData("Grüße 😀")]
        [InlineData("a\u00A0b")]
        [InlineData("\u2028")]
        [InlineData("\uE000\uFFFD\U0010FFFD")]
        public void SubmittedTextIsValidOrRefused_OtherCharactersPass(string value)
        {
            Field("text").Valid(Json(value));
            Field("textarea").Valid(Json(value));
        }

        [Fact]
        public void SubmittedTextIsValidOrRefused_AFileNameHoldsNoControlCharacters()
        {
            var v = new FormTestCase().Form("test", """[ { "id": "wert", "type": "file", "label": "Wert", "required": false } ]""").Validator();
            string File(string name) => "{ \"wert\": { \"name\": " + Quote(name) + ", \"mediaType\": \"application/pdf\", \"size\": 10, \"sha256\": \"" + new string('a', 64) + "\" } }";
            v.Valid(File("nachweis.pdf"));
            v.Expect(File("nach\nweis.pdf"), "wert format");
            v.Expect(File("nachweis\uFFFF.pdf"), "wert format");
        }

        [Fact]
        public void SubmittedTextIsValidOrRefused_ALoneSurrogateInAMultipartPostIsAFormatErrorNotAnException()
        {
            // The documented call (docs/submission-contract.md): convert the multipart post, validate its data.
            var shape = FormFactory.Runtime.Submissions.SubmissionShape.Parse("wert:text");
            foreach (var value in new[] { "a\uD800b", "\uDC00", "x\u0001" })
            {
                var post = FormFactory.Runtime.Submissions.MultipartSubmissionConverter.Convert(shape, new[] { new System.Collections.Generic.KeyValuePair<string, string>("wert", value) });
                Field("text").Expect(post.DataJson, "wert format");
            }
        }
    }
}
