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
            var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
            foreach (var file in ordered.Where(f => f.Kind == DefinitionFileKind.Unknown))
                diagnostics.Report(DiagnosticDescriptors.UnknownFileKind, SourceLocation.WholeFile(file.Path), file.Path);

            // Everything but the services first: the few files every service is bound against.
            var shared = ordered.Where(f => f.Kind != DefinitionFileKind.Unknown && f.Kind != DefinitionFileKind.Form).ToList();
            var parsed = new List<(DefinitionFile File, JsonObjectSyntax Root)>();
            var sharedSyntax = InParallel(shared, maxParallelism, file =>
            {
                var bag = new DiagnosticBag();
                return (Root: Parse(file, bag), Diagnostics: bag);
            });
            for (int i = 0; i < shared.Count; i++)
            {
                diagnostics.AddRange(sharedSyntax[i].Diagnostics.Items);
                if (sharedSyntax[i].Root is { } root) parsed.Add((shared[i], root));
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

            // Each kind's ids as they meet the file system (file names, output folders), checked once all are known.
            var named = new Dictionary<string, List<(string Id, SourceLocation Location)>>();
            void Named(string kind, string id, SourceLocation location)
            {
                if (!named.TryGetValue(kind, out var ids)) named[kind] = ids = new List<(string Id, SourceLocation Location)>();
                ids.Add((id, location));
            }

            var codeLists = new Dictionary<string, CodeListModel>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.CodeList))
            {
                var list = SmallFileReaders.ReadCodeList(root, diagnostics);
                if (list != null && Unique(codeLists.ContainsKey(list.Id), IdLocation(root), list.Id, "code list", diagnostics))
                {
                    codeLists[list.Id] = list;
                    Named("code list", list.Id, IdLocation(root));
                }
            }

            var blocks = new Dictionary<string, JsonObjectSyntax>();
            var blockModels = new List<BlockModel>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.Block))
            {
                var block = SmallFileReaders.ReadBlockHeader(root, file.Path, diagnostics);
                if (block != null && Unique(blocks.ContainsKey(block.Id), IdLocation(root), block.Id, "block", diagnostics))
                {
                    blocks[block.Id] = root;
                    blockModels.Add(block);
                    Named("block", block.Id, IdLocation(root));
                }
            }

            var context = new BindingContext(diagnostics, codeLists, blocks);
            foreach (var block in blockModels)
                new FormBinder(context, settings).BindBlockAlone(block.Id);

            // Each service file is parsed, bound and let go on its own, so the syntax trees of a large catalog are
            // never all held at once; what the catalog needs of it later is kept in a ServiceFile.
            var services = InParallel(ordered.Where(f => f.Kind == DefinitionFileKind.Form).ToList(), maxParallelism, file => BindService(file, codeLists, blocks, settings));
            var serviceRelevance = new Dictionary<string, EquatableArray<string>>();
            var forms = new List<FormModel>();
            foreach (var service in services)
            {
                diagnostics.AddRange(service.Diagnostics.Items);
                if (!service.Parsed) continue;
                if (service.Id != null && !Unique(serviceRelevance.ContainsKey(service.Id), service.IdLocation, service.Id, "service", diagnostics)) continue;
                if (service.Id != null) serviceRelevance[service.Id] = service.Relevance;
                if (service.Id != null) Named("service", service.Id, service.IdLocation);
                diagnostics.AddRange(service.BindingDiagnostics.Items);
                if (service.Form != null) forms.Add(service.Form);
            }

            var tenants = new List<TenantModel>();
            var tenantIds = new HashSet<string>();
            foreach (var (file, root) in Of(parsed, DefinitionFileKind.Tenant))
            {
                var tenant = TenantReader.Read(root, file.Path, serviceRelevance, diagnostics);
                if (tenant != null && Unique(tenantIds.Contains(tenant.Id), IdLocation(root), tenant.Id, "tenant", diagnostics))
                {
                    tenantIds.Add(tenant.Id);
                    tenants.Add(tenant);
                    Named("tenant", tenant.Id, IdLocation(root));
                }
            }
            if (tenantIds.Count > 0)
                foreach (var service in services)
                    foreach (var (value, location) in service.Reuse)
                        if (!tenantIds.Contains(value) && Reading.ObjectReader.IsValidId(value))
                            diagnostics.Report(DiagnosticDescriptors.UnknownTenant, location, value, NearestName.DidYouMean(value, tenantIds));

            foreach (var pair in named)
                FileSystemIds.Check(pair.Value, pair.Key, inOutput: pair.Key == "service" || pair.Key == "tenant", diagnostics);

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

        /// <summary>What the catalog keeps of one service file once it is bound: not its syntax tree.</summary>
        private sealed class ServiceFile
        {
            /// <summary>Problems of the file itself: its syntax, its root, its name.</summary>
            public DiagnosticBag Diagnostics { get; } = new();

            /// <summary>Problems binding the service; reported unless another file has the service's id first.</summary>
            public DiagnosticBag BindingDiagnostics { get; } = new();

            /// <summary>True when the file is a JSON object, so that it counts as a service.</summary>
            public bool Parsed { get; set; }

            /// <summary>The service's id, where it stands (for a duplicate), and the municipality types it is relevant for (for tenants without offers).</summary>
            public string? Id { get; set; }
            public SourceLocation IdLocation { get; set; }
            public EquatableArray<string> Relevance { get; set; } = EquatableArray<string>.Empty;

            /// <summary>The tenants named in <c>factory.reuse</c>, checked once the tenants are known.</summary>
            public List<(string Value, SourceLocation Location)> Reuse { get; } = new();

            /// <summary>The bound service; null when its file or its binding has errors.</summary>
            public FormModel? Form { get; set; }
        }

        private static ServiceFile BindService(DefinitionFile file, Dictionary<string, CodeListModel> codeLists, Dictionary<string, JsonObjectSyntax> blocks, FactorySettings settings)
        {
            var service = new ServiceFile();
            var root = Parse(file, service.Diagnostics);
            if (root == null) return service;
            service.Parsed = true;
            service.Id = (root.Find("id")?.Value as JsonStringSyntax)?.Value;
            service.IdLocation = IdLocation(root);
            service.Relevance = RelevanceOf(root);
            if ((root.Find("factory")?.Value as JsonObjectSyntax)?.Find("reuse")?.Value is JsonArraySyntax reuse)
                foreach (var item in reuse.Items)
                    if (item is JsonStringSyntax s) service.Reuse.Add((s.Value, s.Location));
            // Errors already found in the file (a repeated property) count against its service like its own.
            bool earlierErrors = service.Diagnostics.Items.Any(d => d.IsError);
            var form = new FormBinder(new BindingContext(service.BindingDiagnostics, codeLists, blocks), settings).Bind(root, file.Path, errorsBefore: 0);
            service.Form = earlierErrors ? null : form;
            return service;
        }

        /// <summary>The file's JSON object, with its syntax and file-name problems in <paramref name="diagnostics"/>; null when it is no object.</summary>
        private static JsonObjectSyntax? Parse(DefinitionFile file, DiagnosticBag diagnostics)
        {
            var tree = JsonSyntaxParser.Parse(new SourceText(file.Path, file.Text), diagnostics);
            if (tree == null) return null;
            if (tree is not JsonObjectSyntax root)
            {
                diagnostics.Report(DiagnosticDescriptors.WrongValueType, tree.Location, "the file", "an object", tree.KindName);
                return null;
            }
            CheckFileName(file, root, diagnostics);
            return root;
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

        private static SourceLocation IdLocation(JsonObjectSyntax root) => (root.Find("id")?.Value ?? root).Location;

        private static bool Unique(bool exists, SourceLocation location, string id, string what, DiagnosticBag diagnostics)
        {
            if (!exists) return true;
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
    }
}
