using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Definitions.Binding
{
    /// <summary>
    /// Finds visibility that depends on itself (a hidden field reads as null, so "A visible when B is set, B visible
    /// when A is set" has no answer) and requirements on fields that can never be shown.
    /// </summary>
    internal static class VisibilityAnalysis
    {
        public static void Check(IReadOnlyList<FieldDraft> roots, DiagnosticBag diagnostics)
        {
            var all = new List<FieldDraft>();
            var parentOf = new Dictionary<FieldDraft, FieldDraft?>();
            void Collect(FieldDraft d, FieldDraft? parent)
            {
                all.Add(d);
                parentOf[d] = parent;
                foreach (var c in d.Children) Collect(c, d);
            }
            foreach (var r in roots) Collect(r, null);
            var byPath = new Dictionary<string, FieldDraft>();
            foreach (var d in all) byPath[d.Model.Path] = d;

            // Edges: a field's visibility depends on its parent's and on the fields (and their descendants) its visibleWhen reads.
            var edges = new Dictionary<FieldDraft, List<FieldDraft>>();
            foreach (var d in all)
            {
                var list = new List<FieldDraft>();
                if (parentOf[d] is FieldDraft p) list.Add(p);
                if (d.Model.VisibleWhen != null)
                    foreach (var reference in References(d.Model.VisibleWhen))
                        if (byPath.TryGetValue(reference, out var target)) AddWithDescendants(target, list);
                edges[d] = list;
            }
            var state = new Dictionary<FieldDraft, int>();
            var stack = new List<FieldDraft>();
            foreach (var d in all)
                if (Visit(d, edges, state, stack, diagnostics)) return;

            foreach (var d in all)
                if (d.Model.RequiredWhen != null && NeverVisible(d, parentOf, out string why))
                    diagnostics.Report(DiagnosticDescriptors.RequiredWhenNeverVisible, d.RequiredWhen!.Location, d.Model.Path, why);
        }

        private static void AddWithDescendants(FieldDraft d, List<FieldDraft> list)
        {
            list.Add(d);
            foreach (var c in d.Children) AddWithDescendants(c, list);
        }

        private static bool Visit(FieldDraft d, Dictionary<FieldDraft, List<FieldDraft>> edges, Dictionary<FieldDraft, int> state, List<FieldDraft> stack, DiagnosticBag diagnostics)
        {
            state.TryGetValue(d, out int s);
            if (s == 2) return false;
            if (s == 1)
            {
                int start = stack.IndexOf(d);
                var names = new List<string>();
                for (int i = start; i < stack.Count; i++) names.Add(stack[i].Model.Path);
                names.Add(d.Model.Path);
                var reportAt = stack[stack.Count - 1];
                for (int i = start; i < stack.Count; i++)
                    if (stack[i].VisibleWhen != null) { reportAt = stack[i]; break; }
                diagnostics.Report(DiagnosticDescriptors.VisibilityCycle, (reportAt.VisibleWhen ?? (Syntax.JsonSyntax)reportAt.Syntax).Location,
                    reportAt.Model.Path, string.Join(" → ", names));
                return true;
            }
            state[d] = 1;
            stack.Add(d);
            foreach (var next in edges[d])
                if (Visit(next, edges, state, stack, diagnostics)) return true;
            stack.RemoveAt(stack.Count - 1);
            state[d] = 2;
            return false;
        }

        private static bool NeverVisible(FieldDraft d, Dictionary<FieldDraft, FieldDraft?> parentOf, out string why)
        {
            for (FieldDraft? f = d; f != null; f = parentOf[f])
            {
                if (f.Model.VisibleWhen is BoundExpression v && ConstantFolding.IsConstant(v) && !Interpreter.IsTrue(Interpreter.EvaluateConstant(v)))
                {
                    why = f == d ? $"its visibleWhen '{f.VisibleWhen!.Value}' is never true" : $"the visibleWhen of '{f.Model.Path}' is never true";
                    return true;
                }
            }
            why = "";
            return false;
        }

        /// <summary>Model paths of all fields an expression reads.</summary>
        public static IEnumerable<string> References(BoundExpression e)
        {
            switch (e)
            {
                case BoundFieldReference r: yield return r.ModelPath; break;
                case BoundUnary u:
                    foreach (var x in References(u.Operand)) yield return x;
                    break;
                case BoundBinary b:
                    foreach (var x in References(b.Left)) yield return x;
                    foreach (var x in References(b.Right)) yield return x;
                    break;
                case BoundCall c:
                    foreach (var a in c.Arguments)
                        foreach (var x in References(a)) yield return x;
                    break;
            }
        }
    }

    /// <summary>Recognises expressions whose value does not depend on the submission or the date.</summary>
    internal static class ConstantFolding
    {
        public static bool IsConstant(BoundExpression e) => e switch
        {
            BoundLiteral => true,
            BoundUnary u => IsConstant(u.Operand),
            BoundBinary b => IsConstant(b.Left) && IsConstant(b.Right),
            _ => false,
        };
    }
}
