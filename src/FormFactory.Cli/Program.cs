using System;
using System.CommandLine;
using FormFactory.Cli.Commands;

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
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) stderr.WriteLine("formfactory: " + error.Message);
                stderr.WriteLine("Run 'formfactory --help' for usage.");
                return ExitCodes.UsageOrIo;
            }
            var config = new InvocationConfiguration { Output = stdout, Error = stderr };
            return parse.Invoke(config);
        }
    }
}
