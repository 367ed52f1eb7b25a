using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FormFactory.Benchmarks.Generation
{
    /// <summary>A definition file held in memory, handed to the generator as the compiler hands it an additional file.</summary>
    public sealed class DefinitionText : AdditionalText
    {
        private readonly SourceText _text;

        /// <summary>The file at <paramref name="path"/> with <paramref name="text"/>.</summary>
        public DefinitionText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
        }

        /// <inheritdoc />
        public override string Path { get; }

        /// <inheritdoc />
        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
