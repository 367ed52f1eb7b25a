using System.Globalization;
using System.Text;

namespace FormFactory.Generator.Emit
{
    /// <summary>C# literals for values from definitions.</summary>
    internal static class CSharpLiteral
    {
        /// <summary>A regular string literal that means exactly <paramref name="value"/>, or <c>null</c>.</summary>
        public static string String(string? value)
        {
            if (value == null) return "null";
            var sb = new StringBuilder(value.Length + 2).Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    case '\0': sb.Append("\\0"); break;
                    default:
                        // Line separators end a line in C# source; control and surrogate-less oddities are spelt out.
                        if (char.IsControl(c) || c == '\u0085' || c == '\u2028' || c == '\u2029')
                            sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
