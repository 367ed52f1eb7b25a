using System;
using System.IO;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>formfactory build</c>: exit codes, progress lines, summary.</summary>
    public class BuildCommandTests : IDisposable
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "formfactory-cli-" + Guid.NewGuid().ToString("N"));

        public BuildCommandTests() => Directory.CreateDirectory(_temp);

        public void Dispose()
        {
            try { Directory.Delete(_temp, true); } catch (IOException) { }
        }

        private static string Definitions => FormFactory.Testing.Repository.Definitions;

        private static (int Code, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        [Fact]
        public void BuildsTheSampleCatalogWithPlainProgressAndASummary()
        {
            string output = Path.Combine(_temp, "out");
            var (code, stdout, stderr) = Run("build", Definitions, "--out", output);
            Assert.True(code == 0, stderr);
            Assert.Contains("[31/31] ", stdout);
            Assert.Contains("Built 31 package(s) and 4 portal(s)", stdout);
            Assert.True(File.Exists(Path.Combine(output, "rossdorf", "hundAnmelden", "index.html")));
            Assert.True(File.Exists(Path.Combine(output, "rossdorf", "hundAnmelden.zip")));
            Assert.True(File.Exists(Path.Combine(output, "rossdorf", "index.html")));
        }

        [Fact]
        public void LayoutZipsWritesOnlyZipsAndAnotherLayoutRebuildsEverything()
        {
            string output = Path.Combine(_temp, "out");
            string folder = Path.Combine(output, "rossdorf", "hundAnmelden");
            var (code, stdout, stderr) = Run("build", Definitions, "--out", output, "--layout", "zips");
            Assert.True(code == 0, stderr);
            Assert.Contains("layout zips", stdout);
            Assert.True(File.Exists(folder + ".zip"));
            Assert.False(Directory.Exists(folder));
            Assert.True(File.Exists(Path.Combine(output, "rossdorf", "index.html")));

            (code, stdout, stderr) = Run("build", Definitions, "--out", output, "--layout", "zips");
            Assert.True(code == 0, stderr);
            Assert.Contains("Up to date: 31 package(s)", stdout);

            (code, stdout, stderr) = Run("build", Definitions, "--out", output, "--layout", "folders");
            Assert.True(code == 0, stderr);
            Assert.Contains("layout changed from zips to folders", stdout);
            Assert.Contains("31 rendered, 0 unchanged", stdout);
            Assert.True(File.Exists(Path.Combine(folder, "index.html")));
            Assert.False(File.Exists(folder + ".zip"));

            (code, stdout, stderr) = Run("build", Definitions, "--out", output, "--layout", "folders");
            Assert.True(code == 0, stderr);
            Assert.Contains("Up to date: 31 package(s)", stdout);
        }

        [Fact]
        public void UnknownLayoutIsAUsageError()
        {
            var (code, _, stderr) = Run("build", Definitions, "--out", Path.Combine(_temp, "out"), "--layout", "tar");
            Assert.Equal(2, code);
            Assert.Contains("tar", stderr);
            Assert.False(Directory.Exists(Path.Combine(_temp, "out")));
        }

        [Fact]
        public void HelpNamesTheLayouts()
        {
            var (code, stdout, _) = Run("build", "--help");
            Assert.Equal(0, code);
            Assert.Contains("--layout", stdout);
            Assert.Contains("both (default)", stdout);
            Assert.Contains("zips", stdout);
        }

        [Fact]
        public void ACatalogWithoutTenantsSaysWhyNothingWasBuilt()
        {
            string defs = Path.Combine(_temp, "defs");
            Directory.CreateDirectory(Path.Combine(defs, "services"));
            File.WriteAllText(Path.Combine(defs, "services", "antrag.form.json"), "{ \"id\": \"antrag\", \"title\": \"A\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"a\", \"type\": \"text\", \"label\": \"A\" } ] } ] }");
            var (code, stdout, stderr) = Run("build", defs, "--out", Path.Combine(_temp, "out"));
            Assert.True(code == 0, stderr);
            Assert.Contains("Built 0 package(s)", stdout);
            Assert.Contains("the catalog has no tenants", stdout);

            Directory.CreateDirectory(Path.Combine(defs, "tenants"));
            File.WriteAllText(Path.Combine(defs, "tenants", "amt.tenant.json"), "{ \"id\": \"amt\", \"name\": \"Amt\", \"type\": \"gemeinde\" }");
            (code, stdout, stderr) = Run("build", defs, "--out", Path.Combine(_temp, "out2"));
            Assert.True(code == 0, stderr);
            Assert.Contains("no tenant offers any service", stdout);
        }

        [Fact]
        public void DefinitionErrorsFailWithExitCode1AndBuildNothing()
        {
            string defs = Path.Combine(_temp, "defs");
            Directory.CreateDirectory(Path.Combine(defs, "services"));
            File.WriteAllText(Path.Combine(defs, "services", "kaputt.form.json"), "{ \"id\": \"kaputt\", \"title\": \"K\", \"steps\": [ { \"id\": \"s\", \"title\": \"S\", \"fields\": [ { \"id\": \"a\", \"type\": \"nope\", \"label\": \"A\" } ] } ] }");
            string output = Path.Combine(_temp, "out");
            var (code, _, stderr) = Run("build", defs, "--out", output);
            Assert.Equal(1, code);
            Assert.Contains("kaputt.form.json(", stderr);
            Assert.False(Directory.Exists(output));
        }

        [Fact]
        public void TemplateErrorFailsWithFileLineAndColumn()
        {
            string templates = Path.Combine(_temp, "templates", "partials");
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, "label.html"), "<label>\n{{ if }}\n");
            var (code, _, stderr) = Run("build", Definitions, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "templates"));
            Assert.Equal(1, code);
            Assert.StartsWith("partials/label.html(2,", stderr);
        }

        [Fact]
        public void MissingDefinitionsFolderIsExitCode2() =>
            Assert.Equal(2, Run("build", Path.Combine(_temp, "nothing"), "--out", Path.Combine(_temp, "out")).Code);

        [Fact]
        public void MissingTemplatesFolderIsExitCode2() =>
            Assert.Equal(2, Run("build", Definitions, "--out", Path.Combine(_temp, "out"), "--templates", Path.Combine(_temp, "nothing")).Code);

        [Fact]
        public void MissingOutOptionIsAUsageError() => Assert.Equal(2, Run("build", Definitions).Code);

        /// <summary><c>--endpoint-origin</c> (what <c>serve</c> builds with): every form posts to that origin, keeping its endpoint's path.</summary>
        [Fact]
        public void PagesPostToTheGivenOriginAndItsPolicyAllowsExactlyThat()
        {
            string output = Path.Combine(_temp, "out");
            var (code, _, stderr) = Run("build", Definitions, "--out", output, "--layout", "folders", "--endpoint-origin", "http://127.0.0.1:5000");
            Assert.True(code == 0, stderr);
            string page = File.ReadAllText(Path.Combine(output, "darmstadt", "hundAnmelden", "index.html"));
            Assert.Contains("action=\"http://127.0.0.1:5000/formfactory/darmstadt/submissions\"", page);
            Assert.Contains("connect-src http://127.0.0.1:5000; form-action http://127.0.0.1:5000;", page);
            Assert.DoesNotContain("example.org/formfactory", page);

            // Another origin is another tool: the next build renders everything again instead of calling it up to date.
            var (again, stdout, _) = Run("build", Definitions, "--out", output, "--layout", "folders", "--endpoint-origin", "http://127.0.0.1:6000");
            Assert.Equal(0, again);
            Assert.DoesNotContain("Up to date", stdout);
            Assert.Contains("http://127.0.0.1:6000/formfactory/darmstadt/submissions", File.ReadAllText(Path.Combine(output, "darmstadt", "hundAnmelden", "index.html")));
        }

        [Fact]
        public void AnOriginThatIsNoHttpUrlIsAUsageError()
        {
            var (code, _, stderr) = Run("build", Definitions, "--out", Path.Combine(_temp, "out"), "--endpoint-origin", "javascript:alert(1)");
            Assert.Equal(2, code);
            Assert.Contains("--endpoint-origin", stderr);
        }
    }
}
