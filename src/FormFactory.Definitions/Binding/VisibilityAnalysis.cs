using System.Collections.Generic;
using System.Globalization;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Runtime;

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
            var index = new Dictionary<FieldDraft, int>();
            var byPath = new Dictionary<string, int>();
            for (int i = 0; i < all.Count; i++)
            {
                index[all[i]] = i;
                byPath[all[i].Model.Path] = i;
            }

            // Two nodes per field: Visible(i) = 2i, whether it is shown; Value(i) = 2i + 1, what reading it yields,
            // which depends on whether it and each of its descendants are shown. A field's visibility depends on its
            // parent's and on the values its visibleWhen reads. Reading a group points at one node, not at a copy of
            // all its descendants, so the graph stays linear in the number of fields and references.
            var edges = new List<int>[2 * all.Count];
            for (int i = 0; i < all.Count; i++)
            {
                var d = all[i];
                var visible = new List<int>();
                if (parentOf[d] is FieldDraft p) visible.Add(2 * index[p]);
                if (d.Model.VisibleWhen != null)
                    foreach (var reference in References(d.Model.VisibleWhen))
                        if (byPath.TryGetValue(reference, out var target)) visible.Add(2 * target + 1);
                var value = new List<int> { 2 * i };
                foreach (var c in d.Children) value.Add(2 * index[c] + 1);
                edges[2 * i] = visible;
                edges[2 * i + 1] = value;
            }
            var cycle = FindCycle(edges);
            if (cycle != null)
            {
                ReportCycle(cycle, all, diagnostics);
                return;
            }
            if (CheckChainLength(edges, all, diagnostics)) return;

            foreach (var d in all)
                if (d.Model.RequiredWhen != null && NeverVisible(d, parentOf, out string why))
                    diagnostics.Report(DiagnosticDescriptors.RequiredWhenNeverVisible, d.RequiredWhen!.Location, d.Model.Path, why);
        }

        /// <summary>The nodes of the first cycle a depth-first search meets, first node repeated at the end; null when there is none.</summary>
        private static List<int>? FindCycle(List<int>[] edges)
        {
            // Iterative, so a chain of thousands of references cannot overflow the stack.
            var state = new byte[edges.Length]; // 0 unseen, 1 on the path, 2 done
            var path = new List<int>();
            var next = new List<int>();
            for (int start = 0; start < edges.Length; start++)
            {
                if (state[start] != 0) continue;
                path.Add(start);
                next.Add(0);
                state[start] = 1;
                while (path.Count > 0)
                {
                    int top = path.Count - 1, node = path[top];
                    if (next[top] == edges[node].Count)
                    {
                        state[node] = 2;
                        path.RemoveAt(top);
                        next.RemoveAt(top);
                        continue;
                    }
                    WorkCounter.Step();
                    int target = edges[node][next[top]++];
                    if (state[target] == 1)
                    {
                        var cycle = path.GetRange(path.IndexOf(target), path.Count - path.IndexOf(target));
                        cycle.Add(target);
                        return cycle;
                    }
                    if (state[target] != 0) continue;
                    state[target] = 1;
                    path.Add(target);
                    next.Add(0);
                }
            }
            return null;
        }

        /// <summary>
        /// Reports FF0315 when deciding whether a field is shown takes more than
        /// <see cref="DefinitionLimits.MaxVisibilityChain"/> other fields' visibility, one after the other: validators
        /// (the reference, generated code, the browser) decide it recursively, and a chain of thousands would overflow
        /// their stack. The graph has no cycle here; the longest chain from each node is found once (linear).
        /// </summary>
        private static bool CheckChainLength(List<int>[] edges, List<FieldDraft> all, DiagnosticBag diagnostics)
        {
            var length = new int[edges.Length]; // visibility nodes on the longest chain from a node, itself included
            var next = new int[edges.Length];   // the node that chain continues with, -1 at its end
            var done = new bool[edges.Length];
            var path = new List<int>();
            var edge = new List<int>();
            for (int start = 0; start < edges.Length; start++)
            {
                if (done[start]) continue;
                path.Add(start);
                edge.Add(0);
                while (path.Count > 0)
                {
                    int top = path.Count - 1, node = path[top];
                    if (edge[top] < edges[node].Count)
                    {
                        WorkCounter.Step();
                        int target = edges[node][edge[top]++];
                        if (!done[target])
                        {
                            path.Add(target);
                            edge.Add(0);
                        }
                        continue;
                    }
                    int best = -1;
                    foreach (int target in edges[node])
                        if (best < 0 || length[target] > length[best]) best = target;
                    length[node] = (node % 2 == 0 ? 1 : 0) + (best < 0 ? 0 : length[best]);
                    next[node] = best;
                    done[node] = true;
                    path.RemoveAt(top);
                    edge.RemoveAt(top);
                }
            }
            int worst = -1;
            for (int node = 0; node < edges.Length; node += 2)
                if (worst < 0 || length[node] > length[worst]) worst = node;
            if (worst < 0 || length[worst] <= DefinitionLimits.MaxVisibilityChain) return false;
            var names = new List<string>();
            for (int node = worst; node >= 0 && names.Count < 4; node = next[node])
                if (node % 2 == 0) names.Add("'" + all[node / 2].Model.Path + "'");
            var field = all[worst / 2];
            diagnostics.Report(DiagnosticDescriptors.VisibilityChainTooLong, (field.VisibleWhen ?? (Syntax.JsonSyntax)field.Syntax).Location,
                field.Model.Path, length[worst].ToString(CultureInfo.InvariantCulture), DefinitionLimits.MaxVisibilityChain.ToString(CultureInfo.InvariantCulture),
                string.Join(" → ", names) + " → …");
            return true;
        }

        private static void ReportCycle(List<int> cycle, List<FieldDraft> all, DiagnosticBag diagnostics)
        {
            var names = new List<string>();
            FieldDraft? reportAt = null;
            for (int i = 0; i < cycle.Count - 1; i++)
            {
                int node = cycle[i];
                if (node % 2 != 0) continue; // a value node stands between fields; only the fields are named
                var d = all[node / 2];
                names.Add(d.Model.Path);
                if (reportAt == null && d.VisibleWhen != null) reportAt = d;
            }
            names.Add(names[0]);
            reportAt ??= all[cycle[cycle.Count - 2] / 2];
            diagnostics.Report(DiagnosticDescriptors.VisibilityCycle, (reportAt.VisibleWhen ?? (Syntax.JsonSyntax)reportAt.Syntax).Location,
                reportAt.Model.Path, string.Join(" → ", names));
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
