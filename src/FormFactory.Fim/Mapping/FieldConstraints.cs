using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Validation;
using FormFactory.Fim.Model;

using FormFactory.Runtime;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Maps <c>praezisierung</c> onto a field's checks, keeping only what every back end reads alike: a bound that does
    /// not parse, bounds that contradict each other or a pattern browsers and .NET read differently are left out and
    /// noted, so the written definition always binds.
    /// </summary>
    internal static class FieldConstraints
    {
        /// <summary>Texts longer than this (with no pattern) become a textarea.</summary>
        public const int TextareaFrom = 200;

        /// <summary>Length and pattern of a text; returns <c>textarea</c> for long texts without pattern, else <paramref name="type"/>.</summary>
        public static string Text(FimConstraints c, string type, JsonObject json, List<string> lost)
        {
            int? min = c.MinLength > 0 ? c.MinLength : null;
            int? max = c.MaxLength > 0 ? c.MaxLength : null;
            if (min != null && max != null && min > max)
            {
                lost.Add($"praezisierung minLength {min} is greater than maxLength {max}; both left out");
                min = max = null;
            }
            string? pattern = c.Pattern;
            if (pattern != null && FormFactory.Definitions.Validation.Patterns.Problem(pattern) is string problem)
            {
                lost.Add($"pattern '{pattern}' is left out: {problem}");
                pattern = null;
            }
            if (c.MinLength == 0 && c.MaxLength == 0) lost.Add("praezisierung maxLength 0 would allow no text; left out");
            if (min != null) json["minLength"] = min.Value;
            if (max != null) json["maxLength"] = max.Value;
            if (pattern != null) json["pattern"] = pattern;
            if (c.MinValue != null || c.MaxValue != null) lost.Add("praezisierung minValue/maxValue do not apply to a text; left out");
            return type == "text" && max > TextareaFrom && pattern == null ? "textarea" : type;
        }

        /// <summary>Bounds of an integer, decimal or money field.</summary>
        public static void Number(FimConstraints c, string type, JsonObject json, List<string> lost)
        {
            decimal? min = Parse(c.MinValue, "minValue", type, lost);
            decimal? max = Parse(c.MaxValue, "maxValue", type, lost);
            if (min != null && max != null && min > max)
            {
                lost.Add($"praezisierung minValue {min} is greater than maxValue {max}; both left out");
                min = max = null;
            }
            if (min != null) json["min"] = Json(min.Value);
            if (max != null) json["max"] = Json(max.Value);
            NotForType(c, lost, "a number", length: true, pattern: true, values: false);
        }

        /// <summary>Bounds of a date field (written <c>YYYY-MM-DD</c>).</summary>
        public static void Date(FimConstraints c, JsonObject json, List<string> lost)
        {
            string? min = DateBound(c.MinValue, "minValue", lost), max = DateBound(c.MaxValue, "maxValue", lost);
            if (min != null && max != null && string.CompareOrdinal(min, max) > 0)
            {
                lost.Add($"praezisierung minValue {min} is after maxValue {max}; both left out");
                min = max = null;
            }
            if (min != null) json["min"] = min;
            if (max != null) json["max"] = max;
            NotForType(c, lost, "a date", length: true, pattern: true, values: false);
        }

        /// <summary>Notes every constraint set on a field whose type has none of them.</summary>
        public static void NotForType(FimConstraints c, List<string> lost, string what, bool length = true, bool pattern = true, bool values = true)
        {
            if (length && (c.MinLength > 0 || c.MaxLength > 0)) lost.Add($"praezisierung minLength/maxLength do not apply to {what}; left out");
            if (pattern && c.Pattern != null) lost.Add($"praezisierung pattern does not apply to {what}; left out");
            if (values && (c.MinValue != null || c.MaxValue != null)) lost.Add($"praezisierung minValue/maxValue do not apply to {what}; left out");
        }

        /// <summary>Notes what <c>praezisierung</c> holds beyond the known constraints.</summary>
        public static void Other(FimConstraints c, List<string> lost)
        {
            foreach (var (name, value) in c.Other)
                lost.Add(name == "(text)" ? $"praezisierung text '{value}' is not mapped" : $"praezisierung {name}=\"{value}\" is not mapped");
        }

        private static decimal? Parse(string? text, string name, string type, List<string> lost)
        {
            if (text == null) return null;
            string t = text.Trim();
            if (t.IndexOf('.') < 0 && t.Count(ch => ch == ',') == 1) t = t.Replace(',', '.');
            if (!decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                lost.Add($"praezisierung {name} '{text}' is not a number; left out");
                return null;
            }
            if (type == "integer" && value != decimal.Truncate(value))
            {
                lost.Add($"praezisierung {name} '{text}' is not a whole number; left out");
                return null;
            }
            return value;
        }

        private static string? DateBound(string? text, string name, List<string> lost)
        {
            if (text == null) return null;
            if (DateLiterals.TryParse(text.Trim(), out _)) return text.Trim();
            lost.Add($"praezisierung {name} '{text}' is not a date written YYYY-MM-DD; left out");
            return null;
        }

        /// <summary>A number as JSON: whole numbers without a point.</summary>
        public static JsonNode Json(decimal value) =>
            value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue
                ? JsonValue.Create((long)value)
                : JsonValue.Create(value);
    }
}
