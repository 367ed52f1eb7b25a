using System.Collections.Generic;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>Collects diagnostics while a file is read or a catalog is bound.</summary>
    public sealed class DiagnosticBag
    {
        private readonly List<Diagnostic> _items = new List<Diagnostic>();

        /// <summary>Everything reported so far, in order.</summary>
        public IReadOnlyList<Diagnostic> Items => _items;

        /// <summary>True once any error was reported.</summary>
        public bool HasErrors
        {
            get
            {
                foreach (var d in _items)
                    if (d.IsError) return true;
                return false;
            }
        }

        /// <summary>Reports a problem described by <paramref name="descriptor"/> at <paramref name="location"/>.</summary>
        public void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
            _items.Add(Diagnostic.Create(descriptor, location, args));

        /// <summary>Adds diagnostics found elsewhere.</summary>
        public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);
    }
}
