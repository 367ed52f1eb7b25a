using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Fim;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>
    /// The test files under <c>tests/FormFactory.Fim.Tests/Cases/</c> (copies of real FIM exports; see Cases/README.md).
    /// Linked into the FIT-Connect tests too, which export services imported from them.
    /// </summary>
    public static class Cases
    {
        /// <summary>The FIM test project's folder in the source tree.</summary>
        public static string ProjectFolder => FormFactory.Testing.Repository.TestProject("FormFactory.Fim.Tests");

        /// <summary>The Cases folder.</summary>
        public static string Folder => Path.Combine(ProjectFolder, "Cases");

        /// <summary>The repository root.</summary>
        public static string RepositoryRoot => FormFactory.Testing.Repository.Root;

        /// <summary>The path of <paramref name="relative"/> below Cases.</summary>
        public static string PathOf(string relative) => Path.Combine(Folder, relative);

        /// <summary>A case file as an import input, shown as <c>Cases/…</c>.</summary>
        public static FimInput Input(string relative, bool onlyIfReferenced = false) =>
            new FimInput("Cases/" + relative, File.ReadAllBytes(PathOf(relative)), onlyIfReferenced);

        /// <summary>Every file in a Cases subfolder, by name.</summary>
        public static IEnumerable<string> In(string folder) =>
            Directory.EnumerateFiles(PathOf(folder), "*.xml").Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal)!;

        /// <summary>Every XDatenfelder file in <paramref name="folders"/>, as <c>folder/name</c>, for a theory.</summary>
        public static TheoryData<string> Schemas(params string[] folders)
        {
            var data = new TheoryData<string>();
            foreach (var folder in folders)
                foreach (var name in In(folder)) data.Add(folder + "/" + name);
            return data;
        }

        /// <summary>The code lists of <paramref name="folder"/>, as found beside the schemas (imported only when used).</summary>
        public static IEnumerable<FimInput> CodeListsBeside(string folder = "codelists") =>
            In(folder).Select(n => Input(folder + "/" + n, onlyIfReferenced: true));

        /// <summary>
        /// Imports one XDatenfelder case the way the CLI does: the schema, with the code lists found beside it
        /// (<c>xdf2/a.xml</c> with <c>codelists/</c>, <c>others/xdf2/a.xml</c> with <c>others/codelists/</c>).
        /// </summary>
        public static FimImportResult Import(string relative)
        {
            string parent = Path.GetDirectoryName(Path.GetDirectoryName(relative))!.Replace('\\', '/');
            return FimImporter.Import(new[] { Input(relative) }.Concat(CodeListsBeside(parent.Length == 0 ? "codelists" : parent + "/codelists")));
        }
    }
}
