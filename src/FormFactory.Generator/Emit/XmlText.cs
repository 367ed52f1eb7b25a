using System.Text;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Escaping for XML doc comments. Every text from a definition passes through <see cref="Escape"/> before it
    /// becomes part of a doc fragment, so a label like <c>Kosten &lt; 100 €</c> cannot break the generated file.
    /// </summary>
    internal static class XmlText
    {
        /// <summary>
        /// The text with <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped, control characters other than line breaks
        /// dropped, and lone surrogates and the noncharacters U+FFFE and U+FFFF (which no XML can hold, so the
        /// compiler would warn about badly formed XML, CS1570) written as U+FFFD.
        /// </summary>
        public static string Escape(string text)
        {
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                    continue;
                }
                if (char.IsSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
                {
                    sb.Append('\uFFFD');
                    continue;
                }
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '\n': sb.Append('\n'); break;
                    case '\r': break;
                    case '\u0085':
                    case '\u2028':
                    case '\u2029': sb.Append('\n'); break;
                    default:
                        if (!char.IsControl(c)) sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        /// <summary>A <c>&lt;c&gt;</c> element holding <paramref name="code"/>.</summary>
        public static string Code(string code) => "<c>" + Escape(code) + "</c>";
    }
}
