using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using FormFactory.Definitions.Files;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// The template files: the defaults shipped in this assembly (the repository's <c>templates/</c> folder), with any
    /// file of the same relative path in an override folder taking their place. Text is read as UTF-8 and line endings
    /// are normalised to LF, so output does not depend on how a file was checked out.
    /// </summary>
    public static class TemplateFiles
    {
        private const string ResourcePrefix = "templates/";

        private static IReadOnlyDictionary<string, string>? _shipped;

        /// <summary>A template or asset file larger than this is refused.</summary>
        public const long MaxFileBytes = 8 * 1024 * 1024;

        /// <summary>The default files, read once.</summary>
        public static IReadOnlyDictionary<string, string> Shipped => _shipped ??= Read(null);

        /// <summary>Reads the default files and those of <paramref name="overrideDirectory"/> (if any), by relative path.</summary>
        public static IReadOnlyDictionary<string, string> Read(string? overrideDirectory)
        {
            var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
            var assembly = typeof(TemplateFiles).Assembly;
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
                files[resource.Substring(ResourcePrefix.Length).Replace('\\', '/')] = ReadResource(assembly, resource);
            if (overrideDirectory != null)
            {
                if (!Directory.Exists(overrideDirectory)) throw new DirectoryNotFoundException($"No templates folder '{overrideDirectory}'.");
                // Regular files only, links only inside the folder: a FIFO or a link loop cannot stall a build.
                var reader = SafeFiles.In(overrideDirectory);
                foreach (var path in reader.Files(overrideDirectory, _ => true))
                {
                    string relative = Path.GetRelativePath(overrideDirectory, path).Replace('\\', '/');
                    byte[] bytes;
                    try
                    {
                        bytes = reader.ReadAllBytes(path, MaxFileBytes);
                    }
                    catch (UnsafeFileException e)
                    {
                        throw e.WithPath(path);
                    }
                    using var text = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
                    files[relative] = Normalize(text.ReadToEnd());
                }
            }
            return files;
        }

        private static string ReadResource(Assembly assembly, string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
            return Normalize(reader.ReadToEnd());
        }

        /// <summary>LF line endings, no byte order mark.</summary>
        public static string Normalize(string text) => text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
    }
}
