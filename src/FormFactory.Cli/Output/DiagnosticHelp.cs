using System;
using System.IO;
using System.Text;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Cli.Output
{
    /// <summary>
    /// Where a diagnostic is explained: its section of <c>docs/diagnostics.md</c> (the heading <c>## FF0101 Unknown
    /// property</c> has the anchor <c>ff0101-unknown-property</c>, as GitHub, GitLab and most Markdown renderers
    /// make it). The base is configurable (a factory points it at its own copy on a web server); by default it is the
    /// checkout's <c>docs/diagnostics.md</c>, or the copy shipped next to an installed tool.
    /// </summary>
    internal static class DiagnosticHelp
    {
        private static readonly Lazy<string> Default = new(() => DefaultBase(AppContext.BaseDirectory));

        /// <summary>The documentation this tool ships, as an absolute URI without anchor.</summary>
        public static string DefaultBaseUri => Default.Value;

        /// <summary>The catalogue for a tool in <paramref name="toolDirectory"/>: its checkout's, else its own copy.</summary>
        public static string DefaultBase(string toolDirectory)
        {
            var checkout = ToolInvocation.CheckoutRoot(toolDirectory);
            var file = checkout != null ? Path.Combine(checkout, "docs", "diagnostics.md") : Path.Combine(toolDirectory, "docs", "diagnostics.md");
            return new Uri(Path.GetFullPath(file)).AbsoluteUri;
        }

        /// <summary>The help address of <paramref name="descriptor"/> under <paramref name="baseUri"/>.</summary>
        public static string Uri(DiagnosticDescriptor descriptor, string baseUri) => baseUri + "#" + Anchor(descriptor);

        /// <summary>The anchor of the descriptor's heading in <c>docs/diagnostics.md</c>.</summary>
        public static string Anchor(DiagnosticDescriptor descriptor) => Slug(descriptor.Id + " " + descriptor.Title);

        /// <summary>A heading's anchor: lower case, spaces to hyphens, other punctuation dropped.</summary>
        public static string Slug(string heading)
        {
            var sb = new StringBuilder(heading.Length);
            foreach (var c in heading.Trim().ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c == '-' || c == '_') sb.Append(c);
                else if (c == ' ') sb.Append('-');
            }
            return sb.ToString();
        }
    }
}
