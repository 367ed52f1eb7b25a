using System;
using System.Collections.Generic;
using System.IO;
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
    /// The files an import reads: the ones named (a folder or a zip stands for the FIM files in it, see
    /// <see cref="FimDownload"/>), and the genericode lists found beside the named schemas (or in <c>--codelists</c>
    /// folders), which are imported only when a schema uses them.
    /// </summary>
    internal static class FimInputs
    {
        public static List<FimInput> Collect(IReadOnlyList<string> files, IReadOnlyList<string> codeListFolders, DiagnosticBag problems)
        {
            var inputs = new List<FimInput>();
            var named = new HashSet<string>(files.Select(Path.GetFullPath), StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (Directory.Exists(file)) inputs.AddRange(FimDownload.FromFolder(file, problems));
                else if (FimDownload.IsZip(file)) inputs.AddRange(FimDownload.FromZip(file, problems));
                else if (Read(file, problems) is byte[] content) inputs.Add(new FimInput(Shown(file), content));
            }
            foreach (var input in inputs.ToList()) named.Add(Path.GetFullPath(input.Path));

            // A named folder or zip is a download of its own, read whole already; the folders of named files are
            // searched for code lists.
            var folders = files.Where(f => !Directory.Exists(f) && !FimDownload.IsZip(f)).Select(f => Path.GetDirectoryName(Path.GetFullPath(f))!)
                .Concat(codeListFolders.Select(Path.GetFullPath))
                .Distinct(StringComparer.Ordinal);
            foreach (var folder in folders.Where(Directory.Exists))
            {
                var reader = SafeFiles.In(folder);
                foreach (var candidate in FimDownload.XmlFilesIn(reader, folder))
                {
                    if (named.Contains(candidate)) continue;
                    byte[] content;
                    try
                    {
                        // The root element is near the start: a folder of large unrelated files is not read whole.
                        if (!IsGenericode(Head(reader, candidate))) continue;
                        content = reader.ReadAllBytes(candidate, SafeXml.MaxFileBytes);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
                    named.Add(candidate);
                    inputs.Add(new FimInput(Shown(Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate)), content, OnlyIfReferenced: true));
                }
            }
            return inputs;
        }

        private static byte[] Head(SafeFiles reader, string file)
        {
            using var stream = reader.OpenRead(file);
            var buffer = new byte[64 * 1024];
            int n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer.AsSpan(0, n).ToArray();
        }

        private static bool IsGenericode(byte[] head) =>
            FimFileReader.PeekRoot(head) is { } root && root.LocalName == "CodeList" && root.NamespaceName == GenericodeReader.Namespace;

        private static byte[]? Read(string file, DiagnosticBag problems)
        {
            var at = SourceLocation.WholeFile(Shown(file));
            try
            {
                return SafeFiles.Anywhere.ReadAllBytes(file, SafeXml.MaxFileBytes);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Report(UnsafeFileException.DescriptorFor(e), at, e.Message.TrimEnd('.'));
                return null;
            }
        }

        private static string Shown(string path) => path.Replace('\\', '/');
    }
}
