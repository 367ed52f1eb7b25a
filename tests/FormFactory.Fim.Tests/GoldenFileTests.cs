using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Fim.Tests.Support;

namespace FormFactory.Fim.Tests
{
    /// <summary>
    /// The definitions and report imported from each real export are checked in under <c>Approved/&lt;case&gt;/</c>, so
    /// every change to the mapping shows as a diff in review.
    /// </summary>
    public class GoldenFileTests
    {
        public static TheoryData<string> Exports() => Cases.Schemas("xdf2", "xdf3", "others/xdf2", "others/xdf3");

        private static string CaseFolder(string file) => Path.ChangeExtension(file, null);

        [Theory]
        [MemberData(nameof(Exports))]
        public void ImportedDefinitionsMatchTheApprovedFiles(string file)
        {
            var result = Cases.Import(file);
            foreach (var f in result.Files) Approved.Verify(Path.Combine(CaseFolder(file), f.Path), f.Text);
            Approved.Verify(Path.Combine(CaseFolder(file), FimImportResult.ReportFileName), result.ReportMarkdown);
        }

        [Theory]
        [MemberData(nameof(Exports))]
        public void EveryApprovedFileIsStillProduced(string file)
        {
            string folder = Path.Combine(Approved.Folder, CaseFolder(file));
            if (!Directory.Exists(folder)) return;
            var produced = new HashSet<string>(Cases.Import(file).Files.Select(f => f.Path)) { FimImportResult.ReportFileName };
            var orphans = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Select(p => Path.GetRelativePath(folder, p).Replace('\\', '/'))
                .Where(p => !p.Contains(".received.", StringComparison.Ordinal) && !produced.Contains(p))
                .ToList();
            Assert.True(orphans.Count == 0, "Approved files no longer produced (delete them): " + string.Join(", ", orphans));
        }
    }
}
