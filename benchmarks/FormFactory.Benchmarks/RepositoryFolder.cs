using System;
using System.IO;

namespace FormFactory.Benchmarks
{
    /// <summary>Finds the repository (the folder holding FormFactory.sln) from wherever BenchmarkDotNet runs the benchmark process.</summary>
    public static class RepositoryFolder
    {
        /// <summary>The repository's root folder.</summary>
        public static string Root
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FormFactory.sln"))) dir = dir.Parent;
                return dir?.FullName ?? throw new InvalidOperationException("FormFactory.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>The sample catalog, <c>definitions/</c>.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");
    }
}
