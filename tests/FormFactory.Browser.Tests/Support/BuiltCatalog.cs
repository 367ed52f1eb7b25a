using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Rendering;
using FormFactory.Rendering.Templates;
using FormFactory.Workspace;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>The sample catalog, built once into a temporary folder for all browser tests.</summary>
    public sealed class BuiltCatalog : IDisposable
    {
        public BuiltCatalog()
        {
            var result = CatalogLoader.Load(Repository.Definitions);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0) throw new InvalidOperationException(string.Join("\n", errors));
            Catalog = result.Catalog;
            Output = Path.Combine(Path.GetTempPath(), "formfactory-browser-" + Guid.NewGuid().ToString("N"));
            new CatalogRenderer(TemplateSet.Load()).Render(Catalog, Output);
        }

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
