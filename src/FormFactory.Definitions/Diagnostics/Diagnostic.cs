using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>One problem found in a definition, at a place in a file.</summary>
    /// <param name="Id">The descriptor's stable code.</param>
    /// <param name="Severity">Error or warning.</param>
    /// <param name="Message">What is wrong and what to change, in English.</param>
    /// <param name="Location">Where it is.</param>
    public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, string Message, SourceLocation Location)
    {
        private static readonly object?[] NoArguments = new object?[0];

        /// <summary>
        /// The values of the message's placeholders, kept so <see cref="DiagnosticMessages"/> can say the message in
        /// another language. Not part of equality: the English message already says everything they hold.
        /// </summary>
        public IReadOnlyList<object?> Arguments { get; init; } = NoArguments;

        /// <summary>Creates a diagnostic from a descriptor and the values for its placeholders.</summary>
        public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
            new Diagnostic(descriptor.Id, descriptor.Severity,
                args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args),
                location) { Arguments = args };

        /// <summary>True for errors.</summary>
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <summary>Equal when id, severity, message and location are.</summary>
        public bool Equals(Diagnostic? other) =>
            other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message && Location == other.Location;

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Id.GetHashCode();
                hash = hash * 31 + Severity.GetHashCode();
                hash = hash * 31 + Message.GetHashCode();
                return hash * 31 + Location.GetHashCode();
            }
        }

        /// <summary>The classic compiler form: <c>path(line,col): error FF0123: message</c>.</summary>
        public override string ToString() => Format(Message);

        /// <summary>The classic compiler form in <paramref name="language"/> (codes and severities stay as they are).</summary>
        public string ToString(string language) => Format(DiagnosticMessages.Text(this, language));

        private string Format(string message) =>
            $"{Location.Path}({Location.Line},{Location.Column}): {(IsError ? "error" : "warning")} {Id}: {message}";
    }
}
