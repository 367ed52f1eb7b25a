using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Reading
{
    /// <summary>
    /// Reads the properties of one JSON object with type checks, remembering which it read so that every property
    /// left over can be reported as unknown. Each accessor reports its own problems and returns null for them.
    /// </summary>
    internal sealed class ObjectReader
    {
        private static readonly Regex IdPattern = new Regex("^[a-z][a-zA-Z0-9]*$", RegexOptions.CultureInvariant);
        private readonly HashSet<string> _read = new HashSet<string>();

        public ObjectReader(JsonObjectSyntax syntax, DiagnosticBag diagnostics, MessagePart what)
        {
            Syntax = syntax;
            Diagnostics = diagnostics;
            What = what;
        }

        public JsonObjectSyntax Syntax { get; }
        public DiagnosticBag Diagnostics { get; }

        /// <summary>How messages name this object, e.g. "the field 'kennzeichen'" (German without article: "Feld 'kennzeichen'").</summary>
        public MessagePart What { get; set; }

        /// <summary>Where "missing property" problems point: the object's opening brace.</summary>
        public SourceLocation Start => new SourceLocation(Syntax.Location.Path, Syntax.Location.Offset, 1, Syntax.Location.Line, Syntax.Location.Column, Syntax.Location.Line, Syntax.Location.Column + 1);

        public bool Has(string name) => Syntax.Find(name) != null;

        /// <summary>Reads <c>$schema</c>, which a file may name at its root for editors (nowhere else).</summary>
        public void SchemaReference() => String("$schema");

        /// <summary>Marks <paramref name="name"/> as read and returns its value syntax, reporting it missing when required.</summary>
        public JsonSyntax? Take(string name, bool required = false)
        {
            _read.Add(name);
            var p = Syntax.Find(name);
            if (p == null)
            {
                if (required) Diagnostics.Report(DiagnosticDescriptors.MissingProperty, Start, new MessagePart(Capitalize(What.English), What.German), name);
                return null;
            }
            return p.Value;
        }

        public JsonStringSyntax? StringSyntax(string name, bool required = false)
        {
            var v = Take(name, required);
            if (v == null) return null;
            if (v is JsonStringSyntax s) return s;
            WrongType(name, "a string", v);
            return null;
        }

        public string? String(string name, bool required = false) => StringSyntax(name, required)?.Value;

        /// <summary>A string that must not be empty.</summary>
        public JsonStringSyntax? NonEmptyStringSyntax(string name, bool required = false)
        {
            var s = StringSyntax(name, required);
            if (s != null && s.Value.Length == 0)
            {
                Diagnostics.Report(DiagnosticDescriptors.InvalidValue, s.Location, name, "must not be empty");
                return null;
            }
            return s;
        }

        /// <summary>A camelCase id.</summary>
        public JsonStringSyntax? Id(string name = "id", bool required = true)
        {
            var s = StringSyntax(name, required);
            if (s == null) return null;
            if (!IsValidId(s.Value))
            {
                Diagnostics.Report(DiagnosticDescriptors.InvalidId, s.Location, s.Value);
                return null;
            }
            return s;
        }

        public static bool IsValidId(string value) => value.Length <= 200 && IdPattern.IsMatch(value) && value.IndexOf('\n') < 0;

        public bool? Bool(string name)
        {
            var v = Take(name);
            if (v == null) return null;
            if (v is JsonLiteralSyntax { Value: bool b }) return b;
            WrongType(name, "true or false", v);
            return null;
        }

        /// <summary>A whole number within [<paramref name="min"/>, <paramref name="max"/>].</summary>
        public long? Integer(string name, long min = 0, long max = int.MaxValue)
        {
            var v = Take(name);
            if (v == null) return null;
            if (v is JsonNumberSyntax n && decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d))
            {
                if (d < min || d > max)
                {
                    Diagnostics.Report(DiagnosticDescriptors.InvalidValue, v.Location, name, $"must be between {min} and {max}");
                    return null;
                }
                return (long)d;
            }
            WrongType(name, "a whole number", v);
            return null;
        }

        /// <summary>An exact decimal number.</summary>
        public decimal? Number(string name)
        {
            var v = Take(name);
            if (v == null) return null;
            if (v is JsonNumberSyntax n)
            {
                if (decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                Diagnostics.Report(DiagnosticDescriptors.InvalidValue, v.Location, name, "is outside the range of decimal numbers");
                return null;
            }
            WrongType(name, "a number", v);
            return null;
        }

        public JsonObjectSyntax? Object(string name, bool required = false)
        {
            var v = Take(name, required);
            if (v == null) return null;
            if (v is JsonObjectSyntax o) return o;
            WrongType(name, "an object", v);
            return null;
        }

        public JsonArraySyntax? Array(string name, bool required = false)
        {
            var v = Take(name, required);
            if (v == null) return null;
            if (v is JsonArraySyntax a) return a;
            WrongType(name, "an array", v);
            return null;
        }

        /// <summary>An array of strings; wrong items are reported and skipped.</summary>
        public List<JsonStringSyntax>? StringList(string name, bool required = false)
        {
            var a = Array(name, required);
            if (a == null) return null;
            var result = new List<JsonStringSyntax>();
            foreach (var item in a.Items)
            {
                if (item is JsonStringSyntax s) result.Add(s);
                else WrongType(name + "[]", "a string", item);
            }
            return result;
        }

        /// <summary>A localized text: a German string or an object of language codes.</summary>
        public LocalizedText? Text(string name, bool required = false)
        {
            var v = Take(name, required);
            return v == null ? null : TextReader.Read(v, name, Diagnostics);
        }

        /// <summary>Reports every property that was not read. <paramref name="reportedElsewhere"/> may report it with a better diagnostic instead.</summary>
        public void ReportUnknown(System.Func<JsonPropertySyntax, bool>? reportedElsewhere = null)
        {
            foreach (var p in Syntax.Properties)
            {
                if (_read.Contains(p.Name)) continue;
                if (reportedElsewhere != null && reportedElsewhere(p)) continue;
                Diagnostics.Report(DiagnosticDescriptors.UnknownProperty, p.NameLocation, p.Name, What,
                    NearestName.DidYouMean(p.Name, System.Linq.Enumerable.Where(_read, c => c != "$schema")));
            }
        }

        public void WrongType(string name, string expected, JsonSyntax actual) =>
            Diagnostics.Report(DiagnosticDescriptors.WrongValueType, actual.Location, name, expected, actual.KindName);

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);
    }
}
