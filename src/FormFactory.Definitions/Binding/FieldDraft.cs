using System.Collections.Generic;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// A field between the two binding passes: its plain properties are read, its expressions are still syntax
    /// because they can only be bound once every field of the form is known.
    /// </summary>
    internal sealed class FieldDraft
    {
        public FieldDraft(FieldSymbol symbol, FieldType type, JsonObjectSyntax syntax)
        {
            Symbol = symbol;
            Type = type;
            Syntax = syntax;
        }

        public FieldSymbol Symbol { get; }
        public FieldType Type { get; }
        public JsonObjectSyntax Syntax { get; }

        /// <summary>The field as read so far; expressions are filled in by the second pass.</summary>
        public FieldModel Model { get; set; } = new FieldModel();

        public JsonStringSyntax? VisibleWhen { get; set; }
        public JsonStringSyntax? RequiredWhen { get; set; }
        public JsonStringSyntax? MinDate { get; set; }
        public JsonStringSyntax? MaxDate { get; set; }
        public JsonSyntax? Default { get; set; }
        public List<FieldDraft> Children { get; } = new List<FieldDraft>();
    }
}
