using System.IO;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// The two files a project gets once, whatever its number of services: what the generated validators share
    /// (<c>FormFactoryValidation</c>) and what the generated JSON converters share (<c>FormFactoryJson</c>). Both
    /// are internal classes in the root namespace, kept as embedded templates so they read as the C# they are.
    /// </summary>
    internal static class SupportFiles
    {
        /// <summary>The hint name stem of the validators' shared file.</summary>
        public const string Validation = "FormFactoryValidation";

        /// <summary>The hint name stem of the converters' shared file.</summary>
        public const string Json = "FormFactoryJson";

        /// <summary>The source of the shared file <paramref name="stem"/> in namespace <paramref name="rootNamespace"/>.</summary>
        public static string Emit(string stem, string rootNamespace)
        {
            using var stream = typeof(SupportFiles).Assembly.GetManifestResourceStream("FormFactory.Generator.Support." + stem + ".cs.txt")
                ?? throw new FileNotFoundException("Embedded template missing: " + stem);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd().Replace("\r\n", "\n").Replace("$NAMESPACE$", rootNamespace);
        }
    }
}
