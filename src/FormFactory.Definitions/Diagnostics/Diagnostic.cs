using System.Globalization;
using FormFactory.Definitions.Model;
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
        /// <summary>
        /// The values of the message's placeholders, each in every language (a plain value reads the same in all), kept
        /// so <see cref="DiagnosticMessages"/> can say the message in another language. Text only, so a diagnostic
        /// stays value-equatable (the generator's incremental pipeline caches them).
        /// </summary>
        public EquatableArray<MessagePart> Arguments { get; init; } = EquatableArray<MessagePart>.Empty;

        /// <summary>Creates a diagnostic from a descriptor and the values for its placeholders.</summary>
        public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args) =>
            new Diagnostic(descriptor.Id, descriptor.Severity,
                args.Length == 0 ? descriptor.MessageFormat : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args),
                location) { Arguments = Parts(args) };

        private static EquatableArray<MessagePart> Parts(object?[] args)
        {
            if (args.Length == 0) return EquatableArray<MessagePart>.Empty;
            var parts = new MessagePart[args.Length];
            for (int i = 0; i < args.Length; i++)
                parts[i] = args[i] as MessagePart ?? MessagePart.Same(System.Convert.ToString(args[i], CultureInfo.InvariantCulture) ?? "");
            return new EquatableArray<MessagePart>(parts);
        }

        /// <summary>True for errors.</summary>
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <summary>
        /// The classic compiler form: <c>path(line,col): error FF0123: message</c>, on one line: control characters
        /// in the path or message are escaped (<see cref="PrintableText"/>), so a definition cannot print lines of its own.
        /// </summary>
        public override string ToString() => Format(Message);

        /// <summary>The classic compiler form in <paramref name="language"/> (codes and severities stay as they are).</summary>
        public string ToString(string language) => Format(DiagnosticMessages.Text(this, language));

        private string Format(string message) =>
            $"{PrintableText.Escape(Location.Path)}({Location.Line},{Location.Column}): {(IsError ? "error" : "warning")} {Id}: {PrintableText.Escape(message)}";
    }
}
