using System;
using System.Collections.Generic;
using System.Linq;
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

        /// <summary>The nested class that reads and writes a record as JSON.</summary>
        public const string ConverterClassName = "Converter";

        /// <summary>
        /// Names a form's record may not take: the code lists' namespace, the constants class nested in every form, and
        /// the classes the generated validators and converters share.
        /// </summary>
        public static readonly string[] ReservedTypeNames = { "CodeLists", MetadataClassName, "FormFactoryValidation", "FormFactoryJson" };

        // Members of the form's record besides its properties: constants, validation, JSON.
        private static readonly string[] FormMembers = { MetadataClassName, ConverterClassName, "Validate", "Validation", "FromJson", "ToJson" };

        // Members every record has (or that would hide object's), which properties must not collide with. C# forbids
        // a member named Clone in any record (CS8859), as the compiler's own clone method may take that name one day.
        private static readonly string[] RecordMembers =
        {
            "EqualityContract", "Equals", "GetHashCode", "ToString", "PrintMembers", "Deconstruct", "GetType",
            "MemberwiseClone", "Finalize", "ReferenceEquals", "Clone",
        };

        // A form's record may not be named like one of its own members (CS0542): a service "validate" or "toString".
        private static readonly string[] FormRecordMembers = RecordMembers.Concat(FormMembers).ToArray();

        /// <summary>The spec of <paramref name="form"/>, whose record is called <paramref name="typeName"/>.</summary>
        /// <param name="form">A form that bound without errors.</param>
        /// <param name="typeName">The record's name, unique among the catalog's forms.</param>
        /// <param name="hintNames">Claims the generated files' names.</param>
        /// <param name="codeLists">The enum and mapping names of every code list, by id.</param>
        public static FormSpec Build(FormModel form, string typeName, HintNames hintNames, IReadOnlyDictionary<string, CodeListSpec> codeLists)
        {
            var required = new SortedSet<string>(StringComparer.Ordinal);
            var fields = new List<(FieldModel Field, string? StepId)>();
            foreach (var step in form.Steps)
                foreach (var field in step.Fields)
                    fields.Add((field, step.Id));
            var type = BuildType(typeName, DocBuilder.Form(form), fields, FormMembers, codeLists, required);
            var metadata = new MetadataSpec(form.Id, form.Version, form.Leika, form.Title.De, form.Title.Get("en"));
            string hintName = hintNames.Claim(typeName);
            var mappings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var list in codeLists) mappings[list.Key] = list.Value.MappingName;
            var validator = ValidatorSpecBuilder.Build(form, hintNames.Claim(typeName + ".Validation"), mappings);
            // Validators and converters need System.Text.Json and FormFactory.Runtime whatever the fields are.
            required.Add("System.Text.Json.JsonElement");
            required.Add("FormFactory.Runtime.ValidationResult");
            required.Add("FormFactory.Runtime.RecordValidationResult");
            return new FormSpec(hintName, FileName(form.SourcePath), type, metadata, required.ToEquatableArray(), hintNames.Claim(typeName + ".Json"), validator);
        }

        /// <summary>
        /// Record names for all forms, in order: PascalCase ids, never one of <see cref="ReservedTypeNames"/> nor a member
        /// of the record itself (those get <c>Form</c> appended).
        /// </summary>
        public static IReadOnlyList<string> TypeNames(IReadOnlyList<FormModel> forms)
        {
            var scope = new NameScope(ReservedTypeNames.Concat(FormRecordMembers));
            var names = new List<string>(forms.Count);
            foreach (var form in forms) names.Add(scope.Claim(CSharpNames.Pascal(form.Id), "Form"));
            return names;
        }

        private static TypeSpec BuildType(string name, DocSpec doc, IReadOnlyList<(FieldModel Field, string? StepId)> fields, IEnumerable<string> extraReserved,
            IReadOnlyDictionary<string, CodeListSpec> codeLists, SortedSet<string> required)
        {
            var reserved = new List<string>(RecordMembers) { name, ConverterClassName };
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
                    nested.Add(BuildType(nestedName, DocBuilder.Group(field), children, Array.Empty<string>(), codeLists, required));
                    type = new PropertyType(TypeOrigin.Nested, nestedName, field.IsRepeated);
                }
                else type = ValueType(field, codeLists, required);
                string? mapping = type.Origin == TypeOrigin.CodeList ? codeLists[field.CodeList!.Id].MappingName : null;
                properties.Add(new PropertySpec(propertyNames[i], field.Id, type, DocBuilder.Property(field, stepId), field.Kind, mapping));
            }
            return new TypeSpec(name, doc, properties.ToEquatableArray(), nested.ToEquatableArray());
        }

        private static PropertyType ValueType(FieldModel field, IReadOnlyDictionary<string, CodeListSpec> codeLists, SortedSet<string> required)
        {
            bool isList = field.Kind == FieldKind.MultiChoice;
            if (field.Kind is FieldKind.Choice or FieldKind.MultiChoice)
            {
                if (field.CodeList != null && codeLists.TryGetValue(field.CodeList.Id, out var list))
                    return new PropertyType(TypeOrigin.CodeList, list.EnumName, isList);
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
