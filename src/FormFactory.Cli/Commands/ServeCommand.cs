using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FormFactory.Cli.Output;
using FormFactory.Intake;
using FormFactory.Rendering.Build;
using Microsoft.AspNetCore.Builder;

namespace FormFactory.Cli.Commands
{
    /// <summary>
    /// <c>formfactory serve [PATH] [--urls URL] [--store sqlite:FILE|postgres:CONNECTION] [--out DIR]</c>: builds the
    /// catalog with every endpoint pointed at this host, then serves portals and packages and receives their
    /// submissions (the intake service) until stopped.
    /// </summary>
    internal static class ServeCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "The definitions folder.", DefaultValueFactory = _ => "definitions" };
            var urls = new Option<string>("--urls") { Description = "Where to listen (default http://127.0.0.1:5000).", DefaultValueFactory = _ => "http://127.0.0.1:5000" };
            var store = new Option<string>("--store")
            {
                Description = "Where accepted submissions go: sqlite:FILE (default sqlite:intake.db) or postgres:CONNECTION STRING.",
                DefaultValueFactory = _ => "sqlite:intake.db",
            };
            var output = new Option<string?>("--out") { Description = "The folder to build the packages into (default: a folder under the system's temporary folder, kept for fast restarts)." };
            var origin = new Option<string?>("--public-origin") { Description = "The origin citizens reach this host at, when it differs from --urls (a reverse proxy)." };
            var command = new Command("serve", "Builds the catalog, serves its portals and form packages, and receives and stores their submissions.") { path, urls, store, output, origin };
            command.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(urls)!, parse.GetValue(store)!, parse.GetValue(output), parse.GetValue(origin), stdout, stderr));
            return command;
        }

        internal static int Run(string path, string urls, string store, string? output, string? publicOrigin, TextWriter stdout, TextWriter stderr)
        {
            string origin;
            try { origin = SubmissionEndpoints.OriginOf(publicOrigin ?? urls.Split(';')[0]); }
            catch (ArgumentException e)
            {
                stderr.WriteEscapedLine("formfactory: " + e.Message + " (give --public-origin when --urls listens on all interfaces)");
                return Program.ExitCodes.UsageOrIo;
            }
            if (!store.StartsWith("sqlite:", StringComparison.Ordinal) && !store.StartsWith("postgres:", StringComparison.Ordinal))
            {
                stderr.WriteEscapedLine($"formfactory: --store '{store}': expected sqlite:FILE or postgres:CONNECTION");
                return Program.ExitCodes.UsageOrIo;
            }
            string packages = output ?? DefaultOutput(path, origin);
            var (code, _, _) = BuildCommand.Run(path, packages, null, stdout, stderr, OutputLayout.Folders, origin);
            if (code != Program.ExitCodes.Success) return code;

            var args = new List<string>
            {
                "--urls=" + urls, "--Intake:Definitions=" + Path.GetFullPath(path), "--Intake:Store=" + store,
                "--Intake:Packages=" + Path.GetFullPath(packages), "--Intake:PublicOrigin=" + origin,
            };
            WebApplication app;
            try { app = IntakeApp.Create(args.ToArray()); }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or IOException or System.Data.Common.DbException)
            {
                stderr.WriteEscapedLine("formfactory: the intake could not start: " + e.Message);
                return Program.ExitCodes.UsageOrIo;
            }
            stdout.WriteEscapedLine($"Serving the portals at {origin}/TENANT/ and receiving submissions into {(store.StartsWith("sqlite:", StringComparison.Ordinal) ? store : "postgres")}. Press Ctrl+C to stop.");
            foreach (var tenant in Directory.GetDirectories(packages).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).OrderBy(n => n, StringComparer.Ordinal))
                stdout.WriteEscapedLine($"  {origin}/{tenant}/");
            app.Run();
            return Program.ExitCodes.Success;
        }

        // One folder per definitions folder and origin, so a restart rebuilds only what changed.
        private static string DefaultOutput(string path, string origin)
        {
            string key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(path) + "\n" + origin))).Substring(0, 16);
            return Path.Combine(Path.GetTempPath(), "formfactory-serve", key);
        }
    }
}
