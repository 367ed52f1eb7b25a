using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FormFactory.Testing
{
    /// <summary>A short, readable line diff for failing golden-file comparisons.</summary>
    public static class TextDiff
    {
        /// <summary>
        /// The changed lines with two lines of context: <c>- n:</c> only in the approved text, <c>+ n:</c> only in the
        /// received one (n counts lines of the text the line is from). At most <paramref name="limit"/> lines.
        /// </summary>
        public static string Show(string approved, string received, int limit = 60)
        {
            string[] left = approved.Split('\n'), right = received.Split('\n');
            // Common prefix and suffix first: a small change in a long file stays cheap.
            int start = 0;
            while (start < left.Length && start < right.Length && left[start] == right[start]) start++;
            int endL = left.Length, endR = right.Length;
            while (endL > start && endR > start && left[endL - 1] == right[endR - 1]) { endL--; endR--; }
            int n = endL - start, m = endR - start;
            // The table of common lengths is n × m: beyond a few million cells, show both sides of the changed stretch.
            if ((long)n * m > MaxCells) return Sides(left, right, start, endL, endR, limit);
            var common = new int[n + 1, m + 1];
            for (int i = n - 1; i >= 0; i--)
                for (int j = m - 1; j >= 0; j--)
                    common[i, j] = left[start + i] == right[start + j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

            var lines = new List<string>();
            for (int c = Math.Max(0, start - 2); c < start; c++) lines.Add(Line(' ', c, left[c]));
            int a = 0, b = 0;
            while (a < n || b < m)
            {
                if (a < n && b < m && left[start + a] == right[start + b]) { lines.Add(Line(' ', start + a, left[start + a])); a++; b++; }
                else if (b < m && (a == n || common[a, b + 1] >= common[a + 1, b])) { lines.Add(Line('+', start + b, right[start + b])); b++; }
                else { lines.Add(Line('-', start + a, left[start + a])); a++; }
            }
            for (int c = endL; c < Math.Min(left.Length, endL + 2); c++) lines.Add(Line(' ', c, left[c]));

            var text = new StringBuilder();
            for (int i = 0; i < lines.Count && i < limit; i++) text.AppendLine(lines[i]);
            if (lines.Count > limit) text.AppendLine("  … (" + (lines.Count - limit).ToString(CultureInfo.InvariantCulture) + " more lines)");
            return text.ToString();
        }

        private const long MaxCells = 4_000_000;

        private static string Sides(string[] left, string[] right, int start, int endL, int endR, int limit)
        {
            var text = new StringBuilder();
            text.AppendLine("  (a large change: the changed stretch of each side, not a line-by-line diff)");
            int shown = 0;
            for (int i = start; i < endL && shown < limit / 2; i++, shown++) text.AppendLine(Line('-', i, left[i]));
            shown = 0;
            for (int i = start; i < endR && shown < limit / 2; i++, shown++) text.AppendLine(Line('+', i, right[i]));
            return text.ToString();
        }

        private static string Line(char op, int index, string text) =>
            op + " " + (index + 1).ToString(CultureInfo.InvariantCulture).PadLeft(5) + ": " + text;
    }
}
