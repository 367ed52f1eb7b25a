using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Validation;

namespace FormFactory.Definitions.Tests.Robustness
{
    /// <summary>What must hold for any input, however broken: every problem is explained well, and what is free of errors is usable.</summary>
    public static class CatalogInvariants
    {
        private static readonly Dictionary<string, DiagnosticDescriptor> Descriptors = DiagnosticDescriptors.All.ToDictionary(d => d.Id);

        /// <summary>Everything wrong with <paramref name="result"/> for <paramref name="files"/>; empty when all holds.</summary>
        public static List<string> Violations(IReadOnlyList<DefinitionFile> files, CatalogResult result)
        {
            var problems = new List<string>();
            var texts = new Dictionary<string, string>();
            foreach (var f in files) texts[f.Path] = f.Text;
            foreach (var d in result.Diagnostics)
            {
                var l = d.Location;
                string what = $"diagnostic {Shorten(d.ToString())}";
                if (string.IsNullOrEmpty(l.Path)) problems.Add($"{what} has no path");
                else if (!texts.TryGetValue(l.Path, out var text)) problems.Add($"{what} names a file that was not given");
                else if (l.Offset < 0 || l.Length < 0 || l.Offset + l.Length > text.Length) problems.Add($"{what} spans {l.Offset}+{l.Length}, outside the file's {text.Length} characters");
                if (l.Line < 1 || l.Column < 1) problems.Add($"{what} is at line {l.Line}, column {l.Column}");
                if (l.EndLine < l.Line || (l.EndLine == l.Line && l.EndColumn < l.Column)) problems.Add($"{what} ends ({l.EndLine},{l.EndColumn}) before it starts");
                if (!Descriptors.TryGetValue(d.Id, out var descriptor)) problems.Add($"{what} has an id missing from DiagnosticDescriptors.All");
                else if (descriptor.Severity != d.Severity) problems.Add($"{what} has severity {d.Severity}, its descriptor {descriptor.Severity}");
                if (string.IsNullOrWhiteSpace(d.Message)) problems.Add($"{what} has no message");
            }

            var errorFiles = new HashSet<string>(result.Diagnostics.Where(d => d.IsError).Select(d => d.Location.Path));
            foreach (var form in result.Catalog.Forms)
            {
                if (errorFiles.Contains(form.SourcePath)) problems.Add($"service '{form.Id}' is in the catalog although {form.SourcePath} has errors");
                try
                {
                    new ReferenceValidator(form, () => new System.DateTime(2026, 6, 15)).Validate("{}");
                }
                catch (System.Exception e)
                {
                    problems.Add($"service '{form.Id}' is in the catalog but validating an empty submission throws {e.GetType().Name}: {e.Message}");
                }
            }

            if (!result.HasErrors)
            {
                // What validate accepts can be laid out on disk: every service and tenant its own folder, on every system.
                var c = result.Catalog;
                foreach (var (kind, ids) in new[] { ("service", c.Forms.Select(f => f.Id)), ("tenant", c.Tenants.Select(t => t.Id)), ("block", c.Blocks.Select(b => b.Id)), ("code list", c.CodeLists.Select(l => l.Id)) })
                {
                    var list = ids.ToList();
                    if (list.Distinct(System.StringComparer.OrdinalIgnoreCase).Count() != list.Count) problems.Add($"no errors, but two {kind} ids differ only in case: {string.Join(", ", list)}");
                    foreach (var id in list.Where(FileSystemIds.IsWindowsDeviceName)) problems.Add($"no errors, but the {kind} id '{id}' is a Windows device name");
                    if (kind is "service" or "tenant")
                        foreach (var id in list.Where(i => FileSystemIds.ReservedByLayout.Contains(i, System.StringComparer.OrdinalIgnoreCase))) problems.Add($"no errors, but the {kind} id '{id}' is reserved by the output layout");
                }
            }
            // What validate accepts, every output must carry: a code with a character XML, UTF-8 or C# cannot hold
            // would pass here and break an export or the generator later.
            foreach (var list in result.Catalog.CodeLists)
                foreach (var value in list.Values)
                    if (FormFactory.Definitions.Text.PortableText.FirstUnportable(value.Code) is int at and >= 0)
                        problems.Add($"code list '{list.Id}' was accepted with the code '{FormFactory.Definitions.Text.PortableText.Quote(value.Code)}', which holds {FormFactory.Definitions.Text.PortableText.Describe(value.Code, at)}");

            if (result.Diagnostics.Count == 0)
            {
                // Nothing reported: then everything must be in the model.
                var c = result.Catalog;
                int expected(DefinitionFileKind k) => files.Count(f => f.Kind == k);
                if (c.Forms.Count != expected(DefinitionFileKind.Form)) problems.Add($"no diagnostics, but {c.Forms.Count} of {expected(DefinitionFileKind.Form)} services in the catalog");
                if (c.Blocks.Count != expected(DefinitionFileKind.Block)) problems.Add($"no diagnostics, but {c.Blocks.Count} of {expected(DefinitionFileKind.Block)} blocks in the catalog");
                if (c.CodeLists.Count != expected(DefinitionFileKind.CodeList)) problems.Add($"no diagnostics, but {c.CodeLists.Count} of {expected(DefinitionFileKind.CodeList)} code lists in the catalog");
                if (c.Tenants.Count != expected(DefinitionFileKind.Tenant)) problems.Add($"no diagnostics, but {c.Tenants.Count} of {expected(DefinitionFileKind.Tenant)} tenants in the catalog");
            }
            return problems;
        }

        private static string Shorten(string s) => s.Length > 300 ? s.Substring(0, 300) + "…" : s;
    }
}
