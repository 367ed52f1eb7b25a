using System.IO;
using FormFactory.Testing;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>Finds repository files from a test's output folder.</summary>
    internal static class RepositoryPaths
    {
        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => Repository.Root;

        /// <summary>The bundled sample catalog.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");

        /// <summary>This project's approved golden files.</summary>
        public static string Approved => Path.Combine(Root, "tests", "FormFactory.Factory.Tests", "Approved");
    }
}
