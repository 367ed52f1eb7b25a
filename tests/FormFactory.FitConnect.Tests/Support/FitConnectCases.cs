using System.IO;
using System.Runtime.CompilerServices;

namespace FormFactory.FitConnect.Tests.Support
{
    /// <summary>The test files under this project's <c>Cases/</c> (copies of public FIT-Connect files; see Cases/README.md).</summary>
    public static class FitConnectCases
    {
        /// <summary>The FIT-Connect submission metadata schema 1.0.0 (JSON Schema 2020-12).</summary>
        public static string MetadataSchema => Path.Combine(Folder(), "fitconnect", "metadata.schema.v1.0.0.json");

        private static string Folder([CallerFilePath] string path = "") => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!, "Cases");
    }
}
