using System;
using System.Linq;
using System.Reflection;

namespace FormFactory.Benchmarks
{
    /// <summary>Where the sample catalog is, as the build recorded it (the benchmarks run from deep inside bin/).</summary>
    public static class RepositoryFolder
    {
        /// <summary>The sample catalog, <c>definitions/</c> at the repository root.</summary>
        public static string Definitions =>
            typeof(RepositoryFolder).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .SingleOrDefault(a => a.Key == "FormFactoryDefinitions")?.Value
            ?? throw new InvalidOperationException("The build recorded no definitions folder (AssemblyMetadata FormFactoryDefinitions).");
    }
}
