using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace FormFactory.Workspace
{
    /// <summary>
    /// One node of a published schema as <see cref="SchemaFastCheck"/> reads it, worked out once and shared by every
    /// file and thread: NJsonSchema resolves <c>$ref</c> anew on each <c>ActualSchema</c> and matches patterns
    /// through the regex cache, which at thousands of files was a good part of the check. Nested rules are made on
    /// first use, so schemas that refer to themselves are fine.
    /// </summary>
    internal sealed class SchemaRule
    {
        private static readonly ConcurrentDictionary<JsonSchema, SchemaRule> Rules = new(ReferenceEqualityComparer.Instance);

        private readonly JsonSchema? _additional;
        private readonly JsonSchema? _item;
        private SchemaRule? _additionalRule;
        private SchemaRule? _itemRule;
        private SchemaRule[]? _oneOf;
        private Dictionary<string, SchemaRule>? _properties;
        private (Regex, SchemaRule)[]? _patterns;

        private SchemaRule(JsonSchema schema)
        {
            Schema = schema;
            Known = schema.AnyOf.Count == 0 && schema.AllOf.Count == 0 && schema.Not == null && string.IsNullOrEmpty(schema.Format) &&
                schema.MinProperties == 0 && schema.MaxProperties == 0 && !schema.UniqueItems && schema.Items.Count == 0 &&
                schema.ExclusiveMaximum == null && !schema.IsExclusiveMaximum && !schema.Type.HasFlag(JsonObjectType.File);
            Required = schema.Properties.Where(p => p.Value.IsRequired).Select(p => p.Key).Concat(schema.RequiredProperties).Distinct().ToArray();
            Enumeration = schema.Enumeration.Select(v => v?.ToString()).ToArray();
            // The same pattern and options as the stock validator's Regex.IsMatch(value, pattern), made once.
            Pattern = string.IsNullOrEmpty(schema.Pattern) ? null : new Regex(schema.Pattern);
            ChecksText = Pattern != null || schema.MinLength != null || schema.MaxLength != null;
            _additional = schema.AdditionalPropertiesSchema?.ActualSchema;
            _item = schema.Item?.ActualSchema;
        }

        /// <summary>The rule of <paramref name="actual"/> (a schema with its reference resolved).</summary>
        public static SchemaRule For(JsonSchema actual) => Rules.GetOrAdd(actual, s => new SchemaRule(s));

        /// <summary>The schema itself.</summary>
        public JsonSchema Schema { get; }

        /// <summary>False when the schema has a keyword the fast check does not follow.</summary>
        public bool Known { get; }

        /// <summary>Names an object must have.</summary>
        public string[] Required { get; }

        /// <summary>The enumeration's values as the stock check compares them (their text).</summary>
        public string?[] Enumeration { get; }

        /// <summary>The pattern strings must match, or null.</summary>
        public Regex? Pattern { get; }

        /// <summary>True when a string's text has to be read: a pattern or a length limit.</summary>
        public bool ChecksText { get; }

        /// <summary>The schema of properties neither declared nor matched by a pattern, or null.</summary>
        public SchemaRule? Additional => _additional == null ? null : _additionalRule ??= For(_additional);

        /// <summary>The schema of every array item, or null.</summary>
        public SchemaRule? Item => _item == null ? null : _itemRule ??= For(_item);

        /// <summary>The oneOf branches.</summary>
        public SchemaRule[] OneOf => _oneOf ??= Schema.OneOf.Select(b => For(b.ActualSchema)).ToArray();

        /// <summary>Declared properties by name.</summary>
        public Dictionary<string, SchemaRule> Properties => _properties ??= Schema.Properties.ToDictionary(p => p.Key, p => For(p.Value.ActualSchema));

        /// <summary>Pattern properties in the schema's order (the stock validator takes the first that matches).</summary>
        public (Regex Pattern, SchemaRule Rule)[] Patterns => _patterns ??= Schema.PatternProperties.Select(p => (new Regex(p.Key), For(p.Value.ActualSchema))).ToArray();
    }
}
