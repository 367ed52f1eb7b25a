using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>Writes a service's records: the form, its groups nested inside, and the service's constants.</summary>
    internal static class FormEmitter
    {
        private const string ListType = "global::System.Collections.Generic.IReadOnlyList";

        /// <summary>The source file for <paramref name="form"/> in namespace <paramref name="rootNamespace"/>.</summary>
        public static string Emit(FormSpec form, string rootNamespace)
        {
            var w = new CodeWriter();
            SourceHeader.Write(w, form.SourceFileName);
            w.Line("namespace " + rootNamespace).Open();
            WriteType(w, form.Type, rootNamespace, form.Metadata);
            w.Close();
            return w.ToString();
        }

        private static void WriteType(CodeWriter w, TypeSpec type, string rootNamespace, MetadataSpec? metadata)
        {
            w.Doc(type.Doc);
            w.Line("public sealed partial record " + type.Name).Open();
            bool first = true;
            foreach (var property in type.Properties)
            {
                if (!first) w.Line();
                first = false;
                w.Doc(property.Doc);
                w.Line(PropertyDeclaration(property, rootNamespace));
            }
            foreach (var nested in type.NestedTypes)
            {
                if (!first) w.Line();
                first = false;
                WriteType(w, nested, rootNamespace, null);
            }
            if (metadata != null)
            {
                if (!first) w.Line();
                WriteMetadata(w, metadata);
            }
            w.Close();
        }

        /// <summary>The type of one value of <paramref name="property"/> (of each item, for lists).</summary>
        public static string ElementType(PropertySpec property, string rootNamespace) => property.Type.Origin switch
        {
            TypeOrigin.CodeList => "global::" + rootNamespace + ".CodeLists." + property.Type.Name,
            _ => property.Type.Name,
        };

        private static string PropertyDeclaration(PropertySpec property, string rootNamespace)
        {
            string element = ElementType(property, rootNamespace);
            // Lists are never null (empty means empty); single values are null when the field is empty.
            return property.Type.IsList
                ? $"public {ListType}<{element}> {property.Name} {{ get; init; }} = global::System.Array.Empty<{element}>();"
                : $"public {element}? {property.Name} {{ get; init; }}";
        }

        private static void WriteMetadata(CodeWriter w, MetadataSpec m)
        {
            w.Summary("Identifies the service definition this record was generated from.");
            w.Line("public static class " + FormSpecBuilder.MetadataClassName).Open();
            w.Summary("The service id.");
            w.Line("public const string Id = " + CSharpLiteral.String(m.Id) + ";").Line();
            w.Summary("The definition's version; null when it has none.");
            w.Line("public const string? Version = " + CSharpLiteral.String(m.Version) + ";").Line();
            w.Summary("The service's key in the LeiKa (Leistungskatalog); null when it has none.");
            w.Line("public const string? Leika = " + CSharpLiteral.String(m.Leika) + ";").Line();
            w.Summary("The German title.");
            w.Line("public const string Title = " + CSharpLiteral.String(m.Title) + ";").Line();
            w.Summary("The English title; the German one where the definition has none.");
            w.Line("public const string TitleEn = " + CSharpLiteral.String(m.TitleEn) + ";");
            w.Close();
        }
    }
}
