using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;

namespace FormFactory.Workspace
{
    /// <summary>Loads a definitions folder: reads, schema-checks and binds it.</summary>
    public static class CatalogLoader
    {
        /// <summary>
        /// Loads <paramref name="path"/>. Schema violations are reported for files in which the loader itself found
        /// no error, so a designer sees each mistake once, and a gap in the loader's checks still shows (FF0003).
        /// </summary>
        public static CatalogResult Load(string path)
        {
            var (files, problems) = DefinitionFolder.Read(path);
            return Bind(files, problems);
        }

        /// <summary>Binds already-read files, adding schema checks.</summary>
        public static CatalogResult Bind(IReadOnlyList<DefinitionFile> files, IEnumerable<Diagnostic>? problems = null)
        {
            var result = CatalogBinder.Bind(files);
            var all = new List<Diagnostic>(problems ?? Enumerable.Empty<Diagnostic>());
            all.AddRange(result.Diagnostics);
            var filesWithErrors = new HashSet<string>(result.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path));
            foreach (var file in files)
            {
                if (file.Kind == DefinitionFileKind.Unknown || filesWithErrors.Contains(file.Path)) continue;
                all.AddRange(SchemaChecker.Check(file));
            }
            var catalog = result.Catalog;
            if (all.Count != result.Diagnostics.Count)
            {
                // A schema error makes the file unusable like any other error.
                var broken = new HashSet<string>(all.Where(d => d.IsError).Select(d => d.Location.Path));
                catalog = catalog with { Forms = catalog.Forms.Where(f => !broken.Contains(f.SourcePath)).ToEquatableArray() };
            }
            return new CatalogResult(catalog, CatalogBinder.Normalize(all));
        }
    }
}
