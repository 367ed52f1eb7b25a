using System.IO;
using System.Linq;
using FormFactory.Definitions.Binding;

namespace FormFactory.Cli.Output
{
    /// <summary>The classic compiler format, one line per diagnostic, and a summary line.</summary>
    internal static class TextDiagnosticsWriter
    {
        public static void Write(CatalogResult result, TextWriter output)
        {
            foreach (var d in result.Diagnostics) output.WriteLine(d.ToString());
            int errors = result.Diagnostics.Count(d => d.IsError);
            int warnings = result.Diagnostics.Count - errors;
            var c = result.Catalog;
            output.WriteLine($"{errors} error(s), {warnings} warning(s). Valid: {c.Forms.Count} service(s), {c.Blocks.Count} block(s), {c.CodeLists.Count} code list(s), {c.Tenants.Count} tenant(s).");
        }
    }
}
