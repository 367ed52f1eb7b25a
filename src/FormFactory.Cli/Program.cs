using System;
using System.CommandLine;
using System.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Cli.Commands;
using FormFactory.Cli.Output;

namespace FormFactory.Cli
{
    /// <summary>The <c>formfactory</c> command.</summary>
    public static class Program
    {
        /// <summary>Exit codes shared by every command.</summary>
        public static class ExitCodes
        {
            /// <summary>Everything is fine.</summary>
            public const int Success = 0;
            /// <summary>The definitions have errors.</summary>
            public const int DefinitionErrors = 1;
            /// <summary>The command line was wrong, or a file could not be read or written.</summary>
            public const int UsageOrIo = 2;
            /// <summary><c>export</c>: the submission is valid but cannot be exported (an upload is missing or differs, the service has no LeiKa key).</summary>
            public const int ExportFailed = 3;
        }

        /// <summary>Runs the command line <paramref name="args"/>.</summary>
        public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

        /// <summary>Runs with the given writers (tests capture output this way).</summary>
        public static int Run(string[] args, System.IO.TextWriter stdout, System.IO.TextWriter stderr)
        {
            var root = new RootCommand("FormFactory: compiles service definitions into form packages, typed models and reports.");
            root.Subcommands.Add(ValidateCommand.Create(stdout, stderr));
            root.Subcommands.Add(ReportCommand.Create(stdout, stderr));
            root.Subcommands.Add(NewCommand.Create(stdout, stderr));
            root.Subcommands.Add(SynthCommand.Create(stdout, stderr));
            root.Subcommands.Add(BuildCommand.Create(stdout, stderr));
            root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
            root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
            root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
            // An unknown command next to --help would print the root's help and succeed; refuse it before parsing.
            var unknown = UnknownCommand(root, args);
            if (unknown != null)
            {
                stderr.WriteEscapedLine("formfactory: " + unknown);
                stderr.WriteEscapedLine($"Run '{ToolInvocation.Current} --help' for usage.");
                return ExitCodes.UsageOrIo;
            }
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteEscapedLine("formfactory: " + error.Message);
                stderr.WriteEscapedLine($"Run '{ToolInvocation.Current} --help' for usage.");
                return ExitCodes.UsageOrIo;
            }
            var config = new InvocationConfiguration { Output = stdout, Error = stderr };
            return parse.Invoke(config);
        }

        /// <summary>
        /// The message for the first word of <paramref name="args"/> that should name a subcommand but names none,
        /// with the nearest command name; null when every command word is known.
        /// </summary>
        private static string? UnknownCommand(Command root, string[] args)
        {
            Command current = root;
            foreach (var token in args)
            {
                if (current.Subcommands.Count == 0 || current.Arguments.Count > 0 || token.StartsWith("-", StringComparison.Ordinal)) return null;
                Command? next = null;
                foreach (var c in current.Subcommands)
                    if (c.Name == token || c.Aliases.Contains(token)) next = c;
                if (next == null)
                    return $"unknown command '{token}'" + NearestName.DidYouMean(token, current.Subcommands.Select(c => c.Name)) + ".";
                current = next;
            }
            return null;
        }
    }
}
