using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Core = FormFactory.Definitions.Diagnostics;

namespace FormFactory.Generator.Diagnostics
{
    /// <summary>
    /// Turns the semantic core's diagnostics into compiler diagnostics located in the definition file, so
    /// <c>dotnet build</c> and the IDE point at the designer's mistake (file, line, column).
    /// </summary>
    internal static class RoslynDiagnostics
    {
        /// <summary>The category of every FormFactory diagnostic.</summary>
        public const string Category = "FormFactory";

        private static readonly ConcurrentDictionary<(string Id, Core.DiagnosticSeverity Severity), DiagnosticDescriptor> Descriptors =
            new ConcurrentDictionary<(string, Core.DiagnosticSeverity), DiagnosticDescriptor>();

        /// <summary>The compiler diagnostic for <paramref name="diagnostic"/>.</summary>
        public static Diagnostic Convert(Core.Diagnostic diagnostic) =>
            Diagnostic.Create(DescriptorFor(diagnostic.Id, diagnostic.Severity), LocationOf(diagnostic.Location), diagnostic.Message);

        /// <summary>The place in the definition file; no location for problems that belong to no file.</summary>
        public static Location LocationOf(Definitions.Syntax.SourceLocation location)
        {
            if (string.IsNullOrEmpty(location.Path)) return Location.None;
            var span = new TextSpan(location.Offset, location.Length);
            var lines = new LinePositionSpan(
                new LinePosition(location.Line - 1, location.Column - 1),
                new LinePosition(location.EndLine - 1, location.EndColumn - 1));
            return Location.Create(location.Path, span, lines);
        }

        private static DiagnosticDescriptor DescriptorFor(string id, Core.DiagnosticSeverity severity) =>
            Descriptors.GetOrAdd((id, severity), key => new DiagnosticDescriptor(
                key.Id, TitleOf(key.Id), "{0}", Category,
                key.Severity == Core.DiagnosticSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true));

        private static string TitleOf(string id)
        {
            foreach (var d in Core.DiagnosticDescriptors.All)
                if (d.Id == id) return d.Title;
            return id;
        }
    }
}
