using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FormFactory.Benchmarks.Generation
{
    /// <summary>The MSBuild properties a consumer project shows the generator: only <c>RootNamespace</c>.</summary>
    public sealed class ConsumerOptions : AnalyzerConfigOptionsProvider
    {
        private static readonly Options None = new(new Dictionary<string, string>());
        private readonly Options _global;

        /// <summary>Options of a project whose root namespace is <paramref name="rootNamespace"/>.</summary>
        public ConsumerOptions(string rootNamespace) =>
            _global = new Options(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace });

        /// <inheritdoc />
        public override AnalyzerConfigOptions GlobalOptions => _global;

        /// <inheritdoc />
        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => None;

        /// <inheritdoc />
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => None;

        private sealed class Options : AnalyzerConfigOptions
        {
            private readonly Dictionary<string, string> _values;

            public Options(Dictionary<string, string> values) => _values = values;

            public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
        }
    }
}
