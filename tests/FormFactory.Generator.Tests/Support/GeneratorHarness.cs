using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>What one run of the generator produced.</summary>
    public sealed record GeneratorRun(GeneratorDriver Driver, Compilation Output, GeneratorRunResult Result)
    {
        /// <summary>Generated files by hint name.</summary>
        public IReadOnlyDictionary<string, string> Sources =>
            Result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        /// <summary>The generator's own diagnostics.</summary>
        public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;
    }

    /// <summary>Runs the generator in a real C# compilation that references the running .NET and FormFactory.Runtime.</summary>
    public static class GeneratorHarness
    {
        /// <summary>C# 10 (the oldest the generated code promises) with doc comments checked.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp10, DocumentationMode.Diagnose);

        /// <summary>The MSBuild properties of a consumer project called Consumer.</summary>
        public static readonly IReadOnlyDictionary<string, string> DefaultProperties = new Dictionary<string, string> { ["RootNamespace"] = "Consumer" };

        private static readonly Lazy<IReadOnlyList<MetadataReference>> LazyReferences = new(LoadReferences);

        /// <summary>The framework assemblies of the running runtime, and FormFactory.Runtime.</summary>
        public static IReadOnlyList<MetadataReference> References => LazyReferences.Value;

        /// <summary>A library compilation with nullable annotations enabled, holding <paramref name="sources"/>.</summary>
        public static CSharpCompilation Compilation(IEnumerable<MetadataReference>? references = null, params string[] sources) =>
            CSharpCompilation.Create("Consumer",
                sources.Select(s => CSharpSyntaxTree.ParseText(s, ParseOptions)),
                references ?? References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A driver with step tracking, over <paramref name="texts"/>.</summary>
        public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null) =>
            CSharpGeneratorDriver.Create(
                new[] { new FormFactoryGenerator().AsSourceGenerator() },
                texts,
                ParseOptions,
                new TestOptionsProvider(properties ?? DefaultProperties),
                new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        /// <summary>Runs <paramref name="driver"/> on <paramref name="compilation"/> (default: an empty one).</summary>
        public static GeneratorRun Run(GeneratorDriver driver, Compilation? compilation = null)
        {
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation ?? Compilation(), out var output, out _);
            var result = driver.GetRunResult().Results.Single();
            Assert.True(result.Exception == null, "The generator threw: " + result.Exception);
            return new GeneratorRun(driver, output, result);
        }

        /// <summary>Runs the generator once over <paramref name="texts"/>.</summary>
        public static GeneratorRun Run(IEnumerable<AdditionalText> texts, IReadOnlyDictionary<string, string>? properties = null) =>
            Run(Driver(texts, properties));

        private static IReadOnlyList<MetadataReference> LoadReferences()
        {
            string runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
            var references = trusted
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtimeDir, StringComparison.Ordinal))
                .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(FormFactory.Runtime.Attachment).Assembly.Location));
            return references;
        }
    }
}
