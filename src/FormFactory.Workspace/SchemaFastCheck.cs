using System;
using System.Collections.Generic;
using System.Text.Json;
using NJsonSchema;

namespace FormFactory.Workspace
{
    /// <summary>What <see cref="SchemaFastCheck"/> can say of a value.</summary>
    internal enum SchemaVerdict
    {
        /// <summary>NJsonSchema's validator certainly reports no error.</summary>
        Valid,

        /// <summary>NJsonSchema's validator certainly reports an error.</summary>
        Invalid,

        /// <summary>Not decided here: a keyword or value this check does not know.</summary>
        Unsure,
    }

    /// <summary>
    /// Decides on System.Text.Json's parse whether NJsonSchema's validator would find a definition valid, without its
    /// Newtonsoft tree and error objects: nearly every file a build reads is valid, and proving that was most of the
    /// schema check's time. It follows <c>JsonSchemaValidator</c> rule by rule for the keywords the published schemas
    /// use (type, properties, required, additional and pattern properties, items, enum, oneOf, string length and
    /// pattern, minimum, maximum, multipleOf) and answers <see cref="SchemaVerdict.Unsure"/> for anything else (other
    /// keywords, null, numbers beyond decimal's range under numeric limits, text Newtonsoft would read differently).
    /// Only <see cref="SchemaVerdict.Valid"/> is acted on; everything else goes to the stock validator, which then
    /// reports its errors exactly as before. A differential test holds the two together on samples, broken and
    /// mutated variants and parser edge cases.
    /// </summary>
    internal static class SchemaFastCheck
    {
        // Newtonsoft's reader stops at 64 levels; deeper text goes the stock way (which reports nothing for it).
        private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

