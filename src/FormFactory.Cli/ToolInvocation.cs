using System;
using System.IO;

namespace FormFactory.Cli
{
    /// <summary>
    /// How the user starts this tool where they are, for hints such as "Next: run … validate": in a checkout of
    /// FormFactory's repository <c>formfactory</c> is not on the PATH, so the hint says
    /// <c>dotnet run --project src/FormFactory.Cli --</c>; installed as a global tool it says <c>formfactory</c>, as a
    /// local tool (a tool manifest) <c>dotnet formfactory</c>.
    /// </summary>
    internal static class ToolInvocation
    {
        /// <summary>The project file that marks a checkout, relative to the repository root.</summary>
        private static readonly string ProjectInCheckout = Path.Combine("src", "FormFactory.Cli", "FormFactory.Cli.csproj");

        private static readonly Lazy<string> CurrentCommand = new(() => For(AppContext.BaseDirectory, Environment.CurrentDirectory));

        /// <summary>The command for this process (found once).</summary>
        public static string Current => CurrentCommand.Value;

        /// <summary>
        /// The command for a tool whose files are in <paramref name="toolDirectory"/>, started from
        /// <paramref name="workingDirectory"/>.
        /// </summary>
        public static string For(string toolDirectory, string workingDirectory)
        {
            string tool = Path.GetFullPath(toolDirectory);
            // A tool package unpacks under .store (global tools) or the NuGet package folder (local tools), never in a checkout.
            string normalized = tool.Replace('\\', '/').ToLowerInvariant();
            if (normalized.Contains("/.store/formfactory.cli/")) return "formfactory";
            if (normalized.Contains("/formfactory.cli/") && normalized.Contains("/tools/")) return "dotnet formfactory";
            var checkout = CheckoutRoot(tool);
            if (checkout == null) return "formfactory";
            string project = Path.GetRelativePath(Path.GetFullPath(workingDirectory), Path.Combine(checkout, "src", "FormFactory.Cli")).Replace('\\', '/');
            return $"dotnet run --project {project} --";
        }

        /// <summary>The root of the FormFactory checkout <paramref name="toolDirectory"/> lies in, or null when it lies in none.</summary>
        public static string? CheckoutRoot(string toolDirectory)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(toolDirectory)); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, ProjectInCheckout))) return dir.FullName;
            return null;
        }
    }
}
