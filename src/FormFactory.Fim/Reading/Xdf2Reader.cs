using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Reading
{
    /// <summary>
    /// Reads XDatenfelder 2 (<c>urn:xoev-de:fim:standard:xdatenfelder_2</c>): <c>praezisierung</c> is JSON text such
    /// as <c>{"minLength":"5","maxLength":"5","pattern":"[0-9]{5}"}</c>, a rule's words are its <c>definition</c> and
    /// its code its <c>script</c>.
    /// </summary>
    public sealed class Xdf2Reader : XdfReader
    {
        /// <summary>The XDatenfelder 2 namespace.</summary>
        public const string Namespace = "urn:xoev-de:fim:standard:xdatenfelder_2";

        /// <summary>Creates a reader for the file <paramref name="path"/>.</summary>
        public Xdf2Reader(string path, DiagnosticBag diagnostics) : base(path, diagnostics) { }

        /// <inheritdoc />
        protected override int Version => 2;

        /// <inheritdoc />
        protected override string? RuleText(XElement regel) => XmlText.Of(XmlText.Child(regel, "definition"));

        /// <inheritdoc />
        protected override string? RuleScript(XElement regel) => XmlText.Of(XmlText.Child(regel, "script"));

        /// <inheritdoc />
        protected override FimConstraints ReadConstraints(XElement? praezisierung, List<string> problems)
        {
            string? text = XmlText.Of(praezisierung);
            if (text == null) return new FimConstraints();
            try
            {
                using var json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 8 });
                if (json.RootElement.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"praezisierung '{text}' is no JSON object; ignored");
                    return new FimConstraints();
                }
                var c = new FimConstraints();
                var other = new List<KeyValuePair<string, string>>();
                foreach (var p in json.RootElement.EnumerateObject())
                {
                    string value = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
                    switch (p.Name)
                    {
                        case "minLength": c = c with { MinLength = Int(p.Name, value, problems) }; break;
                        case "maxLength": c = c with { MaxLength = Int(p.Name, value, problems) }; break;
                        case "minValue": c = c with { MinValue = Blank(value) }; break;
                        case "maxValue": c = c with { MaxValue = Blank(value) }; break;
                        case "pattern": c = c with { Pattern = Blank(value) }; break;
                        default: other.Add(new KeyValuePair<string, string>(p.Name, value)); break;
                    }
                }
                return c with { Other = other };
            }
            catch (JsonException)
            {
                problems.Add($"praezisierung '{text}' is not JSON; ignored");
                return new FimConstraints();
            }
        }

        /// <summary>A whole number written as text, or null with a problem noted.</summary>
        internal static int? Int(string name, string value, List<string> problems)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)) return n;
            problems.Add($"praezisierung {name} '{value}' is not a whole number; ignored");
            return null;
        }

        private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
