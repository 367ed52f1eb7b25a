using System.CommandLine;
using System.IO;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory import &lt;source&gt; …</c>: definitions from other formats.</summary>
    internal static class ImportCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var command = new Command("import", "Writes definition files from other formats.");
            command.Subcommands.Add(ImportFimCommand.Create(stdout, stderr));
            return command;
        }
    }
}
