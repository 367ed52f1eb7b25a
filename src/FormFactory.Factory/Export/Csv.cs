using System.Collections.Generic;
using System.Text;

namespace FormFactory.Factory.Export
{
    /// <summary>
    /// CSV as RFC 4180 describes it, set up for German Excel: fields separated by <c>;</c> (German Excel's list
    /// separator, since the comma is its decimal separator; a comma-separated file would open as one column),
    /// lines ending in CRLF, and UTF-8 with a byte order mark so Excel reads umlauts correctly.
    /// </summary>
    public static class Csv
    {
        /// <summary>The field separator.</summary>
        public const char Separator = ';';

        /// <summary>UTF-8 with a byte order mark.</summary>
        public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

        /// <summary>One record, ending in CRLF.</summary>
        public static string Line(IEnumerable<string> fields)
        {
            var sb = new StringBuilder();
            bool first = true;
            foreach (var f in fields)
            {
                if (!first) sb.Append(Separator);
                first = false;
                sb.Append(Field(f));
            }
            return sb.Append("\r\n").ToString();
        }

        /// <summary>A field, quoted (with quotes doubled) when it holds the separator, a quote or a line break.</summary>
        public static string Field(string value)
        {
            if (value.IndexOfAny(new[] { Separator, '"', '\r', '\n' }) < 0) return value;
            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }

        /// <summary>
        /// A text cell that spreadsheets will not run as a formula: a text starting with <c>= + - @</c>, tab or CR gets
        /// a leading apostrophe (OWASP's advice against CSV injection). Use it for texts from definitions, not for numbers.
        /// </summary>
        public static string Text(string? value)
        {
            if (string.IsNullOrEmpty(value)) return "";
            return value![0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
        }
    }
}
