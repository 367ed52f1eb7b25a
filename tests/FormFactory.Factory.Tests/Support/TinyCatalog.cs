using System;
using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Tests.Support
{
    /// <summary>A catalog stated inline: services with factory data, tenants and factory settings.</summary>
    internal sealed class TinyCatalog
    {
        private readonly List<DefinitionFile> _files = new();

        public TinyCatalog Factory(string json = "{ \"name\": \"Testfabrik\", \"targetPerWeek\": 2, \"start\": \"2026-01-05\" }")
        {
            _files.Add(new DefinitionFile("factory.json", json));
            return this;
        }

        /// <param name="id">The service id.</param>
        /// <param name="factory">The <c>factory</c> object's JSON.</param>
        /// <param name="themenfeld">Its OZG Themenfeld.</param>
        /// <param name="relevance">Its municipality types.</param>
        public TinyCatalog Service(string id, string factory, string themenfeld = "Umwelt", params string[] relevance)
        {
            var rel = string.Join(", ", relevance.Select(r => "\"" + r + "\""));
            _files.Add(new DefinitionFile($"services/{id}.form.json",
                "{ \"id\": \"" + id + "\", \"title\": { \"de\": \"Titel " + id + "\", \"en\": \"Title " + id + "\" }, " +
                "\"ozg\": { \"themenfeld\": \"" + themenfeld + "\", \"leistungsbuendel\": \"B\" }, \"relevance\": [" + rel + "], " +
                "\"factory\": " + factory + ", " +
                "\"steps\": [ { \"id\": \"schritt\", \"title\": \"Schritt\", \"fields\": [ { \"id\": \"name\", \"type\": \"text\", \"label\": \"Name\" } ] } ] }"));
            return this;
        }

        public TinyCatalog Tenant(string id, string type, params string[] offers)
        {
            var list = offers.Length == 0 ? "" : ", \"offers\": [" + string.Join(", ", offers.Select(o => "\"" + o + "\"")) + "]";
            _files.Add(new DefinitionFile($"tenants/{id}.tenant.json",
                "{ \"id\": \"" + id + "\", \"name\": \"Kommune " + id + "\", \"type\": \"" + type + "\"" + list + " }"));
            return this;
        }

        /// <summary>Any file, as it is.</summary>
        public TinyCatalog File(string path, string json)
        {
            _files.Add(new DefinitionFile(path, json));
            return this;
        }

        public Catalog Bind()
        {
            var result = CatalogBinder.Bind(_files);
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            if (errors.Count > 0) throw new InvalidOperationException("Test catalog has errors:\n" + string.Join("\n", errors));
            return result.Catalog;
        }
    }
}
