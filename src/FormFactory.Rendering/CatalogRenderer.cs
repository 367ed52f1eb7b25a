using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions.Model;
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

    /// <summary>What a build wrote.</summary>
    /// <param name="Packages">Form packages rendered.</param>
    /// <param name="Portals">Portal pages rendered (one per tenant).</param>
    /// <param name="Files">Files written, zips included.</param>
    /// <param name="Bytes">Bytes written.</param>
    public sealed record BuildSummary(int Packages, int Portals, int Files, long Bytes);

    /// <summary>
    /// Renders a whole catalog into a folder: per tenant a portal (<c>TENANT/index.html</c>) and per offered service a
    /// package (<c>TENANT/SERVICE/</c>) and its zip (<c>TENANT/SERVICE.zip</c>). Packages are independent, so they are
    /// rendered in parallel on all cores; files are written in a stable order and their content does not depend on
    /// the order of rendering.
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

        /// <summary>Renders <paramref name="catalog"/> into <paramref name="outputDirectory"/>, replacing each tenant's folder.</summary>
        /// <exception cref="TemplateException">A template fails.</exception>
        /// <exception cref="IOException">The output cannot be written.</exception>
        public BuildSummary Render(Catalog catalog, string outputDirectory, IProgress<BuildProgress>? progress = null, CancellationToken cancel = default)
        {
            var items = Items(catalog);
            var packages = new ConcurrentDictionary<string, FormPackage>(StringComparer.Ordinal);
            var builder = new PackageBuilder(_templates);
            int done = 0;
            var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel };
            try
            {
                Parallel.ForEach(items, options, item =>
                {
                    packages[item.Name] = builder.Build(item.Form, item.Tenant);
                    progress?.Report(new BuildProgress(Interlocked.Increment(ref done), items.Count, item.Name));
                });
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
                throw;
            }

            var portal = new PortalBuilder(_templates);
            int files = 0, portals = 0;
            long bytes = 0;
            Directory.CreateDirectory(outputDirectory);
            foreach (var tenant in catalog.Tenants.OrderBy(t => t.Id, StringComparer.Ordinal))
            {
                string tenantDir = Path.Combine(outputDirectory, tenant.Id);
                if (Directory.Exists(tenantDir)) Directory.Delete(tenantDir, recursive: true);
                var offered = items.Where(i => i.Tenant.Id == tenant.Id).ToList();
                foreach (var file in portal.Build(tenant, offered.Select(i => i.Form).ToList()))
                    bytes += Write(tenantDir, file.Path, file.Content, ref files);
                portals++;
                foreach (var item in offered)
                {
                    var package = packages[item.Name];
                    foreach (var file in package.Files)
                        bytes += Write(Path.Combine(tenantDir, item.Form.Id), file.Path, file.Content, ref files);
                    bytes += Write(tenantDir, item.Form.Id + ".zip", package.Zip, ref files);
                }
            }
            return new BuildSummary(items.Count, portals, files, bytes);
        }

        private static long Write(string directory, string relativePath, byte[] content, ref int count)
        {
            string path = Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
            count++;
            return content.Length;
        }
    }
}
