using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>The outcome of binding a catalog: every usable definition, and every problem found.</summary>
    /// <param name="Catalog">The definitions that bound without errors.</param>
    /// <param name="Diagnostics">Every problem, sorted by file and position, without duplicates.</param>
    public sealed record CatalogResult(Catalog Catalog, IReadOnlyList<Diagnostic> Diagnostics)
    {
        /// <summary>True when any diagnostic is an error.</summary>
        public bool HasErrors => Diagnostics.Any(d => d.IsError);
    }

    /// <summary>
    /// The semantic core's entry point: parses every file, binds forms against blocks and code lists, resolves
    /// tenants, and reports problems as diagnostics. It never throws on bad input, and one broken file never
    /// hides the others: every definition that is free of errors is in the result.
    /// </summary>
    public static class CatalogBinder
    {
        /// <summary>Binds <paramref name="files"/> as one catalog.</summary>
        public static CatalogResult Bind(IEnumerable<DefinitionFile> files) => Bind(files, maxParallelism: 1);

        /// <summary>
        /// Binds <paramref name="files"/> as one catalog, parsing files and binding services on up to
        /// <paramref name="maxParallelism"/> threads. Each file and each service gets its own diagnostics, merged in
        /// file order, so the result is the same for any degree of parallelism.
        /// </summary>
        public static CatalogResult Bind(IEnumerable<DefinitionFile> files, int maxParallelism)
        {
            var diagnostics = new DiagnosticBag();
            var parsed = new List<(DefinitionFile File, JsonObjectSyntax Root)>();
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            var syntax = InParallel(ordered, maxParallelism, file =>
            {
                var bag = new DiagnosticBag();
                var tree = file.Kind == DefinitionFileKind.Unknown ? null : JsonSyntaxParser.Parse(new SourceText(file.Path, file.Text), bag);
                return (Root: tree, Diagnostics: bag);
            });
            for (int i = 0; i < ordered.Count; i++)
            {
                var file = ordered[i];
                if (file.Kind == DefinitionFileKind.Unknown)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnknownFileKind, SourceLocation.WholeFile(file.Path), file.Path);
                    continue;
                }
                diagnostics.AddRange(syntax[i].Diagnostics.Items);
                var root = syntax[i].Root;
                if (root == null) continue;
                if (root is not JsonObjectSyntax obj)
                {
                    diagnostics.Report(DiagnosticDescriptors.WrongValueType, root.Location, "the file", "an object", root.KindName);
                    continue;
                }
                parsed.Add((file, obj));
                CheckFileName(file, obj, diagnostics);
            }

            var settings = FactorySettings.Default;
            var seenFactory = false;
            foreach (var (file, root) in parsed.Where(p => p.File.Kind == DefinitionFileKind.Factory))
            {
                if (seenFactory)
                {
                    diagnostics.Report(DiagnosticDescriptors.DuplicateId, root.Location, "factory.json", "by another factory.json; a catalog has one");
                    continue;
                }
                seenFactory = true;
                settings = SmallFileReaders.ReadSettings(root, diagnostics);
            }

            var codeLists = new Dictionary<string, CodeListModel>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.CodeList))
            {
                var list = SmallFileReaders.ReadCodeList(root, diagnostics);
                if (list != null && Unique(codeLists.ContainsKey(list.Id), root, list.Id, "code list", diagnostics)) codeLists[list.Id] = list;
            }

            var blocks = new Dictionary<string, JsonObjectSyntax>();
            var blockModels = new List<BlockModel>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.Block))
            {
                var block = SmallFileReaders.ReadBlockHeader(root, file.Path, diagnostics);
                if (block != null && Unique(blocks.ContainsKey(block.Id), root, block.Id, "block", diagnostics))
                {
                    blocks[block.Id] = root;
                    blockModels.Add(block);
                }
            }

            var context = new BindingContext(diagnostics, codeLists, blocks);
            foreach (var block in blockModels)
                new FormBinder(context, settings).BindBlockAlone(block.Id);

            var serviceRelevance = new Dictionary<string, EquatableArray<string>>();
            var toBind = new List<(DefinitionFile File, JsonObjectSyntax Root)>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.Form))
            {
                string? id = (root.Find("id")?.Value as JsonStringSyntax)?.Value;
                if (id != null && !Unique(serviceRelevance.ContainsKey(id), root, id, "service", diagnostics)) continue;
                if (id != null) serviceRelevance[id] = RelevanceOf(root);
                toBind.Add((file, root));
            }
            // Errors already found in a file (a repeated property) count against its form like its own.
            var filesWithEarlierErrors = new HashSet<string>(diagnostics.Items.Where(d => d.IsError).Select(d => d.Location.Path), StringComparer.Ordinal);
            var bound = InParallel(toBind, maxParallelism, item =>
            {
                var bag = new DiagnosticBag();
                var form = new FormBinder(new BindingContext(bag, codeLists, blocks), settings).Bind(item.Root, item.File.Path, errorsBefore: 0);
                return (Form: filesWithEarlierErrors.Contains(item.File.Path) ? null : form, Diagnostics: bag);
            });
            var forms = new List<FormModel>();
            foreach (var (form, bag) in bound)
            {
                diagnostics.AddRange(bag.Items);
                if (form != null) forms.Add(form);
            }

            var tenants = new List<TenantModel>();
            var tenantIds = new HashSet<string>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.Tenant))
            {
                var tenant = TenantReader.Read(root, file.Path, serviceRelevance, diagnostics);
                if (tenant != null && Unique(tenantIds.Contains(tenant.Id), root, tenant.Id, "tenant", diagnostics))
                {
                    tenantIds.Add(tenant.Id);
                    tenants.Add(tenant);
                }
            }
            foreach (var (_, root) in Of(parsed, DefinitionFileKind.Form))
                CheckReuse(root, tenantIds, diagnostics);

            // A service binding only counts the errors it finds itself; an error found in its file before (a duplicate
            // property, reported while parsing) makes it just as unusable.
            var filesWithErrors = new HashSet<string>(diagnostics.Items.Where(d => d.IsError).Select(d => d.Location.Path), StringComparer.Ordinal);
            var catalog = new Catalog(settings,
                forms.Where(f => !filesWithErrors.Contains(f.SourcePath)).OrderBy(f => f.Id, StringComparer.Ordinal).ToEquatableArray(),
                blockModels.OrderBy(b => b.Id, StringComparer.Ordinal).ToEquatableArray(),
                codeLists.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToEquatableArray(),
                tenants.OrderBy(t => t.Id, StringComparer.Ordinal).ToEquatableArray());
            return new CatalogResult(catalog, Normalize(diagnostics.Items));
        }

        /// <summary>Sorts by file and position and drops repeats (a block's problem is found once per inclusion).</summary>
        public static IReadOnlyList<Diagnostic> Normalize(IEnumerable<Diagnostic> diagnostics) =>
            diagnostics.Distinct()
                .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Location.Offset)
                .ThenBy(d => d.Id, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();

        /// <summary><paramref name="map"/> of every item, in the items' order, computed on up to <paramref name="maxParallelism"/> threads.</summary>
        private static TResult[] InParallel<T, TResult>(IReadOnlyList<T> items, int maxParallelism, Func<T, TResult> map)
        {
            var results = new TResult[items.Count];
            if (maxParallelism <= 1)
            {
                for (int i = 0; i < items.Count; i++) results[i] = map(items[i]);
                return results;
            }
            Parallel.For(0, items.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i => results[i] = map(items[i]));
            return results;
        }

        private static IEnumerable<(DefinitionFile File, JsonObjectSyntax Root)> Of(List<(DefinitionFile File, JsonObjectSyntax Root)> parsed, DefinitionFileKind kind) =>
            parsed.Where(p => p.File.Kind == kind);

        private static bool Unique(bool exists, JsonObjectSyntax root, string id, string what, DiagnosticBag diagnostics)
        {
            if (!exists) return true;
            var location = (root.Find("id")?.Value ?? root).Location;
            diagnostics.Report(DiagnosticDescriptors.DuplicateId, location, id, $"by another {what} file");
            return false;
        }

        private static EquatableArray<string> RelevanceOf(JsonObjectSyntax root)
        {
            var result = new List<string>();
            if (root.Find("relevance")?.Value is JsonArraySyntax a)
                foreach (var item in a.Items)
                    if (item is JsonStringSyntax s) result.Add(s.Value);
            return result.ToEquatableArray();
        }

        private static void CheckFileName(DefinitionFile file, JsonObjectSyntax root, DiagnosticBag diagnostics)
        {
            string? expected = file.IdFromName;
            if (expected == null || root.Find("id")?.Value is not JsonStringSyntax id) return;
            if (id.Value != expected)
                diagnostics.Report(DiagnosticDescriptors.FileNameMismatch, id.Location, id.Value, expected + file.Ending, file.Ending);
        }

        private static void CheckReuse(JsonObjectSyntax root, HashSet<string> tenantIds, DiagnosticBag diagnostics)
        {
            if (tenantIds.Count == 0) return;
            if ((root.Find("factory")?.Value as JsonObjectSyntax)?.Find("reuse")?.Value is not JsonArraySyntax reuse) return;
            foreach (var item in reuse.Items)
                if (item is JsonStringSyntax s && !tenantIds.Contains(s.Value) && Reading.ObjectReader.IsValidId(s.Value))
                    diagnostics.Report(DiagnosticDescriptors.UnknownTenant, s.Location, s.Value);
        }
    }
}
