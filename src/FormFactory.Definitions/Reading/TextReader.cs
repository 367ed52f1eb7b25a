using System.Collections.Generic;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Reading
{
    /// <summary>Reads localized texts: <c>"Text"</c> or <c>{ "de": "…", "en": "…" }</c>, German required.</summary>
    internal static class TextReader
    {
        private static readonly Regex LanguageCode = new Regex("^[a-z]{2}$", RegexOptions.CultureInvariant);

        /// <summary>Two lower-case ASCII letters, such as <c>de</c> or <c>en</c>.</summary>
        public static bool IsLanguageCode(string code) => code.Length == 2 && LanguageCode.IsMatch(code);

        public static LocalizedText? Read(JsonSyntax value, string name, DiagnosticBag diagnostics)
        {
            if (value is JsonStringSyntax s)
            {
                if (s.Value.Length == 0)
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidText, s.Location, $"'{name}' must not be empty");
                    return null;
                }
                return LocalizedText.German(s.Value);
            }
            if (value is not JsonObjectSyntax o)
            {
                diagnostics.Report(DiagnosticDescriptors.WrongValueType, value.Location, name, "a text or an object of languages like { \"de\": \"…\", \"en\": \"…\" }", value.KindName);
                return null;
            }
            string? german = null;
            var others = new SortedDictionary<string, string>(System.StringComparer.Ordinal);
            bool ok = true;
            foreach (var p in o.Properties)
            {
                if (!IsLanguageCode(p.Name))
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidText, p.NameLocation, $"'{p.Name}' is not a language code; use two lower-case letters such as \"de\" or \"en\"");
                    ok = false;
                    continue;
                }
                if (p.Value is not JsonStringSyntax t)
                {
                    diagnostics.Report(DiagnosticDescriptors.WrongValueType, p.Value.Location, name + "." + p.Name, "a string", p.Value.KindName);
                    ok = false;
                    continue;
                }
                if (t.Value.Length == 0)
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidText, t.Location, $"the '{p.Name}' text of '{name}' must not be empty");
                    ok = false;
                    continue;
                }
                if (p.Name == "de") german = t.Value;
                else others[p.Name] = t.Value;
            }
            if (german == null)
            {
                if (ok) diagnostics.Report(DiagnosticDescriptors.InvalidText, o.Location, $"'{name}' needs a German text (\"de\")");
                return null;
            }
            var list = new List<KeyValuePair<string, string>> { new KeyValuePair<string, string>("de", german) };
            list.AddRange(others);
            return new LocalizedText(list.ToEquatableArray());
        }
    }
}
