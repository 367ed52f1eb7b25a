using System.CommandLine;
using System.IO;

namespace FormFactory.Cli.Commands
{
    /// <summary><c>formfactory export &lt;target&gt; …</c>: submissions for other systems.</summary>
    internal static class ExportCommand
    {
        public static Command Create(TextWriter stdout, TextWriter stderr)
        {
            var command = new Command("export", "Prepares submissions for delivery to other systems.");
            command.Subcommands.Add(ExportFitConnectCommand.Create(stdout, stderr));
            return command;
        }
    }
}
