using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FormFactory.Cli.Output;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Expressions;
using FormFactory.Factory;
using FormFactory.Factory.Export;
using FormFactory.Workspace;
using FormFactory.Runtime;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory report [PATH] --out DIR [--tenant ID | --type TYPE] [--as-of DATE] [--lang de|en] [--deadline DATE] [--seed N]</c>.</summary>
    internal static class ReportCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var path = new Argument<string>("path") { Description = "The definitions folder.", DefaultValueFactory = _ => "definitions" };
            var output = new Option<string>("--out") { Description = "The folder to write the report into (created if missing).", Required = true };
            var tenant = new Option<string?>("--tenant") { Description = "Report only the services this tenant (municipality id) offers." };
            var type = new Option<string?>("--type") { Description = "Report only the services relevant for this municipality type." };
            type.AcceptOnlyFromAmong(Vocabulary.MunicipalityTypes.ToArray());
            var asOf = new Option<string?>("--as-of") { Description = "The report's day, YYYY-MM-DD (default: today in Europe/Berlin). Fix it for a reproducible report." };
            var language = new Option<string>("--lang") { Description = "The report's language: de (default) or en.", DefaultValueFactory = _ => "de" };
            language.AcceptOnlyFromAmong(ReportOptions.Languages.ToArray());
            var deadline = new Option<string?>("--deadline") { Description = "The day the backlog should be done, YYYY-MM-DD, for the required pace (default: 31 December of the as-of year)." };
            var seed = new Option<int>("--seed") { Description = "The forecast's random seed (default 1).", DefaultValueFactory = _ => 1 };
            var command = new Command("report", "Writes the factory's status report: the page (report.html), the status table (status.csv) and a summary (report.md).")
            {
                path, output, tenant, type, asOf, language, deadline, seed,
            };
            command.SetAction(parse => Run(new Arguments(parse.GetValue(path)!, parse.GetValue(output)!, parse.GetValue(tenant), parse.GetValue(type),
                parse.GetValue(asOf), parse.GetValue(language)!, parse.GetValue(deadline), parse.GetValue(seed)), stdout, stderr));
            return command;
        }

        private sealed record Arguments(string Path, string Out, string? Tenant, string? Type, string? AsOf, string Language, string? Deadline, int Seed);

        private static int Run(Arguments a, TextWriter stdout, TextWriter stderr)
        {
            if (a.Tenant != null && a.Type != null)
                return Usage(stderr, "--tenant and --type exclude each other; give one of them.");
            DateOnly day;
            if (a.AsOf == null) day = DateOnly.FromDateTime(BerlinClock.Today());
            else if (!TryParseDate(a.AsOf, out day)) return Usage(stderr, $"--as-of '{a.AsOf}' is not a valid date of the form YYYY-MM-DD.");
            DateOnly? deadline = null;
            if (a.Deadline != null)
            {
                if (!TryParseDate(a.Deadline, out var d)) return Usage(stderr, $"--deadline '{a.Deadline}' is not a valid date of the form YYYY-MM-DD.");
                deadline = d;
            }

            CatalogResult result;
            try
            {
                result = CatalogLoader.Load(a.Path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            if (result.Diagnostics.Any(d => d.IsError))
            {
                foreach (var d in result.Diagnostics) stderr.WriteEscapedLine(d.ToString(a.Language));
                return Program.ExitCodes.DefinitionErrors;
            }
            foreach (var warning in result.Diagnostics) stderr.WriteEscapedLine(warning.ToString(a.Language));
            if (a.Tenant != null && result.Catalog.Tenant(a.Tenant) == null)
            {
                var known = string.Join(", ", result.Catalog.Tenants.Select(t => t.Id));
                return Usage(stderr, $"Unknown tenant '{a.Tenant}'. Known tenants: {(known.Length == 0 ? "none" : known)}.");
            }

            var report = FactoryReportBuilder.Build(result.Catalog, new ReportOptions
            {
                AsOf = day, Tenant = a.Tenant, MunicipalityType = a.Type, Language = a.Language, Deadline = deadline, Seed = a.Seed,
            });
            try
            {
                foreach (var file in ReportFiles.Write(report, a.Out)) stdout.WriteEscapedLine("Wrote " + file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, e.Message);
            }
            stdout.WriteEscapedLine($"Report as of {ReportFormat.Date(day)}: {report.StatusTable.Count} service(s), {report.Forecast.Remaining} remaining.");
            return Program.ExitCodes.Success;
        }

        private static bool TryParseDate(string text, out DateOnly date)
        {
            date = default;
            if (!DateLiterals.TryParse(text, out var d)) return false;
            date = DateOnly.FromDateTime(d);
            return true;
        }

        private static int Usage(TextWriter stderr, string message)
        {
            stderr.WriteEscapedLine("formfactory: " + message);
            return Program.ExitCodes.UsageOrIo;
        }
    }
}
