using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>
    /// The sample catalog in <c>definitions/</c>, the starting point of every mutation. It must be there: without it
    /// these tests would pass without having tested anything, so they fail instead.
    /// </summary>
    public static class SampleCatalog
    {
        private static readonly Lazy<IReadOnlyList<DefinitionFile>> Lazy = new(Load);

        public static IReadOnlyList<DefinitionFile> Files => Lazy.Value;

        private static IReadOnlyList<DefinitionFile> Load()
        {
            string folder = RepositoryPaths.Definitions;
            if (!Directory.Exists(folder))
                throw new InvalidOperationException($"The sample catalog is missing: no folder {folder}. The robustness tests mutate its files and cannot run without it.");
            var files = RepositoryPaths.SampleFiles();
            foreach (var kind in new[] { DefinitionFileKind.Form, DefinitionFileKind.Block, DefinitionFileKind.CodeList, DefinitionFileKind.Tenant, DefinitionFileKind.Factory })
                if (!files.Any(f => f.Kind == kind))
                    throw new InvalidOperationException($"The sample catalog in {folder} has no {kind} file; the robustness tests need one of each kind.");
            return files;
        }

        /// <summary>
        /// The files bound together with a mutated <paramref name="file"/>: factory settings, blocks, one other service
        /// and the code lists these use; for a tenant, whose services name tenants in their reuse lists, the whole
        /// catalog. The same files without the mutation bind without a single diagnostic, so every diagnostic is the
        /// mutation's. (The whole catalog every time would make each bind three times slower.)
        /// </summary>
        public static List<DefinitionFile> ContextFor(DefinitionFile file, DefinitionFile mutated, Random random)
        {
            var result = new List<DefinitionFile>();
            if (file.Kind == DefinitionFileKind.Tenant) result.AddRange(Files.Where(f => f.Path != file.Path));
            else
            {
                var forms = Files.Where(f => f.Kind == DefinitionFileKind.Form && f.Path != file.Path).ToList();
                var users = file.Kind == DefinitionFileKind.CodeList ? forms.Where(f => CodeListsUsedBy(f).Contains(file.IdFromName!)).ToList() : forms;
                var other = (users.Count > 0 ? users : forms)[random.Next((users.Count > 0 ? users : forms).Count)];
                result.AddRange(Files.Where(f => f.Kind is DefinitionFileKind.Factory or DefinitionFileKind.Block && f.Path != file.Path));
                result.Add(other);
                var used = new HashSet<string>(result.Append(file).SelectMany(CodeListsUsedBy));
                result.AddRange(Files.Where(f => f.Kind == DefinitionFileKind.CodeList && f.Path != file.Path && used.Contains(f.IdFromName!)));
            }
            result.Add(mutated);
            return result;
        }

        private static readonly Regex CodeListReference = new("\"codeList\"\\s*:\\s*\"([^\"]+)\"");

        private static IEnumerable<string> CodeListsUsedBy(DefinitionFile file) =>
            CodeListReference.Matches(file.Text).Select(m => m.Groups[1].Value);
    }
}
