using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FormFactory.Definitions.Expressions;

using FormFactory.Runtime;

namespace FormFactory.Fim.Mapping
{
    /// <summary>Writes the condition of a translated rule as a FormFactory expression, typed by the field it reads.</summary>
    internal static class RuleExpression
    {
        private static readonly string[] TextTypes = { "text", "textarea", "email", "phone", "postcode", "iban" };

        /// <summary>The expression, or null with the reason when the value does not fit the field.</summary>
        public static string? Build(RuleCondition condition, FieldDraft field, string path, out string? whyNot)
        {
            whyNot = null;
            string fimId = condition.Field;
            switch (condition.Test)
            {
                case ConditionTest.Affirmed:
                case ConditionTest.Denied:
                    if (field.Type != "boolean")
                    {
                        whyNot = $"{fimId} is no yes/no field, so it cannot be affirmed or denied";
                        return null;
                    }
                    return path + (condition.Test == ConditionTest.Affirmed ? " == true" : " == false");
                case ConditionTest.Empty:
                    return path + " == null";
                case ConditionTest.NotEmpty:
                    return path + " != null";
            }
            bool any = condition.Test == ConditionTest.In;
            var parts = new List<string>();
            foreach (var value in condition.Values)
            {
                string? literal = Literal(field, value, out whyNot);
                if (literal == null)
                {
                    whyNot = $"{fimId}: {whyNot}";
                    return null;
                }
                parts.Add(field.Type == "multiChoice"
                    ? (any ? "" : "!") + "contains(" + path + ", " + literal + ")"
                    : path + (any ? " == " : " != ") + literal);
            }
            if (parts.Count == 1) return parts[0];
            return any ? "(" + string.Join(" || ", parts) + ")" : string.Join(" && ", parts);
        }

        private static string? Literal(FieldDraft field, string value, out string? whyNot)
        {
            whyNot = null;
            if (field.Type is "choice" or "multiChoice")
            {
                if (field.Codes != null && !field.Codes.Contains(value))
                {
                    whyNot = $"'{value}' is not a code of its list (codes: {string.Join(", ", field.Codes.Take(12))}{(field.Codes.Count > 12 ? ", …" : "")})";
                    return null;
                }
                return Quote(value, out whyNot);
            }
            if (TextTypes.Contains(field.Type)) return Quote(value, out whyNot);
            switch (field.Type)
            {
                case "integer":
                case "decimal":
                case "money":
                    if (decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
                        && (field.Type != "integer" || number == decimal.Truncate(number)))
                        return number.ToString(CultureInfo.InvariantCulture);
                    whyNot = $"'{value}' is not a number";
                    return null;
                case "boolean":
                    switch (value.ToLowerInvariant())
                    {
                        case "true": case "ja": case "1": return "true";
                        case "false": case "nein": case "0": return "false";
                    }
                    whyNot = $"'{value}' is not yes or no";
                    return null;
                case "date":
                    if (DateLiterals.TryParse(value, out _)) return "date('" + value + "')";
                    whyNot = $"'{value}' is not a date written YYYY-MM-DD";
                    return null;
            }
            whyNot = $"a field of type {field.Type} cannot be compared with a value";
            return null;
        }

        private static string? Quote(string value, out string? whyNot)
        {
            whyNot = null;
            if (value.IndexOf('\'') >= 0 || value.IndexOf('\\') >= 0)
            {
                whyNot = $"the value '{value}' holds a quote or backslash";
                return null;
            }
            return "'" + value + "'";
        }
    }
}
