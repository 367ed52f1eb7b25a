using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
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
            var files = new List<DefinitionFile>();
            var problems = new List<Diagnostic>();
            IEnumerable<string> candidates;
            if (File.Exists(path)) candidates = new[] { path };
            else if (Directory.Exists(path))
                candidates = Directory.EnumerateFiles(path, "*.json", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System })
                    .Where(f => !IsSchemaFile(Path.GetRelativePath(path, f)))
                    .OrderBy(f => f, StringComparer.Ordinal);
            else throw new DirectoryNotFoundException($"No file or folder '{path}'.");

            foreach (var file in candidates)
            {
                string shown = file.Replace('\\', '/');
                try
                {
                    var info = new FileInfo(file);
                    if (info.Length > MaxFileBytes)
                    {
                        problems.Add(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(shown), $"it is larger than {MaxFileBytes / 1024 / 1024} MB"));
                        continue;
                    }
                    var bytes = File.ReadAllBytes(file);
                    string text;
                    try
                    {
                        text = new UTF8Encoding(false, true).GetString(bytes);
                    }
                    catch (DecoderFallbackException)
                    {
                        problems.Add(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(shown), "it is not UTF-8 text; save it as UTF-8"));
                        continue;
                    }
                    files.Add(new DefinitionFile(shown, text));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(Diagnostic.Create(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(shown), e.Message.TrimEnd('.')));
                }
            }
            return (files, problems);
        }

        private static bool IsSchemaFile(string relative)
        {
            var parts = relative.Replace('\\', '/').Split('/');
            return parts.Length > 1 && parts[^2] == "schema" && parts[^1].EndsWith(".schema.json", StringComparison.Ordinal);
        }
    }
}
