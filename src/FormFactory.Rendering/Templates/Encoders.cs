using System;
using System.Buffers;
using System.Globalization;
using System.Text;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// Context-specific encoders. HTML encoding escapes the five characters that can end a text or a quoted attribute
    /// value, and nothing else, so German text stays readable in the output and the output stays deterministic.
    /// </summary>
    public static class Encoders
    {
        /// <summary>Encodes text for an HTML text node or a quoted attribute value.</summary>
        public static string Html(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            int first = text.AsSpan().IndexOfAny(HtmlSpecial);
            if (first < 0) return text; // most texts: nothing to encode, no copy
            var sb = new StringBuilder(text, 0, first, text.Length + 16);
            for (int i = first; i < text.Length; i++)
            {
                string? replacement = text[i] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    '\0' => "\uFFFD",
                    _ => null,
                };
                if (replacement == null) sb.Append(text[i]);
                else sb.Append(replacement);
            }
            return sb.ToString();
        }

        private static readonly SearchValues<char> HtmlSpecial = SearchValues.Create("&<>\"'\0");

        /// <summary>
        /// A JavaScript string literal (with quotes) that is also safe inside an HTML script element and, once
        /// HTML-encoded, inside an attribute: the same quoting the expression printer uses.
        /// </summary>
        public static string JsString(string? text) => text == null ? "null" : Definitions.Expressions.JavaScriptPrinter.Quote(text);

        /// <summary>Invariant text of a number, for output that must not depend on the machine's culture.</summary>
        public static string Invariant(System.IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
    }
}
