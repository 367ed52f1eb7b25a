using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FormFactory.Definitions;
using FormFactory.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FormFactory.Fim.Tests.Support
{
    /// <summary>
    /// Runs the FormFactory generator in memory over definition files, as a consumer project's build would (root
    /// namespace <c>Consumer</c>), and compiles what it produced against the running .NET and FormFactory.Runtime.
    /// </summary>
    public static class GeneratorRun
    {
        /// <summary>The generator's diagnostics, the generated sources, and the compiler's diagnostics for them.</summary>
        public static (ImmutableArray<Diagnostic> Generator, IReadOnlyDictionary<string, string> Sources, IReadOnlyList<Diagnostic> Compiler) Run(IEnumerable<DefinitionFile> files)
        {
            var parse = new CSharpParseOptions(LanguageVersion.CSharp10, DocumentationMode.Diagnose);
            var compilation = CSharpCompilation.Create("Consumer", Array.Empty<SyntaxTree>(), References(),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            GeneratorDriver driver = CSharpGeneratorDriver.Create(
                new[] { new FormFactoryGenerator().AsSourceGenerator() },
                files.Select(f => (AdditionalText)new Text("definitions/" + f.Path, f.Text)),
                parse,
                new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }));
            driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
            var result = driver.GetRunResult().Results.Single();
            Assert.True(result.Exception == null, "The generator threw: " + result.Exception);
            using var pe = new MemoryStream();
            using var xml = new MemoryStream();
            var emit = output.Emit(pe, xmlDocumentationStream: xml);
            var compiler = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
            return (result.Diagnostics, result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString()), compiler);
        }

        private static List<MetadataReference> References()
        {
            string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(p => string.Equals(Path.GetDirectoryName(p), runtime, StringComparison.Ordinal))
                .Where(p => !Path.GetFileName(p).StartsWith("Microsoft.VisualBasic", StringComparison.Ordinal))
                .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
                .ToList();
            references.Add(MetadataReference.CreateFromFile(typeof(FormFactory.Runtime.Attachment).Assembly.Location));
            return references;
        }

        private sealed class Text : AdditionalText
        {
            private readonly SourceText _text;

            public Text(string path, string text)
            {
                Path = path;
                _text = SourceText.From(text, Encoding.UTF8);
            }

            public override string Path { get; }

            public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
        }

        private sealed class Options : AnalyzerConfigOptionsProvider
        {
            private readonly Values _global;

            public Options(Dictionary<string, string> values) => _global = new Values(values);

            public override AnalyzerConfigOptions GlobalOptions => _global;

            public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.None;

            public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.None;

            private sealed class Values : AnalyzerConfigOptions
            {
                public static readonly Values None = new(new Dictionary<string, string>());
                private readonly Dictionary<string, string> _values;

                public Values(Dictionary<string, string> values) => _values = values;

                public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
            }
        }
    }
}
