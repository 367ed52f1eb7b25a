using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Build;
using FormFactory.Rendering.Packages;
using FormFactory.Rendering.Portal;
using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering
{
    /// <summary>One unit of a build: a service as a tenant offers it.</summary>
    /// <param name="Tenant">The tenant.</param>
    /// <param name="Form">The service.</param>
    public sealed record BuildItem(TenantModel Tenant, FormModel Form)
    {
        /// <summary>"rossdorf/hundAnmelden".</summary>
        public string Name => Tenant.Id + "/" + Form.Id;
    }

    /// <summary>Progress of a build: how many packages are done, and which one just finished.</summary>
    public sealed record BuildProgress(int Done, int Total, string Item);

    /// <summary>What a build did.</summary>
    /// <param name="Packages">Form packages the catalog has (rendered now or kept from the previous build).</param>
    /// <param name="Portals">Portal pages the catalog has (one per tenant).</param>
    /// <param name="Files">Files written, zips included.</param>
    /// <param name="Bytes">Total size of the files written (hard links counted at their size).</param>
    public sealed record BuildSummary(int Packages, int Portals, int Files, long Bytes)
    {
        /// <summary>Packages rendered and written by this build.</summary>
        public int Rendered { get; init; }

        /// <summary>Packages whose inputs did not change since the previous build, left as they were.</summary>
        public int Unchanged { get; init; }

        /// <summary>Packages of the previous build that the catalog no longer has, deleted.</summary>
        public int Removed { get; init; }

        /// <summary>Portals rendered and written by this build.</summary>
        public int PortalsRendered { get; init; }
    }

    /// <summary>
    /// Renders a whole catalog into a folder: per tenant a portal (<c>TENANT/index.html</c>) and per offered service a
    /// package (<c>TENANT/SERVICE/</c>) and its zip (<c>TENANT/SERVICE.zip</c>), or only one of them (<see cref="RenderOptions.Layout"/>). Packages are independent, so they are
    /// rendered in parallel on all cores and each is written as soon as it is done (memory stays bounded whatever the
    /// catalog's size). Files' content does not depend on the order of rendering.
    /// The folder keeps a <see cref="BuildState"/>: a rebuild renders only the packages and portals whose inputs
    /// changed, deletes those whose service or tenant is gone, and ends with the same bytes a cold build writes.
    /// A build deletes only what a state lists as made by a build, always below the folder (<see cref="OutputPaths"/>):
    /// a folder in the way that no build made stops it with an error.
    /// </summary>
    public sealed class CatalogRenderer
    {
        private readonly TemplateSet _templates;

        /// <summary>Creates a renderer over <paramref name="templates"/>.</summary>
        public CatalogRenderer(TemplateSet templates) => _templates = templates;

        /// <summary>Every (tenant, service) pair of the catalog, in a stable order. Offers of services that are not in the catalog are skipped.</summary>
        public static IReadOnlyList<BuildItem> Items(Catalog catalog) =>
            catalog.Tenants.OrderBy(t => t.Id, StringComparer.Ordinal)
                .SelectMany(t => t.Offers.Distinct().OrderBy(o => o, StringComparer.Ordinal).Select(o => catalog.Form(o)).Where(f => f != null).Select(f => new BuildItem(t, f!)))
                .ToList();

        /// <summary>Renders <paramref name="catalog"/> into <paramref name="outputDirectory"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        /// <exception cref="IOException">The output cannot be written.</exception>
        public BuildSummary Render(Catalog catalog, string outputDirectory, IProgress<BuildProgress>? progress = null, CancellationToken cancel = default) =>
            Render(catalog, outputDirectory, new RenderOptions { Progress = progress }, cancel);

        /// <summary>Renders what changed of <paramref name="catalog"/> since the build recorded in <paramref name="outputDirectory"/>.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        /// <exception cref="IOException">The output cannot be written.</exception>
        public BuildSummary Render(Catalog catalog, string outputDirectory, RenderOptions options, CancellationToken cancel = default)
        {
            var phases = options.Phases ?? new BuildPhases();
            var previous = BuildState.TryLoad(outputDirectory);
            var layout = options.Layout;
            var plan = phases.Run("plan", () => BuildPlan.Make(catalog, _templates, options.Tool, layout, previous,
                    item => PackageOnDisk(outputDirectory, item.Name, layout), tenant => File.Exists(Path.Combine(outputDirectory, tenant, PortalIndex))),
                p => $"{p.Items.Count} package(s): {p.ToRender.Count} to render, {p.Items.Count - p.ToRender.Count} unchanged, {p.RemovedPackages.Count} to remove");

            var output = new OutputFolder(outputDirectory);
            if (!plan.NothingToDo)
            {
                var owned = previous?.ListedTenants() ?? new HashSet<string>();
                CheckNothingForeignInTheWay(plan, previous, owned, outputDirectory);
                // Until the new state is written, the folder counts as half-built: an interrupted build is followed by a
                // cold one, which knows from this state what the build had made and was about to make.
                Directory.CreateDirectory(outputDirectory);
                Incomplete(plan, previous, layout).Save(outputDirectory);
                phases.Run("clean", () => Clean(plan, owned, outputDirectory), n => $"{n} package(s) and folder(s) removed");
            }
            RenderPackages(plan.ToRender, catalog.Settings, output, layout, plan.Cold, options.Progress, phases, cancel);
            RenderPortals(plan, catalog.Settings, output, phases);
            if (!plan.NothingToDo || previous == null || !previous.SameInputs(options.Inputs) || !previous.Warnings.SequenceEqual(options.Warnings))
                phases.Run("state", () =>
                {
                    // A catalog with nothing to render still records its state, so the folder must exist.
                    Directory.CreateDirectory(outputDirectory);
                    new BuildState(options.Tool, BuildPlan.TemplatesFingerprint(_templates), layout, options.Inputs, options.Warnings, plan.Packages, plan.Portals).Save(outputDirectory);
                    return BuildState.FileName;
                }, name => "wrote " + name);
            return new BuildSummary(plan.Items.Count, plan.Portals.Count, output.Files, output.Bytes)
            {
                Rendered = plan.ToRender.Count,
                Unchanged = plan.Items.Count - plan.ToRender.Count,
                Removed = plan.RemovedPackages.Count,
                PortalsRendered = plan.PortalsToRender.Count,
            };
        }

        /// <summary>
        /// True when <paramref name="state"/> describes what <paramref name="outputDirectory"/> holds in
        /// <paramref name="layout"/>: every package and portal it lists is on disk. Lets a caller skip loading a
        /// catalog whose files did not change.
        /// </summary>
        public bool IsUpToDate(BuildState state, string outputDirectory, string tool, OutputLayout layout = OutputLayout.Both) =>
            state.Complete && state.Tool == tool && state.Layout == layout && state.Templates == BuildPlan.TemplatesFingerprint(_templates) &&
            state.Packages.Keys.AsParallel().All(name => PackageOnDisk(outputDirectory, name, layout)) &&
            state.Portals.Keys.All(tenant => File.Exists(Path.Combine(outputDirectory, tenant, PortalIndex)));

        private const string PortalIndex = "index.html";

        /// <summary>True when the package's zip and its folder's manifest (written last) are there, as far as <paramref name="layout"/> writes them.</summary>
        private static bool PackageOnDisk(string outputDirectory, string name, OutputLayout layout)
        {
            string path = Path.Combine(outputDirectory, name.Replace('/', Path.DirectorySeparatorChar));
            return (!layout.HasZips() || File.Exists(path + ".zip")) && (!layout.HasFolders() || File.Exists(Path.Combine(path, ManifestWriter.FileName)));
        }

        /// <summary>
        /// Refuses to build over what no build made: a tenant's folder (not empty) that the previous state does not
        /// list, or, in a tenant's folder that is kept, a package's folder or zip it does not list. What the state
        /// lists is the build's own; everything else in the output is left alone, and a build that would replace it stops.
        /// </summary>
        /// <exception cref="IOException">Something foreign is in the way.</exception>
        private static void CheckNothingForeignInTheWay(BuildPlan plan, BuildState? previous, IReadOnlySet<string> ownedTenants, string outputDirectory)
        {
            foreach (var tenant in plan.Portals.Keys)
            {
                string dir = OutputPaths.Below(outputDirectory, tenant);
                if (!ownedTenants.Contains(tenant))
                {
                    if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any()) throw Foreign(dir);
                    if (File.Exists(dir)) throw Foreign(dir);
                }
            }
            if (plan.Cold) return; // a listed tenant's folder goes as a whole
            foreach (var item in plan.ToRender)
            {
                if (previous!.Packages.ContainsKey(item.Name)) continue;
                string path = OutputPaths.Below(outputDirectory, item.Name);
                if (Directory.Exists(path) || File.Exists(path)) throw Foreign(path);
                if (File.Exists(path + ".zip") || Directory.Exists(path + ".zip")) throw Foreign(path + ".zip");
            }
        }

        private static IOException Foreign(string path) => new IOException(
            $"'{path}' is in the way, and no build recorded making it (the output folder's {BuildState.FileName} does not list it); a build deletes only what it made. Move it away, or build into another folder.");

        /// <summary>The state while the build runs: everything the previous state listed and everything this build is to make, marked incomplete.</summary>
        private static BuildState Incomplete(BuildPlan plan, BuildState? previous, OutputLayout layout)
        {
            static Dictionary<string, string> Union(IEnumerable<string> a, IEnumerable<string> b) =>
                a.Concat(b).Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => "", StringComparer.Ordinal);
            var none = Array.Empty<string>();
            return new BuildState(previous?.Tool ?? "", previous?.Templates ?? "", layout, new Dictionary<string, string>(), none,
                Union(previous?.Packages.Keys ?? none, plan.Packages.Keys), Union(previous?.Portals.Keys ?? none, plan.Portals.Keys)) { Complete = false };
        }

        /// <summary>
        /// Removes what must not survive: on a cold build each tenant's whole folder that the previous state lists (<paramref name="ownedTenants"/>)
        /// (after <see cref="CheckNothingForeignInTheWay"/> the others are empty or missing), else gone packages and tenants.
        /// </summary>
        private static int Clean(BuildPlan plan, IReadOnlySet<string> ownedTenants, string outputDirectory)
        {
            int removed = 0;
            var tenants = plan.Cold ? plan.Portals.Keys.Where(ownedTenants.Contains).ToList() : plan.RemovedTenants;
            foreach (var tenant in tenants)
            {
                string dir = OutputPaths.Below(outputDirectory, tenant);
                if (!Directory.Exists(dir)) continue;
                Directory.Delete(dir, recursive: true);
                removed++;
            }
            foreach (var name in plan.RemovedPackages)
            {
                string path = OutputPaths.Below(outputDirectory, name);
                string zip = OutputPaths.Below(outputDirectory, name, ".zip");
                if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
                if (File.Exists(zip)) File.Delete(zip);
                removed++;
            }
            return removed;
        }

        /// <summary>Renders and writes <paramref name="items"/>; <paramref name="fresh"/> when their tenants' folders were just removed (a cold build), so no package folder exists yet.</summary>
        private void RenderPackages(IReadOnlyList<BuildItem> items, FactorySettings factory, OutputFolder output, OutputLayout layout, bool fresh, IProgress<BuildProgress>? progress, BuildPhases phases, CancellationToken cancel)
        {
            if (items.Count == 0) return;
            var builder = new PackageBuilder(_templates, factory);
            int done = 0;
            var clock = Stopwatch.StartNew();
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
            // One work item per service: its shared parts are made once, used for all its tenants, then dropped.
            var services = items.GroupBy(i => i.Form.Id, StringComparer.Ordinal).ToList();
            foreach (var tenant in items.Select(i => i.Tenant.Id).Distinct(StringComparer.Ordinal))
                Directory.CreateDirectory(OutputPaths.Below(output.Root, tenant));
            Unwrapped(() =>
                Parallel.ForEach(Partitioner.Create(services, EnumerablePartitionerOptions.NoBuffering), options, service =>
                {
                    var stage = Stopwatch.StartNew();
                    var parts = builder.Service(service.First().Form);
                    phases.AddToStage("shared", stage.Elapsed);
                    foreach (var item in service)
                    {
                        cancel.ThrowIfCancellationRequested();
                        stage.Restart();
                        var entries = builder.Entries(parts, item.Tenant);
                        phases.AddToStage("pages", stage.Elapsed);

                        string packageDir = OutputPaths.Below(output.Root, item.Name);
                        if (layout.HasFolders())
                        {
                            stage.Restart();
                            // Never write into an existing file (it may be a hard link): a rebuilt package's folder goes first.
                            if (!fresh && Directory.Exists(packageDir)) Directory.Delete(packageDir, recursive: true);
                            output.WritePackage(packageDir, entries);
                            phases.AddToStage("write", stage.Elapsed);
                        }
                        if (layout.HasZips())
                        {
                            stage.Restart();
                            output.WriteZip(OutputPaths.Below(output.Root, item.Name, ".zip"), entries, item.Form.Id, fresh);
                            phases.AddToStage("zip", stage.Elapsed);
                        }
                        progress?.Report(new BuildProgress(Interlocked.Increment(ref done), items.Count, item.Name));
                    }
                }));
            phases.Add(new BuildPhase("packages", clock.Elapsed, string.Format(CultureInfo.InvariantCulture,
                "{0} rendered ({1} service(s), layout {8}) on {2} worker(s); {3} shared file(s) hard-linked; summed over workers: shared parts {4:0.0} s, pages {5:0.0} s, write {6:0.0} s, zip {7:0.0} s",
                items.Count, services.Count, options.MaxDegreeOfParallelism, output.Links, phases.StageTotal("shared").TotalSeconds, phases.StageTotal("pages").TotalSeconds,
                phases.StageTotal("write").TotalSeconds, phases.StageTotal("zip").TotalSeconds, layout.Name())));
        }

        private void RenderPortals(BuildPlan plan, FactorySettings factory, OutputFolder output, BuildPhases phases)
        {
            if (plan.PortalsToRender.Count == 0) return;
            var portal = new PortalBuilder(_templates, factory);
            var offered = plan.Items.GroupBy(i => i.Tenant.Id).ToDictionary(g => g.Key, g => g.Select(i => i.Form).ToList(), StringComparer.Ordinal);
            phases.Run("portals", () =>
            {
                Unwrapped(() => Parallel.ForEach(plan.PortalsToRender, tenantId =>
                {
                    var tenant = plan.Tenant(tenantId);
                    var files = portal.Build(tenant, offered.TryGetValue(tenantId, out var forms) ? forms : new List<FormModel>());
                    string folder = OutputPaths.Below(output.Root, tenantId);
                    foreach (var file in files)
                        output.Write(folder, file.Path, file.Content);
                    // A language the factory no longer publishes leaves no page of an earlier build behind.
                    foreach (var page in PortalBuilder.PageFiles.Where(p => files.All(f => f.Path != p)))
                        File.Delete(Path.Combine(folder, page));
                }));
                return plan.PortalsToRender.Count;
            }, n => $"{n} rendered");
        }

        /// <summary>
        /// Runs parallel work and rethrows its first failure as it was thrown, so a caller sees the IOException or
        /// TemplateException (and reports it as such), not an AggregateException.
        /// </summary>
        private static void Unwrapped(Action work)
        {
            try
            {
                work();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }
        }
    }
}
