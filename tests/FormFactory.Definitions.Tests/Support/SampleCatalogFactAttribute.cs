using System.IO;
using System.Linq;

namespace FormFactory.Definitions.Tests.Support
{
    /// <summary>
    /// A test of the bundled sample catalog: skipped, and shown as skipped, while <c>definitions/</c> holds no
    /// definition files (only the schemas), instead of passing on nothing.
    /// </summary>
    public sealed class SampleCatalogFactAttribute : FactAttribute
    {
        /// <summary>Sets <see cref="FactAttribute.Skip"/> when there is no sample catalog.</summary>
        public SampleCatalogFactAttribute()
        {
            if (!Directory.Exists(RepositoryPaths.Definitions) || RepositoryPaths.SampleFiles().Count == 0)
                Skip = "No sample catalog in definitions/ yet.";
        }
    }
}
