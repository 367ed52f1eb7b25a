using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;

namespace FormFactory.Rendering.Tests.Support
{
    /// <summary>A tiny catalog written inline in a test: files by path, bound on demand.</summary>
    public sealed class InlineCatalog
    {
        private readonly List<DefinitionFile> _files = new();

        /// <summary>A JSON string literal of <paramref name="text"/>.</summary>
        public static string Json(string text) => JsonSerializer.Serialize(text);

        /// <summary>Adds a file.</summary>
        public InlineCatalog File(string path, string json)
        {
            _files.Add(new DefinitionFile(path, json));
            return this;
        }

        /// <summary>Binds and asserts there are no errors.</summary>
        public Catalog Bind()
        {
            var result = CatalogBinder.Bind(_files);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(errors.Count == 0, "Unexpected errors:\n" + string.Join("\n", errors));
            return result.Catalog;
        }
    }
}
