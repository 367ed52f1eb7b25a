using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FormFactory.Factory.Tests.Html
{
    /// <summary>
    /// The report page parsed as XML for inspection: the writer closes every element, so the page less its style
    /// and script (whose text is not XML) must parse. Parsing also proves the page well-formed.
    /// </summary>
    internal static class PageDocument
    {
        public static XDocument Parse(string html)
        {
            var body = Regex.Replace(html, "<(style|script)>.*?</\\1>", "<$1/>", RegexOptions.Singleline);
            body = body.Replace("<!DOCTYPE html>", "");
            return XDocument.Parse(body);
        }

        /// <summary>Every element with this local name, HTML or SVG.</summary>
        public static IEnumerable<XElement> All(this XDocument doc, string name) => doc.Descendants().Where(e => e.Name.LocalName == name);
    }
}
