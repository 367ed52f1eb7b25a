using System;
using System.IO;
using System.Text;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>
    /// Golden files: the approved output lives in <c>tests/FormFactory.Rendering.Tests/Approved/</c>. A mismatch writes
    /// <c>NAME.received.EXT</c> beside it and fails with the first differing lines; accept a change by copying the
    /// received file over the approved one (or run with FORMFACTORY_APPROVE=1).
    /// </summary>
    public static class Approvals
    {
        /// <summary>The folder of approved files.</summary>
        public static string Folder => Path.Combine(Samples.Root, "tests", "FormFactory.Rendering.Tests", "Approved");

        /// <summary>Asserts that <paramref name="actual"/> equals the approved file <paramref name="name"/>.</summary>
        public static void Verify(string name, string actual)
        {
            string approvedPath = Path.Combine(Folder, name);
            string receivedPath = Path.Combine(Folder, Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
            string? approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath, Encoding.UTF8).Replace("\r\n", "\n") : null;
            if (approved == actual)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            Directory.CreateDirectory(Folder);
            if (Environment.GetEnvironmentVariable("FORMFACTORY_APPROVE") == "1")
            {
                File.WriteAllText(approvedPath, actual, new UTF8Encoding(false));
                return;
            }
            File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
            Assert.Fail(approved == null
                ? $"No approved file {name}. Review {receivedPath} and rename it to {name} to approve it."
                : $"{name} differs from the approved output; see {receivedPath}.\n{Diff(approved, actual)}");
        }

        /// <summary>The first differing lines, with a little context.</summary>
        public static string Diff(string expected, string actual)
        {
            var a = expected.Split('\n');
            var b = actual.Split('\n');
            int i = 0;
            while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
            var sb = new StringBuilder();
            sb.AppendLine($"First difference at line {i + 1}:");
            for (int k = Math.Max(0, i - 2); k < Math.Min(Math.Max(a.Length, b.Length), i + 4); k++)
            {
                if (k < a.Length && (k >= b.Length || a[k] != b[k])) sb.AppendLine("- " + a[k]);
                if (k < b.Length && (k >= a.Length || a[k] != b[k])) sb.AppendLine("+ " + b[k]);
                if (k < a.Length && k < b.Length && a[k] == b[k]) sb.AppendLine("  " + a[k]);
            }
            return sb.ToString();
        }
    }
}