        /// <summary>The verdict on <paramref name="text"/> (no byte order mark) against <paramref name="schema"/>.</summary>
        public static SchemaVerdict Check(string text, JsonSchema schema)
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(text, Strict);
            }
            catch (Exception e) when (e is JsonException or ArgumentException)
            {
                // Newtonsoft reads some text System.Text.Json refuses (comments, trailing commas, a lone surrogate).
                return SchemaVerdict.Unsure;
            }
            using (document)
            {
                try
                {
                    return Check(document.RootElement, SchemaRule.For(schema.ActualSchema));
                }
                catch (InvalidOperationException)
                {
                    return SchemaVerdict.Unsure; // a text System.Text.Json cannot give as a string (a lone surrogate escaped)
                }
            }
        }

        private static SchemaVerdict Check(JsonElement value, SchemaRule rule)
        {
            if (value.ValueKind == JsonValueKind.Null || !rule.Known) return SchemaVerdict.Unsure;
            var verdict = rule.OneOf.Length > 0 ? OneOf(value, rule) : SchemaVerdict.Valid;
            if (verdict == SchemaVerdict.Unsure) return verdict;
            var own = Combine(Type(value, rule.Schema.Type), Enumeration(value, rule));
            if (own == SchemaVerdict.Invalid) return own;
            own = Combine(own, value.ValueKind switch
            {
                JsonValueKind.String => rule.ChecksText ? Text(value.GetString()!, rule) : SchemaVerdict.Valid,
                JsonValueKind.Number => Number(value, rule.Schema),
                JsonValueKind.Object => Properties(value, rule),
                JsonValueKind.Array => Items(value, rule),
                _ => SchemaVerdict.Valid,
            });
            // The stock validator reports a required property missing from any value that is not an object.
            if (value.ValueKind != JsonValueKind.Object && !rule.Schema.Type.HasFlag(JsonObjectType.Null) && rule.Required.Length > 0) own = SchemaVerdict.Invalid;
            return Combine(verdict, own);
        }

        /// <summary>Invalid when either is (whatever the other), else unsure when either is.</summary>
        private static SchemaVerdict Combine(SchemaVerdict a, SchemaVerdict b) =>
            a == SchemaVerdict.Invalid || b == SchemaVerdict.Invalid ? SchemaVerdict.Invalid
            : a == SchemaVerdict.Unsure || b == SchemaVerdict.Unsure ? SchemaVerdict.Unsure
            : SchemaVerdict.Valid;

        /// <summary>The stock validator's oneOf: exactly one branch without errors.</summary>
        private static SchemaVerdict OneOf(JsonElement value, SchemaRule rule)
        {
            int valid = 0;
            foreach (var branch in rule.OneOf)
            {
                var verdict = Check(value, branch);
                if (verdict == SchemaVerdict.Unsure) return verdict;
                if (verdict == SchemaVerdict.Valid) valid++;
            }
            return valid == 1 ? SchemaVerdict.Valid : SchemaVerdict.Invalid;
        }

        /// <summary>One of the schema's types must take the value (none given: any value).</summary>
        private static SchemaVerdict Type(JsonElement value, JsonObjectType type)
        {
            if (type == JsonObjectType.None) return SchemaVerdict.Valid;
            bool taken = value.ValueKind switch
            {
                JsonValueKind.String => type.HasFlag(JsonObjectType.String),
                JsonValueKind.True or JsonValueKind.False => type.HasFlag(JsonObjectType.Boolean),
                JsonValueKind.Object => type.HasFlag(JsonObjectType.Object),
                JsonValueKind.Array => type.HasFlag(JsonObjectType.Array),
                JsonValueKind.Number => type.HasFlag(JsonObjectType.Number) || (type.HasFlag(JsonObjectType.Integer) && IsIntegerToken(value)),
                _ => false,
            };
            if (taken) return SchemaVerdict.Valid;
            // An integer beyond 64 bits is still Newtonsoft's integer token; leave it to the stock validator.
            return value.ValueKind == JsonValueKind.Number && type.HasFlag(JsonObjectType.Integer) && !HasFractionOrExponent(value) ? SchemaVerdict.Unsure : SchemaVerdict.Invalid;
        }

        /// <summary>The stock check compares texts; only a string's text is the same in both parsers.</summary>
        private static SchemaVerdict Enumeration(JsonElement value, SchemaRule rule)
        {
            if (rule.Enumeration.Length == 0) return SchemaVerdict.Valid;
            if (value.ValueKind != JsonValueKind.String) return SchemaVerdict.Unsure;
            foreach (var allowed in rule.Enumeration)
                if (allowed != null && value.ValueEquals(allowed)) return SchemaVerdict.Valid;
            return SchemaVerdict.Invalid;
        }

        private static SchemaVerdict Text(string text, SchemaRule rule)
        {
            if (rule.Pattern != null && !rule.Pattern.IsMatch(text)) return SchemaVerdict.Invalid;
            if (rule.Schema.MinLength is int min && text.Length < min) return SchemaVerdict.Invalid;
            if (rule.Schema.MaxLength is int max && text.Length > max) return SchemaVerdict.Invalid;
            return SchemaVerdict.Valid;
        }

        /// <summary>
        /// The stock limits on the number as the stock validator sees it: an integer exactly, a number with a fraction or
        /// exponent as the double Newtonsoft reads, converted to decimal. Beyond decimal's range it compares doubles
        /// instead; that is left to it.
        /// </summary>
        private static SchemaVerdict Number(JsonElement value, JsonSchema schema)
        {
            bool limited = schema.Minimum != null || schema.Maximum != null || schema.ExclusiveMinimum != null || schema.MultipleOf != null;
            if (!limited) return SchemaVerdict.Valid;
            decimal number;
            if (IsIntegerToken(value)) number = value.GetInt64();
            else if (HasFractionOrExponent(value) && value.TryGetDouble(out double real) && double.IsFinite(real) && Math.Abs(real) < 1e28) number = (decimal)real;
            else return SchemaVerdict.Unsure;
            if (schema.Minimum is decimal minimum && (schema.IsExclusiveMinimum ? number <= minimum : number < minimum)) return SchemaVerdict.Invalid;
            if (schema.Maximum is decimal maximum && number > maximum) return SchemaVerdict.Invalid;
            if (schema.ExclusiveMinimum is decimal exclusive && number <= exclusive) return SchemaVerdict.Invalid;
            if (schema.MultipleOf is decimal step && number % step != 0) return SchemaVerdict.Invalid;
            return SchemaVerdict.Valid;
        }

        [ThreadStatic]
        private static HashSet<string>? _names;

        /// <summary>
        /// Names first: one the schema does not take (closed, no matching pattern) or a required one missing decides
        /// without reading a value, whichever of two same-named values Newtonsoft keeps. Then the values against their
        /// declared, pattern or additional schema, values under an enumeration first (they tell oneOf branches apart
        /// cheaply). Of a name given twice every value is checked, so "valid" holds whichever is kept; "invalid" only
        /// when no name is given twice.
        /// </summary>
        private static SchemaVerdict Properties(JsonElement value, SchemaRule rule)
        {
            var targets = new SchemaRule?[value.GetPropertyCount()];
            var names = _names ??= new HashSet<string>(StringComparer.Ordinal);
            names.Clear();
            bool duplicates = false;
            int i = 0;
            foreach (var property in value.EnumerateObject())
            {
                string name = property.Name;
                duplicates |= !names.Add(name);
                if (!rule.Properties.TryGetValue(name, out var target))
                {
                    target = rule.Additional;
                    foreach (var (pattern, patternRule) in rule.Patterns)
                        if (pattern.IsMatch(name)) { target = patternRule; break; }
                    if (target == null && !rule.Schema.AllowAdditionalProperties) return SchemaVerdict.Invalid;
                }
                targets[i++] = target;
            }
            foreach (var required in rule.Required)
                if (!names.Contains(required)) return SchemaVerdict.Invalid;

            var verdict = SchemaVerdict.Valid;
            for (int pass = 0; pass < 2; pass++)
            {
                i = 0;
                foreach (var property in value.EnumerateObject())
                {
                    var target = targets[i++];
                    if (target == null || (target.Enumeration.Length > 0) != (pass == 0)) continue;
                    verdict = Combine(verdict, Check(property.Value, target));
                    if (verdict == SchemaVerdict.Invalid) return duplicates ? SchemaVerdict.Unsure : verdict;
                }
            }
            return verdict;
        }

        private static SchemaVerdict Items(JsonElement value, SchemaRule rule)
        {
            int count = value.GetArrayLength();
            if (rule.Schema.MinItems > 0 && count < rule.Schema.MinItems) return SchemaVerdict.Invalid;
            if (rule.Schema.MaxItems > 0 && count > rule.Schema.MaxItems) return SchemaVerdict.Invalid;
            if (rule.Item == null) return SchemaVerdict.Valid;
            var verdict = SchemaVerdict.Valid;
            foreach (var element in value.EnumerateArray())
            {
                verdict = Combine(verdict, Check(element, rule.Item));
                if (verdict == SchemaVerdict.Invalid) return verdict;
            }
            return verdict;
        }

        /// <summary>True when Newtonsoft reads the number as a 64-bit integer token: no fraction or exponent, in range.</summary>
        private static bool IsIntegerToken(JsonElement value) => !HasFractionOrExponent(value) && value.TryGetInt64(out _);

        private static bool HasFractionOrExponent(JsonElement value) =>
            System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value).IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0;
    }
}
