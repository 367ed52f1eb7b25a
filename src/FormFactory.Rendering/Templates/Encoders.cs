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
            StringBuilder? sb = null;
            for (int i = 0; i < text.Length; i++)
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
                if (replacement == null) { sb?.Append(text[i]); continue; }
                sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                sb.Append(replacement);
            }
            return sb?.ToString() ?? text;
        }

        /// <summary>
        /// A JavaScript string literal (with quotes) that is also safe inside an HTML script element and, once
        /// HTML-encoded, inside an attribute: the same quoting the expression printer uses.
        /// </summary>
        public static string JsString(string? text) => text == null ? "null" : Definitions.Expressions.JavaScriptPrinter.Quote(text);

        /// <summary>Invariant text of a number, for output that must not depend on the machine's culture.</summary>
        public static string Invariant(System.IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);
    }
}
