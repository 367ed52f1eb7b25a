using System.Globalization;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>One problem found in a definition, at a place in a file.</summary>
    /// <param name="Id">The descriptor's stable code.</param>
    /// <param name="Severity">Error or warning.</param>
    /// <param name="Message">What is wrong and what to change.</param>
    /// <param name="Location">Where it is.</param>
    public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation Location)
    {
        /// <summary>Creates a diagnostic from a descriptor and the values for its placeholders.</summary>
        public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
            new Diagnostic(descriptor.Id, descriptor.Severity,
                args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args),
                location);

        /// <summary>True for errors.</summary>
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <summary>
        /// The classic compiler form: <c>path(line,col): error FF0123: message</c>, on one line: control characters
        /// in the path or message are escaped (<see cref="PrintableText"/>), so a definition cannot print lines of its own.
        /// </summary>
        public override string ToString() =>
            $"{PrintableText.Escape(Location.Path)}({Location.Line},{Location.Column}): {(IsError ? "error" : "warning")} {Id}: {PrintableText.Escape(Message)}";
    }
}
