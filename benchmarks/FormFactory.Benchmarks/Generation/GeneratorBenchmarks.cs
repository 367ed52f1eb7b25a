using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FormFactory.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FormFactory.Benchmarks.Generation
{
    /// <summary>
    /// The incremental generator over a synthetic catalog of 1,000 services: a full run (a new driver, as in a clean
    /// build) and a one-file edit (the warm driver after one service definition changed, as in the IDE).
    /// </summary>
    [ShortInProcess]
    public class GeneratorBenchmarks
    {
        /// <summary>Services in the synthetic catalog.</summary>
        public const int Services = 1000;

        private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp10);
        private IReadOnlyList<AdditionalText> _texts = null!;
        private CSharpCompilation _compilation = null!;
        private GeneratorDriver _warm = null!;
        private AdditionalText _original = null!;
        private AdditionalText _edited = null!;

        /// <summary>Synthesizes the catalog, and runs the generator once for the warm driver the edit starts from.</summary>
        [GlobalSetup]
        public void Setup()
        {
            _texts = SyntheticDefinitions.Create(Services);
            _compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            _warm = NewDriver().RunGenerators(_compilation);
            var result = _warm.GetRunResult().Results.Single();
            int forms = result.GeneratedSources.Count(s => s.HintName.EndsWith(".Validation.g.cs", StringComparison.Ordinal));
            if (result.Exception != null || forms != Services || result.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                throw new InvalidOperationException($"The synthetic catalog did not generate cleanly: {forms} validators, {result.Exception}, {string.Join("; ", result.Diagnostics.Take(3))}");

            // The edit: one service's title changes, which changes its generated files and nothing else.
            _original = _texts.First(t => t.Path.EndsWith(".form.json", StringComparison.Ordinal));
            string text = _original.GetText()!.ToString();
            int title = text.IndexOf("\"de\": \"", StringComparison.Ordinal);
            if (title < 0) throw new InvalidOperationException("No German title in " + _original.Path);
            _edited = new DefinitionText(_original.Path, text.Insert(title + "\"de\": \"".Length, "Neu: "));
        }

        /// <summary>A clean build: a new driver generates every file of the catalog.</summary>
        [Benchmark]
        public GeneratorDriver FullRun() => NewDriver().RunGenerators(_compilation);

        /// <summary>An edit: the warm driver, one definition replaced, runs again (the driver is immutable, so every call starts from the same warm state).</summary>
        [Benchmark]
        public GeneratorDriver OneFileEdit() => _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_compilation);

        private GeneratorDriver NewDriver() =>
            CSharpGeneratorDriver.Create(new[] { new FormFactoryGenerator().AsSourceGenerator() }, _texts, ParseOptions, new ConsumerOptions("Consumer"));

        /// <summary>The running .NET's framework assemblies and FormFactory.Runtime: what the generator looks for (DateOnly, JsonElement, …).</summary>
        private static IReadOnlyList<MetadataReference> References()
        {
            string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(FormFactory.Runtime.Attachment).Assembly.Location));
            return references;
        }
    }
}
