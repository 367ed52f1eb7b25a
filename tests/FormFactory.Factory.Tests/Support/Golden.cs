using System;
using System.IO;
using System.Text;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>
    /// Golden-file checks: the output must equal <c>Approved/NAME</c> exactly. On a mismatch (or a missing approved
    /// file) the output is written as <c>Approved/NAME-without-extension.received.EXT</c> and the test fails with
    /// the first differing lines. To approve a change, review the difference and copy the received file over the approved one.
    /// </summary>
    internal static class Golden
    {
        public static void Verify(string name, string actual)
        {
            var approvedPath = Path.Combine(RepositoryPaths.Approved, name);
            var receivedPath = Path.Combine(RepositoryPaths.Approved,
                Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
            var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8) : null;
            if (approved == actual)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            if (approved == null)
                throw new Xunit.Sdk.XunitException($"No approved file {approvedPath}.\nReview {receivedPath} and rename it to approve it.");
            throw new Xunit.Sdk.XunitException($"{name} differs from the approved file.\n{Diff(approved, actual)}\nReceived: {receivedPath}\nApproved: {approvedPath}");
        }

        /// <summary>The first differing line with some context, line endings made visible.</summary>
        internal static string Diff(string approved, string received)
        {
            var a = approved.Split('\n');
            var r = received.Split('\n');
            int i = 0;
            while (i < a.Length && i < r.Length && a[i] == r[i]) i++;
            var sb = new StringBuilder();
            sb.Append($"First difference at line {i + 1} (approved has {a.Length} lines, received {r.Length}):\n");
            for (int k = Math.Max(0, i - 2); k < i; k++) sb.Append("  ").Append(Show(a[k])).Append('\n');
            if (i < a.Length) sb.Append("- ").Append(Show(a[i])).Append('\n');
            if (i < r.Length) sb.Append("+ ").Append(Show(r[i])).Append('\n');
            for (int k = i + 1; k < Math.Min(r.Length, i + 3); k++) sb.Append("  ").Append(Show(r[k])).Append('\n');
            return sb.ToString();
        }

        private static string Show(string line) => line.Replace("\r", "\\r").Replace("\t", "\\t");
    }
}
