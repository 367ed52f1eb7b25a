using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using FormFactory.Cli.Output;
using FormFactory.Synthetic;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory synth --services N --tenants M --seed S --out DIR [--start YYYY-MM-DD]</c>.</summary>
    internal static class SynthCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var services = new Option<int>("--services") { Description = "How many services (at least 1).", Required = true };
            var tenants = new Option<int>("--tenants") { Description = "How many tenants (municipalities); from 6 on every municipality type occurs.", Required = true };
            var seed = new Option<long>("--seed") { Description = "The seed: the same options give byte-identical files (default 1).", DefaultValueFactory = _ => 1 };
            var output = new Option<string>("--out") { Description = "The folder to write into: new, empty, or an earlier synthetic catalog (replaced).", Required = true };
            var start = new Option<string?>("--start") { Description = "The factory's first day, YYYY-MM-DD (default 2023-11-20); the history covers the 156 weeks from it." };
            var command = new Command("synth", "Writes a deterministic synthetic catalog shaped like the OZG catalog, for scale tests and benchmarks.")
            {
                services, tenants, seed, output, start,
            };
            command.SetAction(parse => Run(parse.GetValue(services), parse.GetValue(tenants), parse.GetValue(seed), parse.GetValue(output)!, parse.GetValue(start), stdout, stderr));
            return command;
        }

        private static int Run(int services, int tenants, long seed, string folder, string? start, TextWriter stdout, TextWriter stderr)
        {
            if (services < 1) return Usage(stderr, "--services must be at least 1.");
            if (tenants < 0) return Usage(stderr, "--tenants must not be negative.");
            var options = new SynthOptions { Services = services, Tenants = tenants, Seed = seed };
            if (start != null)
            {
                if (!DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                    return Usage(stderr, $"--start '{start}' is not a valid date of the form YYYY-MM-DD.");
                options = options with { Start = day };
            }
            SynthResult result;
            try
            {
                int step = Math.Max(500, services / 10 / 500 * 500);
                var progress = new Reporter(n =>
                {
                    if (n % step == 0 || n == services) stdout.WriteEscapedLine($"  {n:N0} / {services:N0} services written");
                });
                result = CatalogSynthesizer.Write(options, folder, progress);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            stdout.WriteEscapedLine(string.Format(CultureInfo.InvariantCulture,
                "Wrote {0:N0} services in {1} Leistungsbündel, {2} tenants, {3} blocks, {4} code lists ({5:N1} MB) to {6} in {7:N1} s.",
                result.Services, result.Leistungsbuendel, result.Tenants, result.Blocks, result.CodeLists, result.Bytes / 1024.0 / 1024.0, folder.Replace('\\', '/'),
                result.Elapsed.TotalSeconds));
            stdout.WriteEscapedLine($"History: {options.Start:yyyy-MM-dd} to {options.End:yyyy-MM-dd}. Next: {ToolInvocation.Current} validate {folder.Replace('\\', '/')}");
            return Program.ExitCodes.Success;
        }

        /// <summary>Reports on the calling thread, one line at a time (<see cref="Progress{T}"/> would post to the thread pool, out of order).</summary>
        private sealed class Reporter(Action<int> report) : IProgress<int>
        {
            private readonly object _gate = new();

            public void Report(int value)
            {
                lock (_gate) report(value);
            }
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
