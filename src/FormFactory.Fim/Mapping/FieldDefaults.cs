using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Validation;

using FormFactory.Runtime;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Uses a field's <c>inhalt</c> as its default where it is a value of the field's type that passes its checks;
    /// otherwise the value is noted and left out, so the definition binds.
    /// </summary>
    internal static class FieldDefaults
    {
        public static void Apply(string? content, string type, JsonObject json, IReadOnlyCollection<string>? codes, List<string> lost)
        {
            if (content == null) return;
            JsonNode? value = type switch
            {
                "text" or "textarea" => Text(content, json),
                "integer" => long.TryParse(content.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long n) ? JsonValue.Create(n) : null,
                "decimal" => Decimal(content, 28),
                "money" => Decimal(content, 2),
                "date" => DateLiterals.TryParse(content.Trim(), out _) ? JsonValue.Create(content.Trim()) : null,
                "boolean" => content.Trim().ToLowerInvariant() switch
                {
                    "true" or "ja" or "1" => JsonValue.Create(true),
                    "false" or "nein" or "0" => JsonValue.Create(false),
                    _ => null,
                },
                "choice" => codes != null && codes.Contains(content.Trim()) ? JsonValue.Create(content.Trim()) : null,
                _ => null,
            };
            if (value == null) lost.Add($"inhalt '{content}' is not used as the default: it is no valid value of this {type} field");
            else json["default"] = value;
        }

        private static JsonNode? Text(string content, JsonObject json)
        {
            int length = 0;
            foreach (char c in content) if (!char.IsLowSurrogate(c)) length++; // code points, as the validator counts
            if (json["minLength"] is JsonValue min && length < min.GetValue<int>()) return null;
            if (json["maxLength"] is JsonValue max && length > max.GetValue<int>()) return null;
            if (json["pattern"] is JsonValue pattern && !FormFactory.Runtime.Patterns.Matches(pattern.GetValue<string>(), content)) return null;
            return JsonValue.Create(content);
        }

        private static JsonNode? Decimal(string content, int maxScale)
        {
            if (!decimal.TryParse(content.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)) return null;
            int scale = (decimal.GetBits(d)[3] >> 16) & 0xFF;
            return scale > maxScale ? null : FieldConstraints.Json(d);
        }
    }
}
