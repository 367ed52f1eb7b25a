using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Tests.Support;
using FormFactory.Testing;
using NJsonSchema;
using NJsonSchema.Validation;

namespace FormFactory.Workspace.Tests
{
    /// <summary>
    /// The schema check's fast verdict may only say "valid" where NJsonSchema's own validator finds no error, and
    /// "invalid" only where it finds one; on the sample files it must decide (or the shortcut would be dead code).
    /// </summary>
    public class SchemaFastCheckTests
    {
        [Theory]
        [MemberData(nameof(SchemaDispatchTests.SampleFiles), MemberType = typeof(SchemaDispatchTests))]
        public void AgreesWithNJsonSchemaOnSamplesAndBrokenVariants(string relativePath)
        {
            string text = File.ReadAllText(Path.Combine(RepositoryPaths.Definitions, relativePath));
            var schema = SchemaChecker.SchemaFor(DefinitionFile.KindOf(relativePath));
            Assert.Equal(SchemaVerdict.Valid, SchemaFastCheck.Check(text, schema));
            foreach (var (from, to) in SchemaDispatchTests.Breakages.Where(b => text.Contains(b.From)))
                AssertAgrees(SchemaDispatchTests.ReplaceFirst(text, from, to), schema, $"{relativePath}: {from} → {to}");
        }

        [Fact]
        public void AgreesWithNJsonSchemaOnThousandsOfMutatedDefinitions()
        {
            var files = DefinitionFolder.Read(RepositoryPaths.Definitions).Files.Where(f => f.Kind != DefinitionFileKind.Unknown).ToList();
            int decidedValid = 0, decidedInvalid = 0;
            for (int i = 0; i < 3000; i++)
            {
                var random = new Random(7919 * i + 13);
                var file = files[random.Next(files.Count)];
                var (text, description) = new DefinitionMutator(random).Mutate(file.Text);
                var verdict = AssertAgrees(text, SchemaChecker.SchemaFor(file.Kind), $"mutation #{i} of {file.Path}: {description}");
                if (verdict == SchemaVerdict.Valid) decidedValid++;
                if (verdict == SchemaVerdict.Invalid) decidedInvalid++;
            }
            // Guards against agreeing by never deciding.
            Assert.True(decidedValid > 300 && decidedInvalid > 300, $"decided {decidedValid} valid and {decidedInvalid} invalid of 3000");
        }

        /// <summary>Texts where the two parsers or the validator's habits differ, for a small schema of the same keywords.</summary>
        private static readonly string[] EdgeCases =
        {
            "{\"id\": \"abc\", \"count\": 3}",
            "{\"id\": \"abc\"}",
            "{\"count\": 3}",
            "{\"id\": \"Abc\"}",
            "{\"id\": \"abc\", \"count\": 3.0}",
            "{\"id\": \"abc\", \"count\": 1e1}",
            "{\"id\": \"abc\", \"count\": 12}",
            "{\"id\": \"abc\", \"count\": 7}",
            "{\"id\": \"abc\", \"count\": 0}",
            "{\"id\": \"abc\", \"count\": 123456789012345678901234567890}",
            "{\"id\": \"abc\", \"ratio\": 0.1}",
            "{\"id\": \"abc\", \"ratio\": 2.5}",
            "{\"id\": \"abc\", \"ratio\": 2}",
            "{\"id\": \"abc\", \"half\": 6.5}",
            "{\"id\": \"abc\", \"half\": 6.3}",
            "{\"id\": \"abc\", \"half\": 0}",
            "{\"id\": \"abc\", \"half\": 2E1}",
            "{\"id\": \"abc\", \"half\": 0.30000000000000004}",
            "{\"id\": \"abc\", \"half\": 1e400}",
            "{\"id\": \"abc\", \"half\": 1e30}",
            "{\"id\": \"abc\", \"kind\": \"a\"}",
            "{\"id\": \"abc\", \"kind\": \"c\"}",
            "{\"id\": \"abc\", \"kind\": 1}",
            "{\"id\": \"abc\", \"x-note\": \"n\"}",
            "{\"id\": \"abc\", \"x-note\": 5}",
            "{\"id\": \"abc\", \"other\": 1}",
            "{\"id\": \"abc\", \"tags\": [\"a\", \"b\"]}",
            "{\"id\": \"abc\", \"tags\": []}",
            "{\"id\": \"abc\", \"tags\": [\"a\", 1]}",
            "{\"id\": \"abc\", \"either\": \"text\"}",
            "{\"id\": \"abc\", \"either\": {\"de\": \"Text\"}}",
            "{\"id\": \"abc\", \"either\": {\"fr\": \"Texte\"}}",
            "{\"id\": \"abc\", \"either\": true}",
            "{\"id\": \"abc\", \"either\": null}",
            "{\"id\": \"abc\", \"id\": \"ABC\"}",
            "{\"id\": \"ABC\", \"id\": \"abc\"}",
            "{\"id\": \"abc\", \"nested\": \"not an object\"}",
            "{\"id\": \"abc\", \"nested\": {}}",
            "{\"id\": \"abc\", \"nested\": {\"must\": 1}}",
            "{\"id\": \"abc\" /* comment */}",
            "{\"id\": \"abc\",}",
            "{\"id\": \"\\ud800\"}",
            "{\"id\": \"ab\\u0063\"}",
            "[]",
            "\"abc\"",
        };

