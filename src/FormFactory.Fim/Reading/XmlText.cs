using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace FormFactory.Fim.Reading
{
    /// <summary>Text out of XML elements, normalised the way definitions want it.</summary>
    internal static class XmlText
    {
        /// <summary>The trimmed text with line breaks as <c>\n</c>; null when empty.</summary>
        public static string? Of(XElement? element)
        {
            if (element == null) return null;
            string text = element.Value.Replace("\r\n", "\n").Replace('\r', '\n');
            var lines = text.Split('\n').Select(l => l.Trim());
            string joined = string.Join("\n", lines).Trim('\n', ' ', '\t');
            while (joined.Contains("\n\n\n", StringComparison.Ordinal)) joined = joined.Replace("\n\n\n", "\n\n", StringComparison.Ordinal);
            return joined.Length == 0 ? null : joined;
        }

        /// <summary>The text on one line (labels, names): every run of white space becomes one space.</summary>
        public static string? Line(XElement? element)
        {
            string? text = Of(element);
            if (text == null) return null;
            return string.Join(" ", text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        /// <summary>The first child with local name <paramref name="name"/> in any namespace.</summary>
        public static XElement? Child(XElement? parent, string name) =>
            parent?.Elements().FirstOrDefault(e => e.Name.LocalName == name);

        /// <summary>Every child with local name <paramref name="name"/> in any namespace.</summary>
        public static IEnumerable<XElement> Children(XElement? parent, string name) =>
            parent == null ? Enumerable.Empty<XElement>() : parent.Elements().Where(e => e.Name.LocalName == name);

        /// <summary>
        /// The <c>code</c> of a code-typed element (<c>&lt;xdf:feldart&gt;&lt;code&gt;input&lt;/code&gt;</c>), or the element's
        /// own text where an export writes the code directly (<c>&lt;xdf:feldart&gt;input&lt;/xdf:feldart&gt;</c>).
        /// </summary>
        public static string? Code(XElement? element) =>
            Line(Child(element, "code")) ?? (element != null && !element.HasElements ? Line(element) : null);
    }
}
