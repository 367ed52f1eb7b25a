using System;
using System.IO;

namespace FormFactory.Cli.Tests
{
    /// <summary><c>formfactory build --endpoint-origin</c> (what <c>serve</c> builds with): every form posts to that origin, keeping its endpoint's path.</summary>
    public class EndpointOriginTests : IDisposable
    {
        private readonly string _temp = Path.Combine(Path.GetTempPath(), "formfactory-cli-" + Guid.NewGuid().ToString("N"));

        public EndpointOriginTests() => Directory.CreateDirectory(_temp);

        public void Dispose()
        {
            try { Directory.Delete(_temp, true); } catch (IOException) { }
        }

        private static (int Code, string Out, string Err) Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr);
            return (code, stdout.ToString(), stderr.ToString());
        }

        [Fact]
        public void PagesPostToTheGivenOriginAndItsPolicyAllowsExactlyThat()
        {
            string output = Path.Combine(_temp, "out");
            var (code, _, stderr) = Run("build", FormFactory.Testing.Repository.Definitions, "--out", output, "--layout", "folders", "--endpoint-origin", "http://127.0.0.1:5000");
            Assert.True(code == 0, stderr);
            string page = File.ReadAllText(Path.Combine(output, "darmstadt", "hundAnmelden", "index.html"));
            Assert.Contains("action=\"http://127.0.0.1:5000/formfactory/darmstadt/submissions\"", page);
            Assert.Contains("connect-src http://127.0.0.1:5000; form-action http://127.0.0.1:5000;", page);
            Assert.DoesNotContain("example.org/formfactory", page);

            // Another origin is another tool: the next build renders everything again instead of calling it up to date.
            var (again, stdout, _) = Run("build", FormFactory.Testing.Repository.Definitions, "--out", output, "--layout", "folders", "--endpoint-origin", "http://127.0.0.1:6000");
            Assert.Equal(0, again);
            Assert.DoesNotContain("Up to date", stdout);
            Assert.Contains("http://127.0.0.1:6000/formfactory/darmstadt/submissions", File.ReadAllText(Path.Combine(output, "darmstadt", "hundAnmelden", "index.html")));
        }

        [Fact]
        public void AnOriginThatIsNoHttpUrlIsAUsageError()
        {
            var (code, _, stderr) = Run("build", FormFactory.Testing.Repository.Definitions, "--out", Path.Combine(_temp, "out"), "--endpoint-origin", "javascript:alert(1)");
            Assert.Equal(2, code);
            Assert.Contains("--endpoint-origin", stderr);
        }
    }
}
