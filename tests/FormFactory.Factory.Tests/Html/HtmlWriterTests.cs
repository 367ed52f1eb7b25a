using System;
using FormFactory.Factory.Html;
using FormFactory.Factory.Html.Charts;
using static FormFactory.Factory.Html.HtmlWriter;

namespace FormFactory.Factory.Tests.Html
{
    public class HtmlWriterTests
    {
        [Theory]
        [InlineData("a & b", "a &amp; b")]
        [InlineData("<i>\"x\"</i>", "&lt;i&gt;&quot;x&quot;&lt;/i&gt;")]
        [InlineData("O'Neill", "O&#39;Neill")]
        [InlineData("Straße über Öl", "Straße über Öl")]
        [InlineData("bell\u0007", "bell\uFFFD")]
        public void EncodesTextForContentAndAttributes(string text, string expected) => Assert.Equal(expected, HtmlText.Encode(text));

        [Fact]
        public void AttributeValuesAreEncoded()
        {
            var html = new HtmlWriter().Element("td", "x", new Attr("data-sort", "\"><script>")).ToString();
            Assert.Equal("<td data-sort=\"&quot;&gt;&lt;script&gt;\">x</td>", html);
        }

        [Fact]
        public void NullAttributesAreLeftOut() =>
            Assert.Equal("<td>x</td>", new HtmlWriter().Element("td", "x", new Attr("class", null)).ToString());

        [Theory]
        [InlineData("td onclick")]
        [InlineData("td>")]
        [InlineData("")]
        [InlineData("1td")]
        public void RefusesNamesThatAreNoNames(string name)
        {
            Assert.Throws<ArgumentException>(() => new HtmlWriter().Element(name, "x"));
            Assert.Throws<ArgumentException>(() => new HtmlWriter().Element("td", "x", new Attr(name, "v")));
        }

        [Fact]
        public void AnUnclosedElementIsAnError() => Assert.Throws<InvalidOperationException>(() => new HtmlWriter().Open("div").ToString());

        [Theory]
        [InlineData(0, 1, 1)]
        [InlineData(3, 3, 1)]
        [InlineData(7, 8, 2)]
        [InlineData(11, 15, 5)]
        [InlineData(48, 50, 10)]
        [InlineData(1234, 1500, 500)]
        public void ValueAxesEndOnRoundNumbers(int highest, int max, int step)
        {
            var scale = ChartScale.For(highest);
            Assert.Equal((max, step), ((int)scale.Max, (int)scale.Step));
        }
    }
}
