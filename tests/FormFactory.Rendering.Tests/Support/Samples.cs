using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Testing;
using FormFactory.Workspace;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>The repository's sample catalog, loaded once per test run.</summary>
    public static class Samples
    {
        private static readonly Lazy<CatalogResult> Loaded = new(() => CatalogLoader.Load(DefinitionsPath));

        /// <summary>The folder that holds FormFactory.sln.</summary>
        public static string Root => Repository.Root;

        /// <summary>The sample definitions folder.</summary>
        public static string DefinitionsPath => Path.Combine(Root, "definitions");

        /// <summary>The bound sample catalog; asserts it has no errors.</summary>
        public static Catalog Catalog
        {
            get
            {
                var result = Loaded.Value;
                var errors = result.Diagnostics.Where(d => d.IsError).ToList();
                Assert.True(errors.Count == 0, string.Join("\n", errors));
                return result.Catalog;
            }
        }

        /// <summary>A sample form.</summary>
        public static FormModel Form(string id) => Catalog.Form(id) ?? throw new InvalidOperationException("no form " + id);

        /// <summary>A sample tenant.</summary>
        public static TenantModel Tenant(string id) => Catalog.Tenant(id) ?? throw new InvalidOperationException("no tenant " + id);
    }
}
