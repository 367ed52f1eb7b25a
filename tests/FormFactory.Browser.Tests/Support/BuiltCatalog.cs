using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>
    /// The sample catalog, built once into a temporary folder for all browser tests, with every tenant's
    /// <c>submissionEndpoint</c> pointed at the test endpoint so the built pages post to it.
    /// </summary>
    public sealed class BuiltCatalog : IDisposable
    {
        /// <summary>Builds <paramref name="catalog"/>; <paramref name="endpointOf"/> gives each tenant's endpoint by tenant id.</summary>
        public BuiltCatalog(Catalog catalog, Func<string, string> endpointOf)
        {
            Catalog = catalog with { Tenants = new EquatableArray<TenantModel>(catalog.Tenants.Select(t => t with { SubmissionEndpoint = endpointOf(t.Id) })) };
            Output = Path.Combine(Path.GetTempPath(), "formfactory-browser-" + Guid.NewGuid().ToString("N"));
            new CatalogRenderer(TemplateSet.Load()).Render(Catalog, Output);
        }

        /// <summary>The sample catalog as written (endpoints untouched); fails on any error diagnostic.</summary>
        public static Catalog Load()
        {
            var result = CatalogLoader.Load(Repository.Definitions);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
            return result.Catalog;
        }

        /// <summary>The catalog that was built.</summary>
        public Catalog Catalog { get; }

        /// <summary>The build's output folder.</summary>
        public string Output { get; }

        /// <summary>The file URL of a built page, e.g. <c>rossdorf/hundAnmelden/index.html</c>.</summary>
        public string Url(string relative) => new Uri(Path.Combine(Output, relative)).AbsoluteUri;

        public void Dispose()
        {
            try { Directory.Delete(Output, true); } catch (IOException) { }
        }
    }
}
