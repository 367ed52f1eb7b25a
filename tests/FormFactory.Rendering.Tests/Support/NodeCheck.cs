using System;
using System.Diagnostics;
using System.IO;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>Runs Node.js on generated scripts (the CI script installs it, as the expression tests need it too).</summary>
    public static class NodeCheck
    {
        /// <summary>True when <paramref name="script"/> parses as JavaScript (<c>node --check</c>).</summary>
        public static bool IsValidJavaScript(string script, out string error)
        {
            var (code, _, stderr) = Run(script, "--check");
            error = stderr;
            return code == 0;
        }

        /// <summary>Runs <paramref name="script"/> and returns its exit code and output.</summary>
        public static (int ExitCode, string Stdout, string Stderr) Run(string script, string? option = null)
        {
            string file = Path.Combine(Path.GetTempPath(), "formfactory-" + Guid.NewGuid().ToString("N") + ".js");
            File.WriteAllText(file, script);
            try
            {
                var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
                if (option != null) start.ArgumentList.Add(option);
                start.ArgumentList.Add(file);
                using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start; install Node.js");
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEndAsync();
                if (!process.WaitForExit(60_000)) { process.Kill(true); throw new TimeoutException("node took longer than a minute"); }
                return (process.ExitCode, stdout.Result, stderr.Result);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}
