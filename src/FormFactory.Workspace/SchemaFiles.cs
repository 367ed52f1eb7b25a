using System.Collections.Generic;
using System.IO;
using System.Text;
using FormFactory.Definitions;

namespace FormFactory.Workspace
{
    /// <summary>
    /// The published JSON Schemas as files in a definitions folder (<c>schema/*.schema.json</c>), which every
    /// definition names with <c>$schema</c> so that editors complete and check while the designer types.
    /// </summary>
    public static class SchemaFiles
    {
        /// <summary>The file kinds that have a published schema.</summary>
        public static IReadOnlyList<DefinitionFileKind> Kinds { get; } = new[]
        {
            DefinitionFileKind.Form, DefinitionFileKind.Block, DefinitionFileKind.CodeList, DefinitionFileKind.Tenant, DefinitionFileKind.Factory,
        };

        /// <summary>Writes every schema into <c><paramref name="definitionsFolder"/>/schema/</c>, replacing older copies.</summary>
        /// <returns>The paths written.</returns>
        public static IReadOnlyList<string> WriteAll(string definitionsFolder) => Write(definitionsFolder, overwrite: true);

        /// <summary>Writes the schemas that <c><paramref name="definitionsFolder"/>/schema/</c> lacks; existing files stay as they are.</summary>
        /// <returns>The paths written.</returns>
        public static IReadOnlyList<string> WriteMissing(string definitionsFolder) => Write(definitionsFolder, overwrite: false);

        private static IReadOnlyList<string> Write(string definitionsFolder, bool overwrite)
        {
            var folder = Path.Combine(definitionsFolder, "schema");
            Directory.CreateDirectory(folder);
            var written = new List<string>();
            foreach (var kind in Kinds)
            {
                var path = Path.Combine(folder, SchemaChecker.SchemaName(kind));
                if (!overwrite && File.Exists(path)) continue;
                File.WriteAllText(path, SchemaChecker.SchemaText(kind), new UTF8Encoding(false));
                written.Add(path);
            }
            return written;
        }
    }
}
