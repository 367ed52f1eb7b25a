using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Tests.Support;

namespace FormFactory.Workspace.Tests
{
    /// <summary>Loading on all cores gives what loading on one gives; catalog lookups by id follow the catalog's content.</summary>
    public class ParallelLoadingTests
    {
        /// <summary>The sample catalog with problems in several files, so diagnostics from many threads must merge in order.</summary>
        private static DefinitionFile[] BrokenSample() =>
            RepositoryPaths.SampleFiles().Select(f => f.Path.EndsWith("hundAnmelden.form.json") || f.Path.EndsWith("kitaPlatz.form.json")
                ? f with { Text = f.Text.Replace("\"label\": ", "\"labl\": ") }
                : f.Path.EndsWith("anrede.codelist.json") ? f with { Text = f.Text.Replace("\"values\"", "\"value\"") } : f).ToArray();

        [Fact]
        public void ParallelBindingEqualsSequentialBinding()
        {
            var files = BrokenSample();
            var sequential = CatalogBinder.Bind(files, maxParallelism: 1);
            var parallel = CatalogBinder.Bind(files, maxParallelism: 4);
            Assert.NotEmpty(sequential.Diagnostics);
            Assert.Equal(sequential.Diagnostics, parallel.Diagnostics);
            Assert.Equal(sequential.Catalog, parallel.Catalog);
        }

        [Fact]
        public void LoadingTwiceGivesTheSameResult()
        {
            var files = BrokenSample();
            var first = CatalogLoader.Bind(files);
            var second = CatalogLoader.Bind(files.Reverse().ToArray());
            Assert.Equal(first.Diagnostics, second.Diagnostics);
            Assert.Equal(first.Catalog, second.Catalog);
        }

        [Fact]
        public void LookupsFollowACopiedCatalogAndDoNotAffectEquality()
        {
            var catalog = CatalogLoader.Bind(RepositoryPaths.SampleFiles()).Catalog;
            var untouched = CatalogLoader.Bind(RepositoryPaths.SampleFiles()).Catalog;
            Assert.NotNull(catalog.Form("hundAnmelden"));
            Assert.NotNull(catalog.Tenant("rossdorf"));
            Assert.Equal(untouched, catalog); // one was looked into, the other not
            Assert.Equal(untouched.GetHashCode(), catalog.GetHashCode());

            var without = catalog with { Forms = catalog.Forms.Where(f => f.Id != "hundAnmelden").ToEquatableArray() };
            Assert.Null(without.Form("hundAnmelden"));
            Assert.NotNull(catalog.Form("hundAnmelden"));
            Assert.Null(catalog.Form("gibtEsNicht"));
        }
    }
}
