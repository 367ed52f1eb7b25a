using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;
using NJsonSchema;
using NJsonSchema.Generation;
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
        /// <summary>Where the schemas pretend to live, so that relative <c>$ref</c>s between them resolve (see <see cref="EmbeddedSchemaResolver"/>).</summary>
        private const string SchemaFolder = "/formfactory/schema/";

        private static readonly ConcurrentDictionary<DefinitionFileKind, Lazy<JsonSchema>> Schemas = new();

        /// <summary>One validator for every file and thread: validation only reads the schemas.</summary>
        private static readonly OneOfDispatchingValidator Validator = new();

        private static readonly HashSet<ValidationErrorKind> WrongJsonType = new()
        {
            ValidationErrorKind.StringExpected, ValidationErrorKind.NumberExpected, ValidationErrorKind.IntegerExpected,
            ValidationErrorKind.BooleanExpected, ValidationErrorKind.ObjectExpected, ValidationErrorKind.ArrayExpected,
            ValidationErrorKind.NullExpected,
        };

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
        public static string SchemaText(DefinitionFileKind kind) => SchemaText(SchemaName(kind));

        private static string SchemaText(string name)
        {
            using var stream = typeof(SchemaChecker).Assembly.GetManifestResourceStream("FormFactory.Schemas." + name)
                ?? throw new InvalidOperationException("Schema resource missing: " + name);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Schema violations of <paramref name="file"/>, one diagnostic (FF0003) per violation, with line and column.</summary>
        public static IReadOnlyList<Diagnostic> Check(DefinitionFile file)
        {
            if (file.Kind == DefinitionFileKind.Unknown) return Array.Empty<Diagnostic>();
            var schema = SchemaFor(file.Kind);
            // Newtonsoft refuses a byte order mark that the core reads past; it is no character anyone sees.
            string text = file.Text.Length > 0 && file.Text[0] == '\uFEFF' ? file.Text.Substring(1) : file.Text;
            // Nearly every file is valid: proven quickly, it needs neither Newtonsoft's tree nor the stock validator.
            if (SchemaFastCheck.Check(text, schema) == SchemaVerdict.Valid) return Array.Empty<Diagnostic>();
            ICollection<ValidationError> errors;
            try
            {
                errors = Validator.Validate(text, schema);
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
            if (errors.Count == 0) return Array.Empty<Diagnostic>();
            var source = new SourceText(file.Path, text);
            var root = JsonSyntaxParser.Parse(source, new DiagnosticBag());
            var result = new List<Diagnostic>();
            foreach (var error in Flatten(errors))
                result.Add(Diagnostic.Create(DiagnosticDescriptors.SchemaViolation, Locate(source, root, error), SchemaName(file.Kind), Describe(error)));
            return result;
        }

        /// <summary>The parsed published schema for <paramref name="kind"/>, loaded once and shared.</summary>
        internal static JsonSchema SchemaFor(DefinitionFileKind kind) =>
            Schemas.GetOrAdd(kind, k => new Lazy<JsonSchema>(() => Load(SchemaName(k)))).Value;

        private static JsonSchema Load(string name) =>
            JsonSchema.FromJsonAsync(SchemaText(name), SchemaFolder + name, schema => new EmbeddedSchemaResolver(schema)).GetAwaiter().GetResult();

        /// <summary>
        /// oneOf failures hold the real reasons in child errors; report the branch that came closest. A branch that
        /// failed only because the value has another JSON type (the string form of a text, for an object) is the
        /// least likely meant, then one whose enumerations did not match (the branch of another field type).
        /// </summary>
        private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
        {
            foreach (var error in errors)
            {
                if (error is ChildSchemaValidationError child && child.Errors.Count > 0)
                {
                    var closest = child.Errors.Values
                        .OrderBy(e => e.All(x => WrongJsonType.Contains(x.Kind) && x.Path == error.Path) ? 2
                            : e.Any(x => x.Kind == ValidationErrorKind.NotInEnumeration) ? 1 : 0)
                        .ThenBy(e => e.Count)
                        .First();
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

        /// <summary>
        /// Points where the core would: at an unknown property's name, at a wrong value, or at the opening brace of
        /// an object that lacks a property. The error's path is followed through the file's syntax tree; when that
        /// fails, NJsonSchema's own line and position are used.
        /// </summary>
        private static SourceLocation Locate(SourceText source, JsonSyntax? root, ValidationError error)
        {
            if (root != null && error.Path != null)
            {
                var (node, property, complete) = Walk(root, error.Path);
                if (complete && property != null && error.Kind == ValidationErrorKind.NoAdditionalPropertiesAllowed) return property.NameLocation;
                if (complete) return node.Location;
                if (node is JsonObjectSyntax obj) return source.Location(obj.Location.Offset, 1);
                return node.Location;
            }
            if (error.LineNumber <= 0) return SourceLocation.WholeFile(source.Path);
            // NJsonSchema counts lines from 1 and positions as the character after the token; find the offset.
            int offset = 0, currentLine = 1;
            var text = source.Text;
            while (currentLine < error.LineNumber && offset < text.Length)
            {
                if (text[offset] == '\n') currentLine++;
                offset++;
            }
            int column = Math.Max(1, error.LinePosition);
            return source.Location(Math.Min(text.Length, offset + column - 1), 1);
        }

        /// <summary>
        /// Follows a path such as <c>#/steps[0].fields[1].label</c> as far as the file has it. Property names are
        /// not escaped in these paths, so at each object the longest property name that fits is taken.
        /// </summary>
        private static (JsonSyntax Node, JsonPropertySyntax? Property, bool Complete) Walk(JsonSyntax root, string path)
        {
            string rest = path.StartsWith("#/", StringComparison.Ordinal) ? path.Substring(2) : path.TrimStart('#');
            JsonSyntax node = root;
            JsonPropertySyntax? property = null;
            while (rest.Length > 0)
            {
                if (rest[0] == '.')
                {
                    rest = rest.Substring(1);
                    continue;
                }
                if (rest[0] == '[' && node is JsonArraySyntax array)
                {
                    int close = rest.IndexOf(']');
                    if (close < 0 || !int.TryParse(rest.Substring(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int index) || index >= array.Items.Count)
                        return (node, property, false);
                    node = array.Items[index];
                    property = null;
                    rest = rest.Substring(close + 1);
                    continue;
                }
                if (node is not JsonObjectSyntax obj) return (node, property, false);
                JsonPropertySyntax? match = null;
                foreach (var p in obj.Properties)
                {
                    bool fits = rest.StartsWith(p.Name, StringComparison.Ordinal) && (rest.Length == p.Name.Length || rest[p.Name.Length] == '.' || rest[p.Name.Length] == '[');
                    if (fits && (match == null || p.Name.Length > match.Name.Length)) match = p;
                }
                if (match == null) return (node, property, false);
                node = match.Value;
                property = match;
                rest = rest.Substring(match.Name.Length);
            }
            return (node, property, true);
        }

        /// <summary>Resolves <c>"$ref": "form.schema.json#/…"</c> between the published schemas from this assembly, never from disk or the network.</summary>
        private sealed class EmbeddedSchemaResolver : JsonReferenceResolver
        {
            public EmbeddedSchemaResolver(JsonSchema schema) : base(new JsonSchemaAppender(schema, new DefaultTypeNameGenerator())) { }

            public override Task<IJsonReference> ResolveFileReferenceAsync(string filePath, CancellationToken cancellationToken = default) =>
                Task.FromResult<IJsonReference>(Load(Path.GetFileName(filePath)));

            public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
                throw new InvalidOperationException("The published schemas refer only to each other, not to " + url);
        }
    }
}
