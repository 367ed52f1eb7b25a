using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using FormFactory.Fim.Mapping;
using FormFactory.Fim.Model;
using FormFactory.Fim.Output;
using FormFactory.Fim.Reading;

namespace FormFactory.Fim
{
    /// <summary>
    /// Imports FIM XDatenfelder 2 and 3 messages (Stammdatenschema and Datenfeldgruppe) and genericode code lists as
    /// definition files: a service per schema, a block per group, a code list per genericode list. The files bind
    /// without manual edits; what could not be mapped is in the <see cref="FimImportResult.Report"/>.
    /// </summary>
    public static class FimImporter
    {
        /// <summary>Imports <paramref name="inputs"/> together (groups and code lists they share are written once).</summary>
        public static FimImportResult Import(IEnumerable<FimInput> inputs, FimImportOptions? options = null)
        {
            options ??= new FimImportOptions();
            var diagnostics = new DiagnosticBag();
            var context = new ImportContext(options, diagnostics);
            var schemas = new List<FimSchema>();
            var seen = new Dictionary<string, string>();
            foreach (var input in inputs)
            {
                var file = FimFileReader.Read(input, diagnostics);
                if (file?.CodeList is { } list)
                {
                    if (context.CodeLists.Add(list, input) is string first)
                        diagnostics.Report(DiagnosticDescriptors.DuplicateFimInput, SourceLocation.WholeFile(input.Path), "The code list " + list.Display, first);
                    else if (!input.OnlyIfReferenced) context.Report.AddInput($"{input.Path}: genericode code list {list.Display}");
                }
                else if (file?.Schema is { } schema)
                {
                    string key = schema.Kind + " " + schema.Identification;
                    if (seen.TryGetValue(key, out var firstPath))
                    {
                        diagnostics.Report(DiagnosticDescriptors.DuplicateFimInput, SourceLocation.WholeFile(input.Path), $"The {schema.Kind} {schema.Identification}", firstPath);
                        continue;
                    }
                    seen[key] = input.Path;
                    schemas.Add(schema);
                    context.Report.AddInput($"{input.Path}: XDatenfelder {schema.XdfVersion} {schema.Kind} {schema.Identification} \"{schema.Name}\"");
                }
            }

            string? serviceId = schemas.Count(s => s.Kind == FimMessageKind.Stammdatenschema) == 1 ? options.ServiceId : null;
            foreach (var schema in schemas)
            {
                context.CurrentSource = schema.SourcePath;
                if (schema.Kind == FimMessageKind.Stammdatenschema) new FormMapper(context).Map(schema, serviceId);
                else if (schema.RootGroup != null) context.Blocks.GetOrCreate(schema.RootGroup);
            }
            foreach (var list in context.CodeLists.UnusedNamedLists()) context.CodeLists.Write(list, null, null, null);
            foreach (var (list, input) in context.CodeLists.UnusedFoundLists())
                context.Report.AddInput($"{input.Path}: genericode code list {list.Display}, found beside the schema but not used");

            var files = context.Files
                .Select(f => new DefinitionFile(f.Path, DefinitionJson.Write(f.Json)))
                .OrderBy(f => f.Path, System.StringComparer.Ordinal)
                .ToList();
            foreach (var f in files) context.Report.AddOutput(f.Path);
            // The import promises definitions that bind; should a case slip through, say so rather than write silently.
            if (files.Count > 0) diagnostics.AddRange(CatalogBinder.Bind(files).Diagnostics);
            return new FimImportResult(files, context.Report, diagnostics.Items.ToList());
        }

    }
}
