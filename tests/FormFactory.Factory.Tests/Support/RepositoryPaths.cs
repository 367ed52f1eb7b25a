using System;
using System.IO;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>Finds repository files from a test's output folder.</summary>
    internal static class RepositoryPaths
    {
        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FormFactory.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("FormFactory.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>The bundled sample catalog.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");

        /// <summary>This project's approved golden files.</summary>
        public static string Approved => Path.Combine(Root, "tests", "FormFactory.Factory.Tests", "Approved");
    }
}
