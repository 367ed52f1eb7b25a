using System.Globalization;
using System.Text;

namespace FormFactory.Runtime.Submissions
{
    /// <summary>Minimal JSON writing for a library without dependencies: strings escaped per RFC 8259, lone surrogates as <c>\uXXXX</c>.</summary>
    internal static class JsonText
    {
        public static void String(StringBuilder sb, string value)
        {
            sb.Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (char.IsSurrogate(c))
                {
                    // A pair is written as it is; a lone surrogate as an escape, which JSON allows and every reader parses,
                    // so the validator refuses the value ('format') instead of the parser throwing on it.
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) sb.Append(c).Append(value[++i]);
                    else sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    continue;
                }
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < ' ' || c == '\u2028' || c == '\u2029') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            sb.Append('"');
        }

        public static void Property(StringBuilder sb, ref bool first, string name)
        {
            if (!first) sb.Append(',');
            first = false;
            String(sb, name);
            sb.Append(':');
        }
    }
}
