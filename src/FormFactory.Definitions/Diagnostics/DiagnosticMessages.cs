using System.Collections.Generic;
using System.Globalization;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// Diagnostic messages in the languages designers read: English (the descriptors' own texts) and German
    /// (<see cref="GermanDiagnosticMessages"/>). Codes, severities and places are the same in every language. The
    /// CLI reports in the chosen language; the Roslyn generator reports in English (a compiler's messages follow the
    /// IDE, not the catalog, and it has no language option).
    /// </summary>
    public static class DiagnosticMessages
    {
        /// <summary>The message languages, English first (the default).</summary>
        public static readonly IReadOnlyList<string> Languages = new[] { "en", "de" };

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        /// <summary>The message template of <paramref name="descriptor"/> in <paramref name="language"/>, or null when it has none.</summary>
        public static string? Template(DiagnosticDescriptor descriptor, string language)
        {
            if (language != "de") return descriptor.MessageFormat;
            return GermanDiagnosticMessages.Table.TryGetValue(descriptor, out var german) ? german : null;
        }

        /// <summary>
        /// The message of <paramref name="diagnostic"/> in <paramref name="language"/>: its template there, with each
        /// <see cref="MessagePart"/> in that language. The English message when the descriptor has no text in the
        /// language yet.
        /// </summary>
        public static string Text(Diagnostic diagnostic, string language)
        {
            if (language != "de" || !ById.TryGetValue(diagnostic.Id, out var descriptor)) return diagnostic.Message;
            var template = Template(descriptor, language);
            if (template == null) return diagnostic.Message;
            if (diagnostic.Arguments.Count == 0) return template;
            var args = new object?[diagnostic.Arguments.Count];
            for (int i = 0; i < args.Length; i++) args[i] = diagnostic.Arguments[i].In(language);
            return string.Format(CultureInfo.InvariantCulture, template, args);
        }

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var index = new Dictionary<string, DiagnosticDescriptor>();
            foreach (var d in DiagnosticDescriptors.All) index[d.Id] = d;
            return index;
        }
    }
}
