using System;
using System.IO;
using System.IO.Compression;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>formfactory import fim</c> as a new user runs it: import into a definitions folder, then validate.</summary>
    public sealed class ImportFimCommandTests : IDisposable
    {
        private readonly string _root = Path.Combine(Path.GetTempPath(), "ff-cli-fim-" + Guid.NewGuid().ToString("N"));

        private string Definitions => Path.Combine(_root, "definitions");

        private string Downloads => Path.Combine(_root, "downloads");

        private static string RepositoryRoot() => FormFactory.Testing.Repository.Root;

        private static string Case(string relative) => Path.Combine(RepositoryRoot(), "tests", "FormFactory.Fim.Tests", "Cases", relative);

        public ImportFimCommandTests()
        {
            // A definitions folder with the published schemas, and a download folder with a schema and its code lists.
            Directory.CreateDirectory(Path.Combine(Definitions, "schema"));
            foreach (var schema in Directory.GetFiles(Path.Combine(RepositoryRoot(), "definitions", "schema")))
                File.Copy(schema, Path.Combine(Definitions, "schema", Path.GetFileName(schema)));
            File.WriteAllText(Path.Combine(Definitions, "factory.json"), "{ \"name\": \"Testfabrik\" }");
            Directory.CreateDirectory(Path.Combine(Definitions, "codelists"));
            File.WriteAllText(Path.Combine(Definitions, "codelists", "staat.codelist.json"), "{ \"id\": \"staat\", \"values\": [ { \"code\": \"000\", \"label\": \"Deutschland\" } ] }");
            Directory.CreateDirectory(Downloads);
            File.Copy(Case("xdf2/S00000094V1.0_xdf2.xml"), Path.Combine(Downloads, "S00000094V1.0_xdf2.xml"));
            foreach (var list in Directory.GetFiles(Case("codelists"))) File.Copy(list, Path.Combine(Downloads, Path.GetFileName(list)));
        }

        public void Dispose()
        {
            if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        }

        private string Out => Path.Combine(Definitions, "fim");

        [Fact]
        public void ImportedSchemaValidatesWithoutEdits()
        {
            var (code, stdout, stderr) = Run("import", "fim", Path.Combine(Downloads, "S00000094V1.0_xdf2.xml"), "--out", Out);
            Assert.True(code == 0, stderr);
            Assert.Contains("1 service(s), 13 block(s), 4 code list(s)", stdout);
            Assert.True(File.Exists(Path.Combine(Out, "fim-import-report.md")));
            string form = File.ReadAllText(Path.Combine(Out, "services", "benachrichtigungBeschaeftigung.form.json"));
            Assert.Contains("\"$schema\": \"../../schema/form.schema.json\"", form);
            // The catalog has a code list 'staat' already: the imported one gets another id.
            Assert.True(File.Exists(Path.Combine(Out, "codelists", "staatC60000020.codelist.json")));

            var validate = Run("validate", Definitions);
            Assert.True(validate.Code == 0, validate.Stdout + validate.Stderr);
            Assert.Contains("no errors or warnings", validate.Stdout);
        }

        [Fact]
        public void AnImportDoesNotOverwriteFilesUnlessForced()
        {
            string schema = Path.Combine(Downloads, "S00000094V1.0_xdf2.xml");
            Assert.Equal(0, Run("import", "fim", schema, "--out", Out).Code);
            var again = Run("import", "fim", schema, "--out", Out);
            Assert.Equal(2, again.Code);
            Assert.Contains("--force", again.Stderr);
            Assert.Equal(0, Run("import", "fim", schema, "--out", Out, "--force").Code);
        }

        [Fact]
        public void XDatenfelder1IsRefusedWithItsVersion()
        {
            var (code, stdout, stderr) = Run("import", "fim", Case("xdf1/S00000036_WaBeKa_xdf1.xml"), "--out", Out);
            Assert.Equal(1, code);
            Assert.Contains("error FF0703: XDatenfelder 1", stderr);
            Assert.Contains("Nothing was imported.", stdout);
            Assert.False(Directory.Exists(Out));
        }

        [Fact]
        public void ASchemaWithoutItsCodeListsStillImportsAndValidates()
        {
            var (code, _, stderr) = Run("import", "fim", Case("xdf2/S00000121V1.0_BlaueKarte_xdf2.xml"), "--out", Out, "--id", "blaueKarte");
            Assert.True(code == 0, stderr);
            Assert.True(File.Exists(Path.Combine(Out, "services", "blaueKarte.form.json")));
            Assert.Contains("was not given", File.ReadAllText(Path.Combine(Out, "fim-import-report.md")));
            Assert.Equal(0, Run("validate", Definitions).Code);
        }

        [Fact]
        public void AZipDownloadImportsWithTheCodeListsInIt()
        {
            // As the FIM portals hand a schema out: one zip with the schema and its code lists.
            string zip = Path.Combine(_root, "S00000094V1.0_xdf2.zip");
            ZipFile.CreateFromDirectory(Downloads, zip);
            var (code, stdout, stderr) = Run("import", "fim", zip, "--out", Out);
            Assert.True(code == 0, stderr);
            Assert.Contains("1 service(s), 13 block(s), 4 code list(s)", stdout);
            // The report is Markdown: the path's underscores are escaped, so they show as written.
            Assert.Contains("S00000094V1.0\\_xdf2.zip/S00000094V1.0\\_xdf2.xml", File.ReadAllText(Path.Combine(Out, "fim-import-report.md")));
            Assert.Equal(0, Run("validate", Definitions).Code);
        }

        [Fact]
        public void AFolderDownloadImportsItsSchemaAndTheCodeListsItUses()
        {
            File.WriteAllText(Path.Combine(Downloads, "liesmich.xml"), "<html><body>Download vom FIM-Portal</body></html>");
            File.Move(Path.Combine(Downloads, "C60000020_genericode.xml"), Path.Combine(Downloads, "C60000020_GENERICODE.XML"));
            var (code, stdout, stderr) = Run("import", "fim", Downloads, "--out", Out);
            Assert.True(code == 0, stderr);
            // The QS message list in the folder is used by no field: it is not imported; the HTML file is passed over.
            Assert.Contains("1 service(s), 13 block(s), 4 code list(s)", stdout);
            Assert.Equal(0, Run("validate", Definitions).Code);
        }

        [Fact]
        public void ABrokenZipIsRefusedNamingIt()
        {
            string zip = Path.Combine(_root, "kaputt.zip");
            File.WriteAllBytes(zip, new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 });
            var (code, _, stderr) = Run("import", "fim", zip, "--out", Out);
            Assert.Equal(1, code);
            Assert.Contains("kaputt.zip(1,1): error FF0006: The file cannot be read: it is not a readable zip file", stderr);
        }

        [Fact]
        public void AZipEntryUnpackingBeyondTheLimitIsNotRead()
        {
            // 40 MB of blanks pack into a few kilobytes; the entry is cut off at the limit and refused.
            string zip = Path.Combine(_root, "bombe.zip");
            using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
            using (var entry = archive.CreateEntry("schema.xml").Open())
            {
                var blanks = new byte[1024 * 1024];
                Array.Fill(blanks, (byte)' ');
                for (int i = 0; i < 40; i++) entry.Write(blanks);
            }
            var (code, _, stderr) = Run("import", "fim", zip, "--out", Out);
            Assert.Equal(1, code);
            Assert.Contains("bombe.zip/schema.xml(1,1): error FF0006: The file cannot be read: it is larger than 32 MB", stderr);
        }

        [Fact]
        public void ABadServiceIdIsAUsageError() =>
            Assert.Equal(2, Run("import", "fim", Path.Combine(Downloads, "S00000094V1.0_xdf2.xml"), "--out", Out, "--id", "Blaue-Karte").Code);

        [Fact]
        public void AMissingFileIsAUsageError() =>
            Assert.Equal(2, Run("import", "fim", Path.Combine(Downloads, "fehlt.xml"), "--out", Out).Code);

        private static (int Code, string Stdout, string Stderr) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }
}
