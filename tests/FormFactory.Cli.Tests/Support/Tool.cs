using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace FormFactory.Cli.Tests.Support
{
    /// <summary>What one run of the command printed and returned.</summary>
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
    {
        /// <summary>Non-empty stdout lines.</summary>
        public string[] Lines => Stdout.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

        /// <summary>Non-empty stderr lines.</summary>
        public string[] ErrorLines => Stderr.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0).ToArray();

        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
    }

    /// <summary>Runs <c>formfactory</c> in the test process (through <see cref="Program.Run"/>) or as a real process.</summary>
    public static class Tool
    {
        public static CliResult Run(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            int exit = Program.Run(args, stdout, stderr);
            return new CliResult(exit, stdout.ToString(), stderr.ToString());
        }

        /// <summary>The built tool, copied next to the tests by the project reference.</summary>
        public static string DllPath => System.IO.Path.Combine(AppContext.BaseDirectory, "formfactory.dll");

        /// <summary>Runs <c>dotnet formfactory.dll ARGS</c> in <paramref name="workingDirectory"/>.</summary>
        public static CliResult RunProcess(string workingDirectory, params string[] args) =>
            RunProcess(new System.Collections.Generic.Dictionary<string, string?>(), workingDirectory, args);

        /// <summary>
        /// Runs <c>dotnet formfactory.dll ARGS</c> with <paramref name="environment"/> set (a null value removes the
        /// variable). The locale variables are English unless given, so messages do not follow the test machine.
        /// </summary>
        public static CliResult RunProcess(System.Collections.Generic.IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(DllPath);
            foreach (var a in args) start.ArgumentList.Add(a);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            foreach (var name in new[] { "LC_ALL", "LC_MESSAGES" }) start.Environment.Remove(name);
            start.Environment["LANG"] = "C.UTF-8";
            foreach (var (name, value) in environment)
            {
                if (value == null) start.Environment.Remove(name);
                else start.Environment[name] = value;
            }
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("formfactory did not finish within 60 s");
            }
            return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
        }

        /// <summary>The dotnet host running these tests, or <c>dotnet</c> from PATH.</summary>
        private static string DotnetHost()
        {
            var fromSdk = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(fromSdk) && File.Exists(fromSdk)) return fromSdk;
            var self = Environment.ProcessPath;
            if (self != null && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
            return "dotnet";
        }
    }
}
