using System.IO;
using FormFactory.Testing;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>
    /// Golden files under <c>Approved/</c> of the test project (see <see cref="GoldenFiles"/> for how a difference is
    /// shown and accepted).
    /// </summary>
    public static class Approved
    {
        /// <summary>
        /// The folder of approved files in the source tree: <c>Approved/</c> of the test project this file is compiled
        /// into (it is shared by linking, so the project is found by the assembly's name, which is the folder's).
        /// </summary>
        public static string Folder => Path.Combine(Cases.RepositoryRoot, "tests", typeof(Approved).Assembly.GetName().Name!, "Approved");

        /// <summary>Compares <paramref name="received"/> with <c>Approved/<paramref name="relative"/></c>.</summary>
        public static void Verify(string relative, string received) => GoldenFiles.Verify(Folder, relative, received);
    }
}
