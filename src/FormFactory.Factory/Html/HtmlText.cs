using System.Text;

namespace FormFactory.Factory.Html
{
    /// <summary>
    /// Encodes text for HTML element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become
    /// character references, everything else stays as it is (the page is UTF-8), so umlauts stay readable.
    /// </summary>
    public static class HtmlText
    {
        /// <summary>The encoded text; null gives an empty string.</summary>
        public static string Encode(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            int i = IndexOfSpecial(text!);
            if (i < 0) return text!;
            var sb = new StringBuilder(text!.Length + 16);
            sb.Append(text, 0, i);
            for (; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    case '"': sb.Append("&quot;"); break;
                    case '\'': sb.Append("&#39;"); break;
                    default:
                        // Control characters other than tab and line breaks are not allowed in HTML text.
                        if (c < ' ' && c != '\t' && c != '\n' && c != '\r') sb.Append('\uFFFD');
                        else sb.Append(c);
                        break;
                }
            }
            return sb.ToString();
        }

        private static int IndexOfSpecial(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c is '&' or '<' or '>' or '"' or '\'' || (c < ' ' && c != '\t' && c != '\n' && c != '\r')) return i;
            }
            return -1;
        }
    }
}
