using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Files;

namespace FormFactory.Cli.Import
{
    /// <summary>
    /// The definitions folder an import writes into: the nearest folder at or above the output that holds
    /// <c>schema/form.schema.json</c> or <c>factory.json</c>. Its schemas are what imported files name in
    /// <c>$schema</c>, and its other definitions' ids are not to be taken.
    /// </summary>
    internal sealed record CatalogFolder(string? Root, string SchemaFolder, IReadOnlyList<string> TakenIds)
    {
        public static CatalogFolder Find(string output)
        {
            string full = Path.GetFullPath(output);
            for (var dir = new DirectoryInfo(full); dir != null; dir = dir.Parent)
            {
                bool hasSchemas = File.Exists(Path.Combine(dir.FullName, "schema", "form.schema.json"));
                if (!hasSchemas && !File.Exists(Path.Combine(dir.FullName, "factory.json"))) continue;
                string schemaFolder = Path.GetRelativePath(full, Path.Combine(dir.FullName, "schema")).Replace('\\', '/');
                return new CatalogFolder(dir.FullName, schemaFolder, TakenIdsBelow(dir.FullName, full));
            }
            return new CatalogFolder(null, "schema", Array.Empty<string>());
        }

        /// <summary>Ids of the definition files below <paramref name="root"/> that the import will not replace.</summary>
        private static List<string> TakenIdsBelow(string root, string output)
        {
            string outputPrefix = output.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return SafeFiles.In(root).Files(root, name => name.EndsWith(".json", StringComparison.Ordinal))
                .Where(f => !f.StartsWith(outputPrefix, StringComparison.Ordinal))
                .Select(f => new DefinitionFile(f, "").IdFromName)
                .Where(id => id != null)
                .Select(id => id!)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(id => id, StringComparer.Ordinal)
                .ToList();
        }
    }
}
