using System;
using System.Collections.Generic;
using System.Text;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>A readable line diff (longest common subsequence), with a little context around each change.</summary>
    public static class LineDiff
    {
        private const int Context = 2;
        private const int MaxLines = 80;

        /// <summary>Lines only in <paramref name="expected"/> start with <c>-</c>, lines only in <paramref name="actual"/> with <c>+</c>.</summary>
        public static string Describe(string expected, string actual)
        {
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            var lcs = new int[a.Length + 1, b.Length + 1];
            for (int i = a.Length - 1; i >= 0; i--)
                for (int j = b.Length - 1; j >= 0; j--)
                    lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

            var ops = new List<(char Op, int Line, string Text)>();
            int x = 0, y = 0;
            while (x < a.Length || y < b.Length)
            {
                if (x < a.Length && y < b.Length && a[x] == b[y]) { ops.Add((' ', x + 1, a[x])); x++; y++; }
                else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { ops.Add(('+', y + 1, b[y])); y++; }
                else { ops.Add(('-', x + 1, a[x])); x++; }
            }

            var sb = new StringBuilder();
            int written = 0, lastShown = -1;
            for (int k = 0; k < ops.Count && written < MaxLines; k++)
            {
                bool near = false;
                for (int d = -Context; d <= Context && !near; d++)
                    near = k + d >= 0 && k + d < ops.Count && ops[k + d].Op != ' ';
                if (!near) continue;
                if (lastShown >= 0 && k > lastShown + 1) sb.AppendLine("  …");
                sb.Append(ops[k].Op).Append(' ').Append(ops[k].Line.ToString().PadLeft(4)).Append(": ").AppendLine(ops[k].Text);
                lastShown = k;
                written++;
            }
            if (written >= MaxLines) sb.AppendLine("  … (diff cut)");
            return sb.ToString();
        }
    }
}
