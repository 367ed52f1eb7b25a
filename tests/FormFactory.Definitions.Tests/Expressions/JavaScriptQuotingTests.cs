using System.Text;
using System.Text.Json;
using FormFactory.Definitions.Expressions;
using Xunit;

namespace FormFactory.Definitions.Tests.Expressions
{
    /// <summary>
    /// String literals in generated scripts: they must read back as the same text, and must not contain what ends a
    /// script element or an attribute, whether the text needs escaping at its start, middle, end or not at all.
    /// </summary>
    public class JavaScriptQuotingTests
    {
        public static TheoryData<string> Texts() => new()
        {
            "", "Hund anmelden", "Größe in m²", "\"quoted\"", "back\\slash", "line\nbreak", "cr\r", "</script>", "a & b",
            "<", ">x", "tab\there", "\u0001", "para\u2028graph\u2029", "😀 emoji", "ends with quote\"", "\u007f delete",
        };

        [Theory]
        [MemberData(nameof(Texts))]
        public void LiteralReadsBackAsTheText(string text)
        {
            string literal = JavaScriptPrinter.Quote(text);
            // Every escape the printer uses is also JSON, so a JSON reader is an independent check of the literal.
            Assert.Equal(text, JsonSerializer.Deserialize<string>(literal));
        }

        [Theory]
        [MemberData(nameof(Texts))]
        public void LiteralHoldsNothingThatEndsAScriptOrAttribute(string text)
        {
            string inner = JavaScriptPrinter.Quote(text)[1..^1];
            Assert.DoesNotContain('<', inner);
            Assert.DoesNotContain('>', inner);
            Assert.DoesNotContain('&', inner);
            Assert.DoesNotContain('\n', inner);
            Assert.DoesNotContain('\u2028', inner);
            Assert.DoesNotContain('"', inner.Replace("\\\"", ""));
        }

        [Theory]
        [MemberData(nameof(Texts))]
        public void AppendingGivesTheSameLiteral(string text)
        {
            var sb = new StringBuilder("x = ");
            JavaScriptPrinter.AppendQuoted(sb, text);
            Assert.Equal("x = " + JavaScriptPrinter.Quote(text), sb.ToString());
        }
    }
}