        public static TheoryData<string> EdgeCaseData() => new(EdgeCases);

        [Theory]
        [MemberData(nameof(EdgeCaseData))]
        public void AgreesWithNJsonSchemaOnEdgeCases(string json) => AssertAgrees(json, EdgeSchema.Value, json);

        [Fact]
        public void DecidesMostEdgeCases()
        {
            // Guards the theory above against agreeing by never deciding.
            var verdicts = EdgeCases.Select(json => SchemaFastCheck.Check(json, EdgeSchema.Value)).ToList();
            Assert.True(verdicts.Count(v => v == SchemaVerdict.Valid) >= 10 && verdicts.Count(v => v == SchemaVerdict.Invalid) >= 15,
                $"{verdicts.Count(v => v == SchemaVerdict.Valid)} valid, {verdicts.Count(v => v == SchemaVerdict.Invalid)} invalid, {verdicts.Count(v => v == SchemaVerdict.Unsure)} unsure");
        }

        private static readonly Lazy<JsonSchema> EdgeSchema = new(() => JsonSchema.FromJsonAsync("""
            {
              "type": "object",
              "additionalProperties": false,
              "required": ["id"],
              "properties": {
                "id": { "type": "string", "pattern": "^[a-z]+$", "maxLength": 10 },
                "count": { "type": "integer", "minimum": 1, "maximum": 10, "multipleOf": 1 },
                "ratio": { "type": "number", "minimum": 0, "maximum": 2 },
                "half": { "type": "number", "exclusiveMinimum": 0, "multipleOf": 0.5 },
                "kind": { "type": "string", "enum": ["a", "b"] },
                "tags": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } },
                "either": { "oneOf": [ { "type": "string" }, { "$ref": "#/definitions/texts" } ] },
                "nested": { "required": ["must"], "properties": { "must": { "type": "integer" } } }
              },
              "patternProperties": { "^x-": { "type": "string" } },
              "definitions": {
                "texts": { "type": "object", "additionalProperties": false, "required": ["de"], "properties": { "de": { "type": "string" }, "en": { "type": "string" } } }
              }
            }
            """).GetAwaiter().GetResult());

        /// <summary>
        /// Asserts the verdict is true to NJsonSchema and returns it. Where NJsonSchema cannot read or check the text at
        /// all (it throws), the schema check reports nothing, as it does for "valid"; "invalid" then only sends the
        /// file to the same stock run.
        /// </summary>
        private static SchemaVerdict AssertAgrees(string text, JsonSchema schema, string what)
        {
            var verdict = SchemaFastCheck.Check(text, schema);
            int? errors;
            try
            {
                errors = new JsonSchemaValidator().Validate(text, schema).Count;
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or FormatException or InvalidCastException)
            {
                errors = null;
            }
            if (verdict == SchemaVerdict.Valid) Assert.True(errors is null or 0, $"{what}: judged valid, NJsonSchema reports {errors} error(s)");
            if (verdict == SchemaVerdict.Invalid) Assert.True(errors is null or > 0, $"{what}: judged invalid, NJsonSchema reports none");
            return verdict;
        }
    }
}
