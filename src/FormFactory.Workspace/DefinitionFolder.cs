using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Files;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Workspace
{
    /// <summary>Finds and reads the definition files below a folder (or one file).</summary>
    public static class DefinitionFolder
    {
        /// <summary>Files larger than this are refused rather than read into memory.</summary>
        public const long MaxFileBytes = 8 * 1024 * 1024;

        /// <summary>
        /// Reads every <c>*.json</c> below <paramref name="path"/> except the published schemas, in a stable order.
        /// Paths in the result start with <paramref name="path"/> as given, with forward slashes.
        /// </summary>
        public static (IReadOnlyList<DefinitionFile> Files, IReadOnlyList<Diagnostic> Problems) Read(string path)
        {
            var contents = ReadContents(path);
            return (contents.Files, contents.Problems);
        }

        /// <summary>Like <see cref="Read"/>, with each file's content hash. Files are read in parallel; the result's order is stable.</summary>
        public static FolderContents ReadContents(string path)
        {
            IEnumerable<string> candidates;
            SafeFiles reader;
            if (Directory.Exists(path))
            {
                // Links are followed only inside the folder, folder links not at all: no loop, no foreign file.
                reader = SafeFiles.In(path);
                candidates = reader.Files(path, name => name.EndsWith(".json", StringComparison.Ordinal))
                    .Where(f => !IsSchemaFile(Path.GetRelativePath(path, f)))
                    .OrderBy(f => f, StringComparer.Ordinal);
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget != null)
            {
                reader = SafeFiles.Anywhere; // the file the user named, wherever a link to it points
                candidates = new[] { path };
            }
            else throw new DirectoryNotFoundException($"No file or folder '{path}'.");

            var ordered = candidates.ToList();
            var outcomes = new (DefinitionFile? File, string? Hash, Diagnostic? Problem)[ordered.Count];
            Parallel.For(0, ordered.Count, i => outcomes[i] = ReadOne(ordered[i], reader));
            var files = new List<DefinitionFile>();
            var problems = new List<Diagnostic>();
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (file, hash, problem) in outcomes)
            {
                if (problem != null) problems.Add(problem);
                if (file == null) continue;
                files.Add(file);
                hashes[file.Path] = hash!;
            }
            return new FolderContents(files, problems, hashes);
        }

        private static (DefinitionFile? File, string? Hash, Diagnostic? Problem) ReadOne(string file, SafeFiles reader)
        {
            string shown = file.Replace('\\', '/');
            try
            {
                var bytes = reader.ReadAllBytes(file, MaxFileBytes);
                string text;
                try
                {
                    text = new UTF8Encoding(false, true).GetString(bytes);
                }
                catch (DecoderFallbackException)
                {
                    return (null, null, Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(shown), "it is not UTF-8 text; save it as UTF-8"));
                }
                return (new DefinitionFile(shown, text), Convert.ToHexStringLower(SHA256.HashData(bytes)), null);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return (null, null, Diagnostic.Create(UnsafeFileException.DescriptorFor(e), SourceLocation.WholeFile(shown), e.Message.TrimEnd('.')));
            }
        }

        private static bool IsSchemaFile(string relative)
        {
            var parts = relative.Replace('\\', '/').Split('/');
            return parts.Length > 1 && parts[^2] == "schema" && parts[^1].EndsWith(".schema.json", StringComparison.Ordinal);
        }
    }
}
