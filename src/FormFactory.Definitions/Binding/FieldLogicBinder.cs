using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Syntax;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Second binding pass: binds each field's expressions against the complete symbol tree, checks defaults, and
    /// turns drafts into immutable <see cref="FieldModel"/>s.
    /// </summary>
    internal sealed class FieldLogicBinder
    {
        private readonly DiagnosticBag _diagnostics;

        public FieldLogicBinder(DiagnosticBag diagnostics) => _diagnostics = diagnostics;

        public EquatableArray<FieldModel> Bind(IEnumerable<FieldDraft> drafts)
        {
            var result = new List<FieldModel>();
            foreach (var d in drafts) result.Add(Bind(d));
            return result.ToEquatableArray();
        }

        private FieldModel Bind(FieldDraft draft)
        {
            var model = draft.Model;
            var symbol = draft.Symbol;
            BoundExpression? Expr(JsonStringSyntax? s, string property, ExpressionType expected) =>
                s == null ? null : ExpressionBinder.Bind(s, property, symbol, expected, _diagnostics);
            model = model with
            {
                VisibleWhen = Expr(draft.VisibleWhen, "visibleWhen", ExpressionType.Boolean),
                RequiredWhen = Expr(draft.RequiredWhen, "requiredWhen", ExpressionType.Boolean),
                MinDate = DateBound(draft.MinDate, "min", symbol),
                MaxDate = DateBound(draft.MaxDate, "max", symbol),
                DefaultJson = draft.Default == null ? null : DefaultValue(draft.Default, draft),
                Fields = Bind(draft.Children),
            };
            CheckConstantDateBounds(model, draft);
            draft.Model = model;
            return model;
        }

        /// <summary>A date bound: a plain <c>2026-01-01</c> is that date; anything else is an expression.</summary>
        private BoundExpression? DateBound(JsonStringSyntax? s, string property, FieldSymbol symbol)
        {
            if (s == null) return null;
            if (DateLiterals.TryParse(s.Value, out _)) return new BoundLiteral(ExpressionType.Date, s.Value);
            if (s.Value.Length == 10 && s.Value[4] == '-' && s.Value[7] == '-')
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidDateLiteral, s.Location, s.Value);
                return null;
            }
            return ExpressionBinder.Bind(s, property, symbol, ExpressionType.Date, _diagnostics);
        }

        private void CheckConstantDateBounds(FieldModel model, FieldDraft draft)
        {
            if (model.MinDate is BoundLiteral { Value: string min } && model.MaxDate is BoundLiteral { Value: string max } && string.CompareOrdinal(min, max) > 0)
                _diagnostics.Report(DiagnosticDescriptors.MinGreaterThanMax, draft.MinDate!.Location, "min", min, "max", max);
        }

        /// <summary>Checks a default against the field's type and returns it as canonical JSON.</summary>
        private string? DefaultValue(JsonSyntax value, FieldDraft draft)
        {
            var kind = draft.Model.Kind;
            string? problem = null;
            string? json = null;
            switch (kind)
            {
                case FieldKind.Group:
                case FieldKind.File:
                case FieldKind.Info:
                    problem = $"is not supported for a field of type '{draft.Type.Name}'";
                    break;
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    if (value is JsonNumberSyntax n && decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
                        && (kind != FieldKind.Integer || d == decimal.Truncate(d)))
                        json = NumberFieldType.Format(d);
                    else problem = kind == FieldKind.Integer ? "must be a whole number" : "must be a number";
                    break;
                case FieldKind.Boolean:
                    if (value is JsonLiteralSyntax { Value: bool b }) json = b ? "true" : "false";
                    else problem = "must be true or false";
                    break;
                case FieldKind.Date:
                    if (value is JsonStringSyntax ds && DateLiterals.TryParse(ds.Value, out _)) json = Quote(ds.Value);
                    else problem = "must be a date written as \"YYYY-MM-DD\"";
                    break;
                case FieldKind.MultiChoice:
                    if (value is JsonArraySyntax a)
                    {
                        var codes = new List<string>();
                        foreach (var item in a.Items)
                        {
                            if (item is JsonStringSyntax code && (draft.Model.CodeList == null || draft.Model.CodeList.Contains(code.Value))) codes.Add(Quote(code.Value));
                            else problem = $"must list codes of '{draft.Model.CodeList?.Id}'";
                        }
                        json = "[" + string.Join(",", codes) + "]";
                    }
                    else problem = "must be an array of codes";
                    break;
                default:
                    if (value is JsonStringSyntax s)
                    {
                        if (kind == FieldKind.Choice && draft.Model.CodeList != null && !draft.Model.CodeList.Contains(s.Value))
                            problem = $"'{s.Value}' is not a code of '{draft.Model.CodeList.Id}'";
                        else json = Quote(s.Value);
                    }
                    else problem = "must be a string";
                    break;
            }
            if (problem == null) return json;
            _diagnostics.Report(DiagnosticDescriptors.InvalidDefault, value.Location, problem);
            return null;
        }

        private static string Quote(string s)
        {
            var sb = new StringBuilder("\"");
            foreach (char c in s)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    default:
                        if (c < ' ') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else sb.Append(c);
                        break;
                }
            }
            return sb.Append('"').ToString();
        }
    }
}
