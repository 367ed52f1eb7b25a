using System;
using System.IO;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>Paths of the repository from a test's output folder.</summary>
    public static class Repository
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

        /// <summary>The sample catalog.</summary>
        public static string Definitions => Path.Combine(Root, "definitions");

        /// <summary>The Nu Html Checker, installed by <c>npm ci</c> in this test project's folder.</summary>
        public static string VnuJar => Path.Combine(Root, "tests", "FormFactory.Browser.Tests", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    }
}
