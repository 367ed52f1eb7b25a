using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
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

        /// <summary>
        /// Binds already-read files, adding schema checks. Files are parsed, bound and checked on all cores; the
        /// result does not depend on the order in which that happens.
        /// </summary>
        /// <param name="files">The files.</param>
        /// <param name="problems">Problems found while reading them.</param>
        /// <param name="skipSchemaCheck">
        /// Files whose schema check may be skipped, because it is known to pass (an unchanged file that passed in the
        /// previous build); null checks every file.
        /// </param>
        public static CatalogResult Bind(IReadOnlyList<DefinitionFile> files, IEnumerable<Diagnostic>? problems = null, Func<DefinitionFile, bool>? skipSchemaCheck = null)
        {
            var result = CatalogBinder.Bind(files, Environment.ProcessorCount);
            var all = new List<Diagnostic>(problems ?? Enumerable.Empty<Diagnostic>());
            all.AddRange(result.Diagnostics);
            var filesWithErrors = new HashSet<string>(result.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path));
            var toCheck = files.Where(f => f.Kind != DefinitionFileKind.Unknown && !filesWithErrors.Contains(f.Path) && !(skipSchemaCheck?.Invoke(f) ?? false)).ToList();
            var violations = new IReadOnlyList<Diagnostic>[toCheck.Count];
            Parallel.For(0, toCheck.Count, i => violations[i] = SchemaChecker.Check(toCheck[i]));
            foreach (var found in violations) all.AddRange(found);
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
