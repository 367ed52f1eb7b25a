using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace FormFactory.Workspace
{
    /// <summary>
    /// NJsonSchema's validator, made cheap for <c>oneOf</c>: the stock validator checks a value against every branch
    /// (a field against all thirteen field types, with an error path built for each failure), which made the schema
    /// check the slowest part of loading a catalog. Where every branch but one certainly rejects the value (its
    /// <c>type</c> is not in their enumeration, it has a property they do not allow, lacks one they require, or is
    /// of another JSON type), the one branch alone decides validity. If that branch accepts the value, the result is
    /// the stock validator's (no errors); otherwise the stock validator runs, so every reported error and its path
    /// are exactly as before. Shares no mutable state: one instance may validate on many threads.
    /// </summary>
    internal sealed class OneOfDispatchingValidator : JsonSchemaValidator
    {
        private readonly ConcurrentDictionary<JsonSchema, Dispatch?> _dispatch = new(ReferenceEqualityComparer.Instance);

        /// <inheritdoc />
        protected override ICollection<ValidationError> Validate(JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
        {
            if (schema.OneOf.Count > 1)
            {
                var branch = _dispatch.GetOrAdd(schema, Dispatch.For)?.OnlyCandidate(token);
                if (branch != null && base.Validate(token, branch, schemaType, propertyName, propertyPath).Count == 0)
                    return new List<ValidationError>();
            }
            return base.Validate(token, schema, schemaType, propertyName, propertyPath);
        }

        /// <summary>What is known about the branches of one <c>oneOf</c> schema that has no other keywords.</summary>
        private sealed class Dispatch
        {
            private readonly JsonSchema[] _branches;

            private Dispatch(JsonSchema[] branches) => _branches = branches;

            /// <summary>A dispatch for <paramref name="schema"/>, or null when it has keywords besides <c>oneOf</c> (then only the stock path is safe).</summary>
            public static Dispatch? For(JsonSchema schema) =>
                IsOnlyOneOf(schema) ? new Dispatch(schema.OneOf.Select(b => b.ActualSchema).ToArray()) : null;

            /// <summary>The one branch that may accept <paramref name="token"/> when all others certainly reject it; else null.</summary>
            public JsonSchema? OnlyCandidate(JToken token)
            {
                JsonSchema? candidate = null;
                foreach (var branch in _branches)
                {
                    if (CertainlyRejects(branch, token)) continue;
                    if (candidate != null) return null;
                    candidate = branch;
                }
                return candidate;
            }

            private static bool CertainlyRejects(JsonSchema branch, JToken token)
            {
                if (token.Type == JTokenType.Null) return false;
                var kind = KindOf(token);
                var type = branch.Type;
                if (type is JsonObjectType.String or JsonObjectType.Object or JsonObjectType.Array or JsonObjectType.Boolean && kind != type) return true;
                if (token is not JObject obj || type != JsonObjectType.Object || branch.AllOf.Count + branch.AnyOf.Count + branch.OneOf.Count > 0) return false;

                bool closed = !branch.AllowAdditionalProperties && branch.AdditionalPropertiesSchema == null && branch.PatternProperties.Count == 0;
                foreach (var property in obj.Properties())
                {
                    if (!branch.Properties.TryGetValue(property.Name, out var declared))
                    {
                        if (closed) return true;
                        continue;
                    }
                    var allowed = declared.ActualSchema.Enumeration;
                    if (allowed.Count > 0 && property.Value.Type == JTokenType.String && allowed.All(v => v?.ToString() != property.Value.ToString())) return true;
                }
                foreach (var required in branch.RequiredProperties)
                    if (!obj.ContainsKey(required)) return true;
                return false;
            }

            private static JsonObjectType KindOf(JToken token) => token.Type switch
            {
                JTokenType.String => JsonObjectType.String,
                JTokenType.Object => JsonObjectType.Object,
                JTokenType.Array => JsonObjectType.Array,
                JTokenType.Boolean => JsonObjectType.Boolean,
                _ => JsonObjectType.None,
            };

            /// <summary>True when <paramref name="schema"/> constrains nothing but through <c>oneOf</c>, so a valid branch makes the value valid.</summary>
            private static bool IsOnlyOneOf(JsonSchema schema) =>
                schema.Type == JsonObjectType.None && schema.Properties.Count == 0 && schema.RequiredProperties.Count == 0 &&
                schema.PatternProperties.Count == 0 && schema.Enumeration.Count == 0 && schema.AllOf.Count == 0 && schema.AnyOf.Count == 0 &&
                schema.Not == null && schema.AllowAdditionalProperties && schema.AdditionalPropertiesSchema == null &&
                schema.Item == null && schema.Items.Count == 0 && string.IsNullOrEmpty(schema.Pattern) && string.IsNullOrEmpty(schema.Format) &&
                schema.MinLength == null && schema.MaxLength == null && schema.Minimum == null && schema.Maximum == null &&
                schema.ExclusiveMinimum == null && schema.ExclusiveMaximum == null && schema.MultipleOf == null &&
                schema.MinItems == 0 && schema.MaxItems == 0 && !schema.UniqueItems && schema.MinProperties == 0 && schema.MaxProperties == 0;
        }
    }
}
