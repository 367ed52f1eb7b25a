using System.IO;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>Paths of the repository from a test's output folder.</summary>
    public static class Repository
    {
        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => FormFactory.Testing.Repository.Root;

        /// <summary>The sample catalog.</summary>
        public static string Definitions => FormFactory.Testing.Repository.Definitions;

        /// <summary>The Nu Html Checker, installed by <c>npm ci</c> in this test project's folder.</summary>
        public static string VnuJar => Path.Combine(FormFactory.Testing.Repository.TestProject("FormFactory.Browser.Tests"), "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    }
}
