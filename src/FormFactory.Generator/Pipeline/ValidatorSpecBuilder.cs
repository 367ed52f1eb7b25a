using System.Collections.Generic;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>
    /// Turns a bound form into its validator's spec. Messages are resolved here, once, by the same code the reference
    /// validator uses (<see cref="DefaultMessages.Resolve"/>), with the same bounds, so both say exactly the same.
    /// </summary>
    internal static class ValidatorSpecBuilder
    {
        /// <summary>The spec of <paramref name="form"/>'s validator.</summary>
        /// <param name="form">A form that bound without errors.</param>
        /// <param name="hintName">The generated file's name.</param>
        /// <param name="mappingNames">The mapping class of every code list, by id.</param>
        public static ValidatorSpec Build(FormModel form, string hintName, IReadOnlyDictionary<string, string> mappingNames)
        {
            var rules = new List<RuleSpec>();
            foreach (var rule in form.Rules)
            {
                var reads = new List<BoundFieldReference>();
                foreach (var segments in rule.Reads) reads.Add(new BoundFieldReference(ExpressionType.Null, segments, null));
                rules.Add(new RuleSpec(rule.Id, rule.Assert, rule.When, reads.ToEquatableArray(), rule.On.Count > 0 ? rule.On[0] : "",
                    rule.Message.De, rule.Message.Get("en")));
            }
            return new ValidatorSpec(hintName, Fields(form.Fields, mappingNames), rules.ToEquatableArray());
        }

        private static EquatableArray<ValidatedField> Fields(IEnumerable<FieldModel> fields, IReadOnlyDictionary<string, string> mappingNames)
        {
            var result = new List<ValidatedField>();
            foreach (var field in fields)
                if (field.Kind != FieldKind.Info) result.Add(Field(field, mappingNames));
            return result.ToEquatableArray();
        }

        private static ValidatedField Field(FieldModel field, IReadOnlyDictionary<string, string> mappingNames)
        {
            string? mapping = field.CodeList != null && mappingNames.TryGetValue(field.CodeList.Id, out var m) ? m : null;
            int? scale = field.Kind == FieldKind.Money ? 2 : field.Kind == FieldKind.Decimal ? field.Scale : null;
            return new ValidatedField
            {
                Id = field.Id,
                Path = field.Path,
                Kind = field.Kind,
                TypeName = FieldTypeRegistry.Get(field.Kind).Name,
                Checkbox = field.Kind == FieldKind.Boolean && field.Display == "checkbox",
                Required = field.Required,
                RequiredWhen = field.RequiredWhen,
                VisibleWhen = field.VisibleWhen,
                MinLength = field.MinLength,
                MaxLength = field.MaxLength,
                Pattern = field.Pattern,
                Min = field.Min,
                Max = field.Max,
                Scale = scale,
                MinDate = field.MinDate,
                MaxDate = field.MaxDate,
                CodeMapping = mapping,
                MinItems = field.MinItems,
                MaxItems = field.MaxItems,
                Accept = field.Accept,
                MaxSizeKb = field.MaxSizeKb,
                Repeat = field.Repeat,
                LabelDe = DefaultMessages.LabelOf(field, "de"),
                LabelEn = DefaultMessages.LabelOf(field, "en"),
                Messages = Messages(field, scale),
                Fields = Fields(field.Fields, mappingNames),
            };
        }

        /// <summary>Each check's message with the bound the reference validator passes for it.</summary>
        private static EquatableArray<MessageSpec> Messages(FieldModel field, int? scale)
        {
            var list = new List<MessageSpec>();
            void Add(string code, object? limit = null)
            {
                var (de, en) = DefaultMessages.Resolve(code, field, limit);
                list.Add(new MessageSpec(code, de, en));
            }
            Add("format");
            Add("required");
            switch (field.Kind)
            {
                case FieldKind.Text:
                case FieldKind.Textarea:
                    if (field.MinLength is int minLength) Add("minLength", minLength);
                    if (field.MaxLength is int maxLength) Add("maxLength", maxLength);
                    if (field.Pattern != null) Add("pattern");
                    break;
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    if (field.Min is decimal min) Add("min", NumberFieldType.Format(min));
                    if (field.Max is decimal max) Add("max", NumberFieldType.Format(max));
                    if (scale is int s) Add("scale", s);
                    break;
                case FieldKind.Date:
                    // The bound is evaluated per submission: the message is built then, unless the definition has its own.
                    foreach (var code in new[] { "min", "max" })
                    {
                        if (field.MessageFor(code) != null) Add(code);
                        else list.Add(new MessageSpec(code, null, null));
                    }
                    break;
                case FieldKind.Choice:
                    Add("codeList");
                    break;
                case FieldKind.MultiChoice:
                    Add("codeList");
                    if (field.MinItems is int minItems) Add("minItems", minItems);
                    if (field.MaxItems is int maxItems) Add("maxItems", maxItems);
                    break;
                case FieldKind.Iban:
                    Add("iban");
                    break;
                case FieldKind.File:
                    if (field.Accept.Count > 0) Add("accept", string.Join(", ", field.Accept));
                    if (field.MaxSizeKb is long kb) Add("maxSize", kb);
                    break;
                case FieldKind.Group when field.Repeat is RepeatBounds bounds:
                    if (bounds.Min > 0) Add("repeatMin", bounds.Min);
                    if (bounds.Max is int maxEntries) Add("repeatMax", maxEntries);
                    break;
            }
            return list.ToEquatableArray();
        }
    }
}
