using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using NJsonSchema;
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
            TrySchemaText(kind) ?? throw new InvalidOperationException("Schema resource missing: " + SchemaName(kind));

        /// <summary>
        /// True when this build embeds the schema for <paramref name="kind"/>. The schemas are embedded from
        /// <c>definitions/schema/</c> at build time; a build from a checkout without them has none.
        /// </summary>
        public static bool HasSchema(DefinitionFileKind kind) =>
            kind != DefinitionFileKind.Unknown && typeof(SchemaChecker).Assembly.GetManifestResourceInfo(ResourceName(kind)) != null;

        private static string ResourceName(DefinitionFileKind kind) => "FormFactory.Schemas." + SchemaName(kind);

        private static string? TrySchemaText(DefinitionFileKind kind)
        {
            using var stream = typeof(SchemaChecker).Assembly.GetManifestResourceStream(ResourceName(kind));
            if (stream == null) return null;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>
        /// Schema violations of <paramref name="file"/>, one diagnostic (FF0003) per violation, with line and column.
        /// Without an embedded schema for the file's kind (see <see cref="HasSchema"/>) there is nothing to check
        /// against, and the loader's own checks stand alone.
        /// </summary>
        public static IReadOnlyList<Diagnostic> Check(DefinitionFile file)
        {
            if (file.Kind == DefinitionFileKind.Unknown) return Array.Empty<Diagnostic>();
            var schema = Schemas.GetOrAdd(file.Kind, k => TrySchemaText(k) is string text ? JsonSchema.FromJsonAsync(text).GetAwaiter().GetResult() : null);
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
