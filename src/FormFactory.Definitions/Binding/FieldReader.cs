using System.Collections.Generic;
using System.Text;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// First binding pass: reads field objects (expanding block inclusions) into <see cref="FieldDraft"/>s and
    /// builds the symbol tree that expressions are later resolved against.
    /// </summary>
    internal sealed class FieldReader
    {
        private static readonly string[] CommonProperties = { "id", "type", "label", "hint", "required", "requiredWhen", "visibleWhen", "default", "prefill", "messages", "fim", "autocomplete", "notes" };

        private readonly BindingContext _context;
        private int _fieldCount;
        private bool _reportedTooMany;
        private int _inclusionDepth;
        private SourceLocation _outermostInclusion;

        public FieldReader(BindingContext context) => _context = context;

        private DiagnosticBag Diagnostics => _context.Diagnostics;

        /// <summary>Reads a <c>fields</c> array into drafts under <paramref name="parent"/>; <paramref name="siblings"/> collects ids for duplicate checks.</summary>
        public List<FieldDraft> ReadFields(JsonArraySyntax fields, FieldSymbol parent, FieldSymbol scopeRoot, SiblingIds siblings)
        {
            var drafts = new List<FieldDraft>();
            foreach (var obj in ObjectItems.Of(fields, "fields", Diagnostics))
            {
                if (++_fieldCount > DefinitionLimits.MaxFieldsPerForm)
                {
                    ReportTooMany(obj);
                    break;
                }
                var draft = ReadField(obj, parent, scopeRoot, siblings);
                if (draft != null) drafts.Add(draft);
            }
            return drafts;
        }

        private FieldDraft? ReadField(JsonObjectSyntax obj, FieldSymbol parent, FieldSymbol scopeRoot, SiblingIds siblings)
        {
            var reader = new ObjectReader(obj, Diagnostics, new MessagePart("a field", "Feld"));
            var idSyntax = reader.Id();
            if (idSyntax != null) reader.What = new MessagePart($"the field '{idSyntax.Value}'", $"Feld '{idSyntax.Value}'");
            bool hasType = reader.Has("type"), hasBlock = reader.Has("block");
            if (hasType && hasBlock)
            {
                Diagnostics.Report(DiagnosticDescriptors.TypeOrBlock, obj.Find("block")!.NameLocation, "not both: remove 'block' to define the field here, or 'type' to include the block");
                return null;
            }
            if (!hasType && !hasBlock)
            {
                Diagnostics.Report(DiagnosticDescriptors.TypeOrBlock, reader.Start, "but this one has neither: add \"type\": \"text\" (or another type), or \"block\": \"…\"");
                return null;
            }
            if (idSyntax != null && !siblings.Register(idSyntax, Diagnostics)) idSyntax = null;
            return hasBlock ? ReadInclusion(reader, idSyntax, parent, scopeRoot) : ReadTyped(reader, idSyntax, parent, scopeRoot);
        }

        private FieldDraft? ReadTyped(ObjectReader reader, JsonStringSyntax? idSyntax, FieldSymbol parent, FieldSymbol scopeRoot)
        {
            var typeSyntax = reader.StringSyntax("type", required: true);
            if (typeSyntax == null) return null;
            var type = FieldTypeRegistry.Find(typeSyntax.Value);
            if (type == null)
            {
                Diagnostics.Report(DiagnosticDescriptors.UnknownFieldType, typeSyntax.Location, typeSyntax.Value,
                    NearestName.DidYouMean(typeSyntax.Value, System.Linq.Enumerable.Select(FieldTypeRegistry.All, t => t.Name)), FieldTypeRegistry.Names);
                return null;
            }
            bool repeated = type.Kind == FieldKind.Group && reader.Has("repeat");
            var symbol = new FieldSymbol(idSyntax?.Value ?? "", type.Kind, repeated, parent, scopeRoot);
            var draft = new FieldDraft(symbol, type, reader.Syntax);
            var label = reader.Text("label", required: type.Kind != FieldKind.Info);
            draft.Model = new FieldModel
            {
                Id = symbol.Id,
                Path = symbol.Path,
                Kind = type.Kind,
                Label = label,
                Hint = reader.Text("hint"),
                // A group is required unless it says otherwise; one with a requiredWhen is required only while that holds.
                Required = reader.Bool("required") ?? (type.Kind == FieldKind.Group && !reader.Has("requiredWhen")),
                Prefill = reader.NonEmptyStringSyntax("prefill")?.Value,
                Fim = reader.NonEmptyStringSyntax("fim")?.Value,
                Notes = FormBinder.Strings(reader, "notes"),
                Autocomplete = reader.NonEmptyStringSyntax("autocomplete")?.Value,
                Messages = ReadMessages(reader, type),
            };
            draft.VisibleWhen = reader.NonEmptyStringSyntax("visibleWhen");
            draft.RequiredWhen = reader.NonEmptyStringSyntax("requiredWhen");
            draft.Default = reader.Take("default");
            type.Read(reader, draft, _context);
            if (type.Kind == FieldKind.Group) ReadGroup(reader, draft);
            if (type.Kind == FieldKind.Info) draft.Model = draft.Model with { Text = reader.Text("text", required: true) };
            reader.ReportUnknown(p => ReportedAsOtherType(p, type));
            if (idSyntax == null) return null;
            parent.AddChild(symbol);
            return draft;
        }

        private bool ReportedAsOtherType(JsonPropertySyntax p, FieldType type)
        {
            if (!FieldTypeRegistry.IsTypeProperty(p.Name)) return false;
            Diagnostics.Report(DiagnosticDescriptors.PropertyNotForType, p.NameLocation, p.Name, type.Name);
            return true;
        }

        private void ReadGroup(ObjectReader reader, FieldDraft draft)
        {
            var repeatSyntax = reader.Object("repeat");
            if (repeatSyntax != null)
            {
                var r = new ObjectReader(repeatSyntax, Diagnostics, new MessagePart("'repeat'", "'repeat'"));
                var min = r.Integer("min", 0, 10000);
                var max = r.Integer("max", 0, 10000);
                r.ReportUnknown();
                if (max == 0)
                    Diagnostics.Report(DiagnosticDescriptors.InvalidRepeat, repeatSyntax.Find("max")!.Value.Location, "'max' must be at least 1, or the group could never have an entry");
                else if (min != null && max != null && min > max)
                    Diagnostics.Report(DiagnosticDescriptors.InvalidRepeat, repeatSyntax.Find("min")!.Value.Location, $"'min' ({min}) is greater than 'max' ({max})");
                else
                    draft.Model = draft.Model with { Repeat = new RepeatBounds((int)(min ?? 0), (int?)max) };
                if (draft.Model.Repeat == null) draft.Model = draft.Model with { Repeat = new RepeatBounds(0, null) };
                draft.Model = draft.Model with { ItemLabel = reader.Text("itemLabel") };
            }
            else if (reader.Has("itemLabel"))
            {
                reader.Take("itemLabel");
                Diagnostics.Report(DiagnosticDescriptors.PropertyNotForType, reader.Syntax.Find("itemLabel")!.NameLocation, "itemLabel", "group without 'repeat'");
            }
            var fields = reader.Array("fields", required: true);
            if (fields != null)
                draft.Children.AddRange(ReadFields(fields, draft.Symbol, draft.Symbol.ScopeRoot, new SiblingIds()));
        }

        private FieldDraft? ReadInclusion(ObjectReader reader, JsonStringSyntax? idSyntax, FieldSymbol parent, FieldSymbol scopeRoot)
        {
            var blockId = reader.StringSyntax("block", required: true);
            var label = reader.Text("label");
            var hint = reader.Text("hint");
            var visibleWhen = reader.NonEmptyStringSyntax("visibleWhen");
            var required = reader.Bool("required");
            var requiredWhen = reader.NonEmptyStringSyntax("requiredWhen");
            reader.ReportUnknown(p =>
            {
                if (System.Array.IndexOf(CommonProperties, p.Name) < 0 && !FieldTypeRegistry.IsTypeProperty(p.Name)) return false;
                Diagnostics.Report(DiagnosticDescriptors.PropertyNotForType, p.NameLocation, p.Name, "block inclusion (it may override label, hint, visibleWhen, required and requiredWhen)");
                return true;
            });
            if (blockId == null || idSyntax == null) return null;
            if (!_context.Blocks.TryGetValue(blockId.Value, out var block))
            {
                Diagnostics.Report(DiagnosticDescriptors.UnknownBlock, blockId.Location, blockId.Value, _context.SuggestBlock(blockId.Value));
                return null;
            }
            int cycleStart = _context.BlockStack.IndexOf(blockId.Value);
            if (cycleStart >= 0)
            {
                var chain = new StringBuilder();
                for (int i = cycleStart; i < _context.BlockStack.Count; i++) chain.Append(_context.BlockStack[i]).Append(" → ");
                chain.Append(blockId.Value);
                Diagnostics.Report(DiagnosticDescriptors.BlockCycle, blockId.Location, blockId.Value, chain.ToString());
                return null;
            }
            var symbol = new FieldSymbol(idSyntax.Value, FieldKind.Group, false, parent, scopeRoot);
            var draft = new FieldDraft(symbol, FieldTypeRegistry.Get(FieldKind.Group), reader.Syntax)
            {
                VisibleWhen = visibleWhen,
                RequiredWhen = requiredWhen,
            };
            var blockReader = new ObjectReader(block, new DiagnosticBag(), new MessagePart("the block", "Baustein"));
            draft.Model = new FieldModel
            {
                Id = symbol.Id,
                Path = symbol.Path,
                Kind = FieldKind.Group,
                Label = label ?? blockReader.Text("title"),
                Hint = hint,
                // As for groups: required unless it says otherwise; with a requiredWhen, only while that holds.
                Required = required ?? requiredWhen == null,
                BlockId = blockId.Value,
            };
            _context.BlockStack.Add(blockId.Value);
            if (_inclusionDepth++ == 0) _outermostInclusion = blockId.Location;
            if (block.Find("fields")?.Value is JsonArraySyntax blockFields)
                draft.Children.AddRange(ReadFields(blockFields, symbol, symbol, new SiblingIds()));
            _inclusionDepth--;
            _context.BlockStack.RemoveAt(_context.BlockStack.Count - 1);
            parent.AddChild(symbol);
            return draft;
        }

        /// <summary>
        /// Reports FF0311 once, where the reader's own file goes over the limit: at the field, or at the outermost block
        /// inclusion when the field lies in a block (the block alone may be fine; including it is what adds up).
        /// </summary>
        private void ReportTooMany(JsonObjectSyntax field)
        {
            if (_reportedTooMany) return;
            _reportedTooMany = true;
            bool inBlock = _inclusionDepth > 0;
            Diagnostics.Report(DiagnosticDescriptors.TooManyFields, inBlock ? _outermostInclusion : field.Location,
                DefinitionLimits.MaxFieldsPerForm.ToString(System.Globalization.CultureInfo.InvariantCulture),
                inBlock ? " once the blocks here are included (a block that includes the same block more than once multiplies its fields)" : "");
        }

        private EquatableArray<KeyValuePair<string, LocalizedText>> ReadMessages(ObjectReader reader, FieldType type)
        {
            var obj = reader.Object("messages");
            var result = new List<KeyValuePair<string, LocalizedText>>();
            if (obj == null) return result.ToEquatableArray();
            var checks = new List<string> { "required", "format" };
            foreach (var c in type.Checks) if (!checks.Contains(c)) checks.Add(c);
            foreach (var p in obj.Properties)
            {
                var text = TextReader.Read(p.Value, "messages." + p.Name, Diagnostics);
                if (!checks.Contains(p.Name))
                {
                    Diagnostics.Report(DiagnosticDescriptors.UnknownMessageKey, p.NameLocation, p.Name, type.Name, string.Join(", ", checks));
                    continue;
                }
                if (text != null) result.Add(new KeyValuePair<string, LocalizedText>(p.Name, text));
            }
            return result.ToEquatableArray();
        }
    }
}
