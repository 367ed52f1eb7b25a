using System;
using System.IO;

namespace FormFactory.Testing
{
    /// <summary>Finds files of the repository (the sample catalog, a test project's folders, docs) from a test's output folder.</summary>
    public static class Repository
    {
        private static readonly Lazy<string> FoundRoot = new(FindRoot);

        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => FoundRoot.Value;

        /// <summary>The bundled sample catalog.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");

        /// <summary>The source folder of the test project <paramref name="name"/> (<c>FormFactory.Fim.Tests</c>).</summary>
        public static string TestProject(string name) => Path.Combine(Root, "tests", name);

        private static string FindRoot()
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FormFactory.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("FormFactory.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
