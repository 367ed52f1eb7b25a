using System;
using System.IO;
using System.Runtime.CompilerServices;
using Xunit.Sdk;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>
    /// Golden files: the approved output lives under <c>Approved/</c> next to the tests and is checked in. A mismatch
    /// writes <c>name.received.ext</c> beside it and fails with a diff; review it and rename it to accept the change.
    /// Setting FORMFACTORY_ACCEPT=1 accepts every received output at once.
    /// </summary>
    public static class Approvals
    {
        /// <summary>The folder of approved files in the source tree.</summary>
        public static string Folder() => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!, "Approved");

        private static string ThisFile([CallerFilePath] string path = "") => path;

        /// <summary>Compares <paramref name="actual"/> with the approved file <paramref name="name"/>.</summary>
        public static void Verify(string name, string actual)
        {
            string approvedPath = Path.Combine(Folder(), name);
            string receivedPath = Path.Combine(Folder(), Path.GetFileNameWithoutExtension(name) + ".received" + Path.GetExtension(name));
            actual = Normalize(actual);
            string? approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath)) : null;
            if (approved == actual)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                return;
            }
            if (Environment.GetEnvironmentVariable("FORMFACTORY_ACCEPT") == "1")
            {
                File.WriteAllText(approvedPath, actual);
                return;
            }
            File.WriteAllText(receivedPath, actual);
            throw new XunitException(approved == null
                ? $"No approved file {approvedPath}. Review {receivedPath} and rename it to accept it."
                : $"{name} differs from the approved file. Review {receivedPath} and rename it to accept it.\n" + LineDiff.Describe(approved, actual));
        }

        private static string Normalize(string text) => text.Replace("\r\n", "\n");
    }
}
