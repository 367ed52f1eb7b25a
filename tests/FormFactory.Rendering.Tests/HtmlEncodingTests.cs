using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering.Tests
{
    /// <summary>The HTML encoder escapes exactly the characters that can end a text or quoted attribute, wherever they stand.</summary>
    public class HtmlEncodingTests
    {
        [Theory]
        [InlineData("", "")]
        [InlineData("Hund anmelden", "Hund anmelden")]
        [InlineData("Größe & Gewicht", "Größe &amp; Gewicht")]
        [InlineData("<b>", "&lt;b&gt;")]
        [InlineData("\"x\"", "&quot;x&quot;")]
        [InlineData("it's", "it&#39;s")]
        [InlineData("a\0b", "a\uFFFDb")]
        [InlineData("ends with &", "ends with &amp;")]
        [InlineData("&amp;", "&amp;amp;")]
        public void EncodesTheFiveCharactersAndNul(string text, string expected) => Assert.Equal(expected, Encoders.Html(text));

        [Fact]
        public void TextWithNothingToEncodeIsReturnedAsItIs()
        {
            string text = "Antrag auf Wohngeld für Mieterinnen und Mieter";
            Assert.Same(text, Encoders.Html(text));
        }

        [Fact]
        public void NullIsEmpty() => Assert.Equal("", Encoders.Html(null));
    }
}
