using System.Diagnostics;
using System.IO;
using System.Linq;

namespace FormFactory.Cli.Tests
{
    /// <summary>Every packable project ships a readme, so <c>dotnet pack</c> does not warn about a missing one.</summary>
    public class PackageReadmeTests
    {
        private static string Src => Path.Combine(FormFactory.Testing.Repository.Root, "src");

        [Fact]
        public void EverySourceProjectHasAReadmeThatSaysWhatItIs()
        {
            var missing = Directory.GetDirectories(Src).Where(d => Directory.GetFiles(d, "*.csproj").Length > 0)
                .Where(d => !File.Exists(Path.Combine(d, "README.md")) || !File.ReadAllText(Path.Combine(d, "README.md")).StartsWith("# " + Path.GetFileName(d) + "\n", System.StringComparison.Ordinal))
                .Select(Path.GetFileName).ToList();
            Assert.True(missing.Count == 0, "No README.md starting with '# <project>': " + string.Join(", ", missing));
        }

        [Fact]
        public void PackingPutsTheReadmeIntoThePackage()
        {
            // Evaluation only (no build): what pack would use as the readme, and that it is packed at the root.
            var project = Path.Combine(Src, "FormFactory.Runtime", "FormFactory.Runtime.csproj");
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "msbuild", project, "-getProperty:PackageReadmeFile", "-getItem:None", "-nologo" }) start.ArgumentList.Add(a);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(120_000);
            Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
            Assert.Contains("\"PackageReadmeFile\": \"README.md\"", output);
            Assert.Matches("\"Identity\": \"[^\"]*FormFactory.Runtime/README.md\"", output);
            Assert.Contains("\"PackagePath\": \"/\"", output);
        }
    }
}
