using System;
using System.IO;
using System.Runtime.CompilerServices;
using FormFactory.Testing;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>
    /// Golden files of this project: the approved output lives under <c>Approved/</c> next to the tests (see
    /// <see cref="GoldenFiles"/> for how a difference is shown and accepted).
    /// </summary>
    public static class Approvals
    {
        /// <summary>The folder of approved files in the source tree.</summary>
        public static string Folder() => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(ThisFile())!)!, "Approved");

        private static string ThisFile([CallerFilePath] string path = "") => path;

        /// <summary>Compares <paramref name="actual"/> with the approved file <paramref name="name"/>.</summary>
        public static void Verify(string name, string actual) => GoldenFiles.Verify(Folder(), name, actual);
    }
}
