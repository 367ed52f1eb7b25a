using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using FormFactory.Definitions;
using FormFactory.Definitions.Binding;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>
    /// The generator's output for the sample catalog, run once per test process and shared by every test that needs
    /// it: the run itself, the output compiled and loaded into a collectible context, and the bound catalog the
    /// reference validator uses.
    /// </summary>
    public static class SampleCompilation
    {
        private static readonly Lazy<GeneratorRun> LazyRun = new(() => GeneratorHarness.Run(SampleCatalog.Texts()));
        private static readonly Lazy<Assembly> LazyAssembly = new(() => CompiledOutput.Load(LazyRun.Value.Output));
        private static readonly Lazy<CatalogResult> LazyCatalog = new(() => CatalogBinder.Bind(SampleCatalog.Texts()
            .Select(t => new DefinitionFile(t.Path, t.GetText()!.ToString())).ToList()));

        /// <summary>The generator's run over the sample catalog.</summary>
        public static GeneratorRun Run => LazyRun.Value;

        /// <summary>The generated code, compiled cleanly and loaded.</summary>
        public static Assembly Assembly => LazyAssembly.Value;

        /// <summary>The sample catalog as the semantic core binds it.</summary>
        public static Catalog Catalog
        {
            get
            {
                var result = LazyCatalog.Value;
                Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
                return result.Catalog;
            }
        }

        /// <summary>The generated record of service <paramref name="serviceId"/>.</summary>
        public static Type FormType(string serviceId) =>
            Assembly.GetType("Consumer.Forms." + char.ToUpperInvariant(serviceId[0]) + serviceId[1..], throwOnError: true)!;

        /// <summary>The sample submissions of <paramref name="serviceId"/> (valid and invalid ones), as JSON texts.</summary>
        public static IReadOnlyList<string> SampleSubmissions(string serviceId, string prefix = "")
        {
            string folder = Path.Combine(SampleCatalog.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions", serviceId);
            return Directory.Exists(folder)
                ? Directory.EnumerateFiles(folder, prefix + "*.json").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToList()
                : Array.Empty<string>();
        }
    }
}
