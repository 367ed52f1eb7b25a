using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Files;
using FormFactory.Definitions.Syntax;
using FormFactory.Fim;
using FormFactory.Fim.CodeLists;
using FormFactory.Fim.Reading;
using FormFactory.Fim.Xml;

namespace FormFactory.Cli.Import
{
    /// <summary>
    /// A FIM download given as a whole: a folder, or a zip as the FIM portals hand them out, holding a schema and its
    /// code lists. Its XDatenfelder files are imported as if named; its genericode lists as if found beside them
    /// (imported when used), or all of them when it holds no XDatenfelder file. Other XML files in it are passed over.
    /// </summary>
    internal static class FimDownload
    {
        /// <summary>At most this many entries of a zip are looked at, and at most this many bytes unpacked in all.</summary>
        private const int MaxEntries = 10_000;
        private const long MaxTotalBytes = 4L * SafeXml.MaxFileBytes;

        /// <summary>True when <paramref name="path"/> starts like a zip file.</summary>
        public static bool IsZip(string path)
        {
            try
            {
                using var stream = SafeFiles.Anywhere.OpenRead(path);
                Span<byte> head = stackalloc byte[4];
                return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        /// <summary>The XML files of the folder <paramref name="folder"/> (not its subfolders).</summary>
        public static List<FimInput> FromFolder(string folder, DiagnosticBag problems)
        {
            var files = new List<(string, byte[])>();
            var reader = SafeFiles.In(folder);
            foreach (var file in XmlFilesIn(reader, folder))
            {
                string shown = Shown(file);
                try
                {
                    files.Add((shown, reader.ReadAllBytes(file, SafeXml.MaxFileBytes)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Report(UnsafeFileException.DescriptorFor(e), SourceLocation.WholeFile(shown), e.Message.TrimEnd('.'));
                }
            }
            return Classify(files);
        }

        /// <summary>The XML entries of the zip <paramref name="zip"/>, shown as <c>zip/entry</c>.</summary>
        public static List<FimInput> FromZip(string zip, DiagnosticBag problems)
        {
            var files = new List<(string, byte[])>();
            try
            {
                using var archive = new ZipArchive(SafeFiles.Anywhere.OpenRead(zip), ZipArchiveMode.Read);
                long total = 0;
                foreach (var entry in archive.Entries.Take(MaxEntries).OrderBy(e => e.FullName, StringComparer.Ordinal))
                {
                    if (!entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)) continue;
                    string shown = Shown(zip) + "/" + entry.FullName;
                    // The sizes in a zip's directory can lie: unpack at most one byte more than allowed and look.
                    using var content = new MemoryStream();
                    using (var stream = entry.Open()) CopyAtMost(stream, content, SafeXml.MaxFileBytes + 1L);
                    total += content.Length;
                    if (content.Length > SafeXml.MaxFileBytes) { TooLarge(shown, problems); continue; }
                    if (total > MaxTotalBytes)
                    {
                        problems.Report(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(Shown(zip)),
                            $"it unpacks to more than {MaxTotalBytes / 1024 / 1024} MB of XML; the rest is not read");
                        break;
                    }
                    files.Add((shown, content.ToArray()));
                }
                if (files.Count == 0)
                    problems.Report(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(Shown(zip)), "the zip file holds no XML file");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                problems.Report(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(Shown(zip)), "it is not a readable zip file: " + e.Message.TrimEnd('.'));
            }
            return Classify(files);
        }

        /// <summary>XDatenfelder files as named; genericode lists as found beside them, unless there is no XDatenfelder file.</summary>
        private static List<FimInput> Classify(List<(string Path, byte[] Content)> files)
        {
            var kinds = files.Select(f => (File: f, Root: FimFileReader.PeekRoot(f.Content))).ToList();
            var messages = kinds.Where(k => k.Root?.NamespaceName.StartsWith("urn:xoev-de:fim:standard:xdatenfelder", StringComparison.Ordinal) == true).ToList();
            var lists = kinds.Where(k => k.Root is { } r && r.LocalName == "CodeList" && r.NamespaceName == GenericodeReader.Namespace).ToList();
            return messages.Select(m => new FimInput(m.File.Path, m.File.Content))
                .Concat(lists.Select(l => new FimInput(l.File.Path, l.File.Content, OnlyIfReferenced: messages.Count > 0)))
                .ToList();
        }

        /// <summary>
        /// The <c>.xml</c> files of <paramref name="folder"/> (not its subfolders) as <paramref name="reader"/> finds
        /// them, however the extension is cased (exports from Windows write <c>.XML</c>).
        /// </summary>
        public static IEnumerable<string> XmlFilesIn(SafeFiles reader, string folder) =>
            reader.Files(folder, name => name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase), recursive: false).OrderBy(f => f, StringComparer.Ordinal);

        private static void CopyAtMost(Stream from, Stream to, long limit)
        {
            var buffer = new byte[81920];
            int n;
            while (to.Length < limit && (n = from.Read(buffer, 0, (int)Math.Min(buffer.Length, limit - to.Length))) > 0) to.Write(buffer, 0, n);
        }

        /// <summary>Reports that the file <paramref name="shown"/> is over the size limit.</summary>
        private static void TooLarge(string shown, DiagnosticBag problems) =>
            problems.Report(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(shown), $"it is larger than {SafeXml.MaxFileBytes / 1024 / 1024} MB");

        private static string Shown(string path) => path.Replace('\\', '/');
    }
}
