using System.Collections.Generic;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Workspace
{
    /// <summary>What <see cref="DefinitionFolder.ReadContents"/> found.</summary>
    /// <param name="Files">The definition files, in a stable order.</param>
    /// <param name="Problems">Files that could not be read.</param>
    /// <param name="Hashes">Each read file's SHA-256 (lower-case hexadecimal) by its path as in <paramref name="Files"/>.</param>
    public sealed record FolderContents(IReadOnlyList<DefinitionFile> Files, IReadOnlyList<Diagnostic> Problems, IReadOnlyDictionary<string, string> Hashes);
}
