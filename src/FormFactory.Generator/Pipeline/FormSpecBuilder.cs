using System;
using System.Collections.Generic;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Naming;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Turns a bound form into the spec of its records: names resolved, types chosen, docs written.</summary>
    internal static class FormSpecBuilder
    {
        /// <summary>The nested class with the service's constants.</summary>
        public const string MetadataClassName = "Metadata";

        /// <summary>Names a form's record may not take: the code lists' namespace and the constants class nested in every form.</summary>
        public static readonly string[] ReservedTypeNames = { "CodeLists", MetadataClassName };

        // Members every record has (or that would hide object's), which properties must not collide with.
        private static readonly string[] RecordMembers =
        {
            "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
            "MemberwiseClone", "Finalize", "ReferenceEquals",
        };

        /// <summary>The spec of <paramref name="form"/>, whose record is called <paramref name="typeName"/>.</summary>
        /// <param name="form">A form that bound without errors.</param>
        /// <param name="typeName">The record's name, unique among the catalog's forms.</param>
        /// <param name="hintName">The generated file's name.</param>
        /// <param name="enumNames">The enum name of every code list, by id.</param>
        public static FormSpec Build(FormModel form, string typeName, string hintName, IReadOnlyDictionary<string, string> enumNames)
        {
            var required = new SortedSet<string>(StringComparer.Ordinal);
            var fields = new List<(FieldModel Field, string? StepId)>();
            foreach (var step in form.Steps)
                foreach (var field in step.Fields)
                    fields.Add((field, step.Id));
            var type = BuildType(typeName, DocBuilder.Form(form), fields, new[] { MetadataClassName }, enumNames, required);
            var metadata = new MetadataSpec(form.Id, form.Version, form.Leika, form.Title.De, form.Title.Get("en"));
            return new FormSpec(hintName, FileName(form.SourcePath), type, metadata, required.ToEquatableArray());
        }

        /// <summary>Record names for all forms, in order: PascalCase ids, never one of <see cref="ReservedTypeNames"/>.</summary>
        public static IReadOnlyList<string> TypeNames(IReadOnlyList<FormModel> forms)
        {
            var scope = new NameScope(ReservedTypeNames);
            var names = new List<string>(forms.Count);
            foreach (var form in forms) names.Add(scope.Claim(CSharpNames.Pascal(form.Id), "Form"));
            return names;
        }

        private static TypeSpec BuildType(string name, DocSpec doc, IReadOnlyList<(FieldModel Field, string? StepId)> fields, IEnumerable<string> extraReserved,
            IReadOnlyDictionary<string, string> enumNames, SortedSet<string> required)
        {
            var reserved = new List<string>(RecordMembers) { name };
            reserved.AddRange(extraReserved);
            var scope = new NameScope(reserved);

            // Properties first: they are what developers use most, so they get the plain names.
            var propertyNames = new List<string>();
            foreach (var (field, _) in fields)
                propertyNames.Add(field.Kind == FieldKind.Info ? "" : scope.Claim(CSharpNames.Pascal(field.Id), "Field"));

            var properties = new List<PropertySpec>();
            var nested = new List<TypeSpec>();
            for (int i = 0; i < fields.Count; i++)
            {
                var (field, stepId) = fields[i];
                if (field.Kind == FieldKind.Info) continue;
                PropertyType type;
                if (field.Kind == FieldKind.Group)
                {
                    string nestedName = scope.Claim(CSharpNames.Pascal(field.Id) + (field.IsRepeated ? "Item" : "Group"), "Type");
                    var children = new List<(FieldModel, string?)>();
                    foreach (var child in field.Fields) children.Add((child, null));
                    nested.Add(BuildType(nestedName, DocBuilder.Group(field), children, Array.Empty<string>(), enumNames, required));
                    type = new PropertyType(TypeOrigin.Nested, nestedName, field.IsRepeated);
                }
                else type = ValueType(field, enumNames, required);
                properties.Add(new PropertySpec(propertyNames[i], field.Id, type, DocBuilder.Property(field, stepId)));
            }
            return new TypeSpec(name, doc, properties.ToEquatableArray(), nested.ToEquatableArray());
        }

        private static PropertyType ValueType(FieldModel field, IReadOnlyDictionary<string, string> enumNames, SortedSet<string> required)
        {
            bool isList = field.Kind == FieldKind.MultiChoice;
            if (field.Kind is FieldKind.Choice or FieldKind.MultiChoice)
            {
                if (field.CodeList != null && enumNames.TryGetValue(field.CodeList.Id, out var enumName))
                    return new PropertyType(TypeOrigin.CodeList, enumName, isList);
                // Unreachable for a form that bound without errors; codes as text still describe the data.
                return new PropertyType(TypeOrigin.Fixed, "string", isList);
            }
            string modelType = FieldTypeRegistry.Get(field.Kind).ModelType
                ?? throw new InvalidOperationException($"Field type '{FieldTypeRegistry.Get(field.Kind).Name}' has no model type.");
            const string global = "global::";
            if (modelType.StartsWith(global, StringComparison.Ordinal)) required.Add(modelType.Substring(global.Length));
            return new PropertyType(TypeOrigin.Fixed, modelType, false);
        }

        private static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
