using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using NJsonSchema;
using NJsonSchema.References;
using NJsonSchema.Validation;

namespace FormFactory.Workspace
{
    /// <summary>
    /// Checks definition files against the published JSON Schemas (the same files editors use), so the schemas
    /// cannot drift from what the loader accepts without a test noticing.
    /// </summary>
    public static class SchemaChecker
    {
        private static readonly ConcurrentDictionary<DefinitionFileKind, JsonSchema?> Schemas = new();

        /// <summary>The schema file name for <paramref name="kind"/>.</summary>
        public static string SchemaName(DefinitionFileKind kind) => kind switch
        {
            DefinitionFileKind.Form => "form.schema.json",
            DefinitionFileKind.Block => "block.schema.json",
            DefinitionFileKind.CodeList => "codelist.schema.json",
            DefinitionFileKind.Tenant => "tenant.schema.json",
            DefinitionFileKind.Factory => "factory.schema.json",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        /// <summary>The published schema text for <paramref name="kind"/>, as embedded in this assembly.</summary>
        public static string SchemaText(DefinitionFileKind kind) =>
            TrySchemaText(SchemaName(kind)) ?? throw new InvalidOperationException("Schema resource missing: " + SchemaName(kind));

        /// <summary>
        /// True when this build embeds the schema for <paramref name="kind"/>. The schemas are embedded from
        /// <c>definitions/schema/</c> at build time; a build from a checkout without them has none.
        /// </summary>
        public static bool HasSchema(DefinitionFileKind kind) =>
            kind != DefinitionFileKind.Unknown && typeof(SchemaChecker).Assembly.GetManifestResourceInfo(ResourceName(SchemaName(kind))) != null;

        private static string ResourceName(string schemaName) => "FormFactory.Schemas." + schemaName;

        private static string? TrySchemaText(string schemaName)
        {
            using var stream = typeof(SchemaChecker).Assembly.GetManifestResourceStream(ResourceName(schemaName));
            if (stream == null) return null;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Reads the embedded schema <paramref name="schemaName"/>; references to sibling schemas resolve among the embedded ones.</summary>
        private static JsonSchema? LoadSchema(string schemaName)
        {
            var text = TrySchemaText(schemaName);
            if (text == null) return null;
            // A document path lets NJsonSchema follow "form.schema.json#/definitions/id"; the resolver reads it from the
            // embedded resources, never from the disk.
            string documentPath = Path.Combine(AppContext.BaseDirectory, schemaName);
            return JsonSchema.FromJsonAsync(text, documentPath, schema => new EmbeddedSchemaResolver(schema)).GetAwaiter().GetResult();
        }

        /// <summary>Resolves references to other schema files among the schemas embedded in this assembly.</summary>
        private sealed class EmbeddedSchemaResolver : JsonReferenceResolver
        {
            public EmbeddedSchemaResolver(JsonSchema root) : base(new JsonSchemaAppender(root, new DefaultTypeNameGenerator())) { }

            public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default)
            {
                string name = Path.GetFileName(filePath);
                IJsonReference schema = LoadSchema(name) ?? throw new InvalidOperationException($"The schema refers to '{name}', which is not embedded.");
                return Task.FromResult(schema);
            }
        }

        /// <summary>
        /// Schema violations of <paramref name="file"/>, one diagnostic (FF0003) per violation, with line and column.
        /// Without an embedded schema for the file's kind (see <see cref="HasSchema"/>) there is nothing to check
        /// against, and the loader's own checks stand alone.
        /// </summary>
        public static IReadOnlyList<Diagnostic> Check(DefinitionFile file)
        {
            if (file.Kind == DefinitionFileKind.Unknown) return Array.Empty<Diagnostic>();
            var schema = Schemas.GetOrAdd(file.Kind, k => LoadSchema(SchemaName(k)));
            if (schema == null) return Array.Empty<Diagnostic>();
            ICollection<ValidationError> errors;
            try
            {
                errors = schema.Validate(file.Text);
            }
            catch (Exception e) when (e is Newtonsoft.Json.JsonException or InvalidOperationException or FormatException)
            {
                return Array.Empty<Diagnostic>(); // not JSON at all: the loader reports it (FF0001)
            }
            catch (InvalidCastException)
            {
                // NJsonSchema cannot check an integer beyond 64 bits against "type": "number" (it casts the BigInteger).
                // The loader has read the file without errors; its own checks stand.
                return Array.Empty<Diagnostic>();
            }
            var source = new SourceText(file.Path, file.Text);
            var result = new List<Diagnostic>();
            foreach (var error in Flatten(errors))
            {
                var location = Locate(source, error.LineNumber, error.LinePosition);
                result.Add(Diagnostic.Create(DiagnosticDescriptors.SchemaViolation, location, SchemaName(file.Kind), Describe(error)));
            }
            return result;
        }

        /// <summary>oneOf failures hold the real reasons in child errors; report the branch that came closest.</summary>
        private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
        {
            foreach (var error in errors)
            {
                if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
                {
                    var closest = child.Errors.Values.OrderBy(e => e.Count).First();
                    if (closest.Count == 0) { yield return error; continue; }
                    foreach (var inner in Flatten(closest)) yield return inner;
                }
                else yield return error;
            }
        }

        private static string Describe(ValidationError error)
        {
            string where = string.IsNullOrEmpty(error.Path) ? "" : $" at {error.Path.TrimStart('#', '/')}";
            string property = string.IsNullOrEmpty(error.Property) ? "" : $" '{error.Property}'";
            return $"{error.Kind}{property}{where}";
        }

        private static SourceLocation Locate(SourceText source, int line, int position)
        {
            if (line <= 0) return SourceLocation.WholeFile(source.Path);
            // NJsonSchema counts lines from 1 and positions as the character after the token; find the offset.
            int offset = 0, currentLine = 1;
            var text = source.Text;
            while (currentLine < line && offset < text.Length)
            {
                if (text[offset] == '\n') currentLine++;
                offset++;
            }
            int column = Math.Max(1, position);
            return source.Location(Math.Min(text.Length, offset + column - 1), 1);
        }
    }
}
