using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Definitions.Binding
{
    /// <summary>Reads and binds a form's cross-field rules.</summary>
    internal static class RuleBinder
    {
        public static EquatableArray<RuleModel> Read(JsonArraySyntax? rules, FieldSymbol root, DiagnosticBag diagnostics)
        {
            var result = new List<RuleModel>();
            if (rules == null) return result.ToEquatableArray();
            var ids = new SiblingIds("by the rule");
            foreach (var obj in ObjectItems.Of(rules, "rules", diagnostics))
            {
                var r = new ObjectReader(obj, diagnostics, new MessagePart("a rule", "Regel"));
                var id = r.Id();
                if (id != null)
                {
                    r.What = new MessagePart($"the rule '{id.Value}'", $"Regel '{id.Value}'");
                    if (!ids.Register(id, diagnostics)) id = null;
                }
                var assertSyntax = r.NonEmptyStringSyntax("assert", required: true);
                var whenSyntax = r.NonEmptyStringSyntax("when");
                var message = r.Text("message", required: true);
                var on = new List<string>();
                foreach (var path in r.StringList("on") ?? new List<JsonStringSyntax>())
                {
                    var reference = PathOnly(path, root, diagnostics);
                    if (reference != null) on.Add(reference.ModelPath);
                }
                r.ReportUnknown();
                var assert = assertSyntax == null ? null : ExpressionBinder.Bind(assertSyntax, "assert", root, ExpressionType.Boolean, diagnostics);
                var when = whenSyntax == null ? null : ExpressionBinder.Bind(whenSyntax, "when", root, ExpressionType.Boolean, diagnostics);
                if (id == null || assert == null || message == null || (whenSyntax != null && when == null)) continue;
                result.Add(new RuleModel(id.Value, assert, when, on.ToEquatableArray(), message, Reads(assert), assertSyntax!.Value));
            }
            return result.ToEquatableArray();
        }

        /// <summary>Binds an <c>on</c> entry, which must be a plain field path from the form root.</summary>
        private static BoundFieldReference? PathOnly(JsonStringSyntax path, FieldSymbol root, DiagnosticBag diagnostics)
        {
            var syntax = ExpressionParser.Parse(path.Value, out _);
            if (syntax is not PathSyntax p || p.Segments[0].Name == "item")
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, path.Location, "on", "entries must be field paths such as \"person.geburtsdatum\"");
                return null;
            }
            return ExpressionBinder.Bind(path, "on", root, null, diagnostics) as BoundFieldReference;
        }

        /// <summary>The fields an assert reads outside any entry scope; the rule is skipped while one is empty.</summary>
        private static EquatableArray<EquatableArray<PathSegment>> Reads(BoundExpression assert)
        {
            var found = new List<EquatableArray<PathSegment>>();
            void Walk(BoundExpression e)
            {
                switch (e)
                {
                    case BoundFieldReference r:
                        if (!found.Contains(r.Segments)) found.Add(r.Segments);
                        break;
                    case BoundUnary u: Walk(u.Operand); break;
                    case BoundBinary b: Walk(b.Left); Walk(b.Right); break;
                    case BoundCall c:
                        // sum's second argument is evaluated per entry; only the group itself is read here.
                        if (c.Function == BuiltinFunction.Sum) Walk(c.Arguments[0]);
                        else foreach (var a in c.Arguments) Walk(a);
                        break;
                }
            }
            Walk(assert);
            return found.ToEquatableArray();
        }
    }
}
