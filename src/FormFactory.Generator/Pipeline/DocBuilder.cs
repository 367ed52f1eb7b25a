using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using static FormFactory.Generator.Emit.XmlText;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Doc comments for generated types and members, from the definition's labels, hints and facts.</summary>
    internal static class DocBuilder
    {
        /// <summary>The form record's doc: the title, the summary and what identifies the service.</summary>
        public static DocSpec Form(FormModel form)
        {
            var remarks = new List<string>();
            AddEnglish(remarks, form.Title);
            if (form.Summary != null) remarks.Add(Escape(form.Summary.De));
            var facts = "Service " + Code(form.Id);
            if (form.Version != null) facts += ", version " + Escape(form.Version);
            if (form.Leika != null) facts += ", LeiKa " + Code(form.Leika);
            remarks.Add(facts + ".");
            return new DocSpec(Escape(form.Title.De), remarks.ToEquatableArray());
        }

        /// <summary>The doc of the property that holds <paramref name="field"/>.</summary>
        public static DocSpec Property(FieldModel field, string? stepId)
        {
            var remarks = new List<string>();
            if (field.Label != null) AddEnglish(remarks, field.Label);
            if (field.Hint != null) remarks.Add(Escape(field.Hint.De));
            remarks.Add(Facts(field, stepId));
            return new DocSpec(Escape(field.Label?.De ?? field.Id), remarks.ToEquatableArray());
        }

        /// <summary>The doc of the record nested for group <paramref name="field"/>.</summary>
        public static DocSpec Group(FieldModel field)
        {
            string label = field.Label?.De ?? field.Id;
            if (!field.IsRepeated) return new DocSpec(Escape(label), EquatableArray.Of(GroupFacts(field)));
            string summary = field.ItemLabel != null
                ? Escape(field.ItemLabel.De) + ": one entry of " + Escape(label)
                : "One entry of " + Escape(label);
            return new DocSpec(summary, EquatableArray.Of(GroupFacts(field)));
        }

        /// <summary>The doc of a code list's enum.</summary>
        public static DocSpec CodeList(CodeListModel list, string mappingName)
        {
            var remarks = new List<string>();
            if (list.Title != null) AddEnglish(remarks, list.Title);
            var facts = "Code list " + Code(list.Id);
            if (list.Version != null) facts += ", version " + Escape(list.Version);
            if (list.Source != null) facts += ", source " + Code(list.Source);
            remarks.Add(facts + ". In JSON each member is written as its code; <see cref=\"" + mappingName + "\"/> converts.");
            return new DocSpec(Escape(list.Title?.De ?? list.Id), remarks.ToEquatableArray());
        }

        /// <summary>The doc of one enum member.</summary>
        public static DocSpec CodeValue(CodeValue value)
        {
            var remarks = new List<string>();
            AddEnglish(remarks, value.Label);
            if (value.Description != null) remarks.Add(Escape(value.Description.De));
            remarks.Add("Code " + Code(value.Code) + ".");
            return new DocSpec(Escape(value.Label.De), remarks.ToEquatableArray());
        }

        private static void AddEnglish(List<string> remarks, LocalizedText text)
        {
            string? en = text.TryGet("en");
            if (en != null && en != text.De) remarks.Add("English: " + Escape(en));
        }

        private static string Facts(FieldModel field, string? stepId)
        {
            var parts = new List<string>();
            parts.Add("Field " + Code(field.Path) + ": " + KindName(field));
            if (field.Required) parts.Add("required");
            else if (field.RequiredWhen != null) parts.Add("required under a condition");
            if (field.VisibleWhen != null) parts.Add("shown under a condition");
            if (field.CodeList != null) parts.Add("codes from " + Code(field.CodeList.Id));
            if (field.DefaultJson != null) parts.Add("default " + Code(field.DefaultJson));
            if (stepId != null) parts.Add("step " + Code(stepId));
            return string.Join(", ", parts) + ".";
        }

        private static string GroupFacts(FieldModel field)
        {
            string facts = "Group " + Code(field.Path);
            if (field.BlockId != null) facts += " (block " + Code(field.BlockId) + ")";
            if (field.Repeat != null) facts += ", " + EntryCount(field.Repeat);
            return facts + ".";
        }

        private static string KindName(FieldModel field)
        {
            if (field.BlockId != null) return "block " + Code(field.BlockId);
            if (field.Repeat != null) return "repeated group (" + EntryCount(field.Repeat) + ")";
            return FieldTypeRegistry.Get(field.Kind).Name;
        }

        private static string EntryCount(RepeatBounds bounds)
        {
            string min = bounds.Min.ToString(CultureInfo.InvariantCulture);
            return bounds.Max is int max
                ? min + " to " + max.ToString(CultureInfo.InvariantCulture) + " entries"
                : "at least " + min + " entries";
        }
    }
}
