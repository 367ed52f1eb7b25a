using System.Collections.Generic;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Reading;
using FormFactory.Definitions.Syntax;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Binding
{
    /// <summary>Reads a service's <c>factory</c> block: status, priority, effort, maturity, history, reuse, impact.</summary>
    internal static class FactoryInfoReader
    {
        public static ServiceFactoryInfo? Read(JsonObjectSyntax? syntax, DiagnosticBag diagnostics, FactorySettings settings)
        {
            if (syntax == null) return null;
            var r = new ObjectReader(syntax, diagnostics, new MessagePart("'factory'", "'factory'"));
            var status = Word(r, "status", Vocabulary.Statuses, DiagnosticDescriptors.UnknownStatus);
            var priority = Word(r, "priority", Vocabulary.Priorities, DiagnosticDescriptors.UnknownPriority);
            var effortSyntax = r.Syntax.Find("effortDays");
            var effort = r.Number("effortDays");
            if (effort < 0)
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidValue, effortSyntax!.Value.Location, "effortDays", "must not be negative");
                effort = null;
            }
            var owner = r.String("owner");
            var maturity = Maturity(r, "maturity", settings);
            var target = Maturity(r, "maturityTarget", settings);
            var history = History(r.Array("history"), diagnostics);
            var reuse = new List<string>();
            foreach (var s in r.StringList("reuse") ?? new List<JsonStringSyntax>())
            {
                if (!ObjectReader.IsValidId(s.Value)) diagnostics.Report(DiagnosticDescriptors.InvalidId, s.Location, s.Value);
                else if (!reuse.Contains(s.Value)) reuse.Add(s.Value);
            }
            Impact? impact = null;
            var impactSyntax = r.Object("impact");
            if (impactSyntax != null)
            {
                var ir = new ObjectReader(impactSyntax, diagnostics, new MessagePart("'impact'", "'impact'"));
                impact = new Impact(ir.Text("before"), ir.Text("after"));
                ir.ReportUnknown();
            }
            r.ReportUnknown();
            if (status != null && history.Count > 0 && history[history.Count - 1].Status != status)
                diagnostics.Report(DiagnosticDescriptors.StatusDisagreesWithHistory, syntax.Find("status")!.Value.Location, status, history[history.Count - 1].Status);
            return new ServiceFactoryInfo(status, priority, effort, owner, maturity, target, history.ToEquatableArray(), reuse.ToEquatableArray(), impact);
        }

        private static string? Word(ObjectReader r, string name, IReadOnlyList<string> vocabulary, DiagnosticDescriptor unknown)
        {
            var s = r.StringSyntax(name);
            if (s == null) return null;
            if (FormBinder.Contains(vocabulary, s.Value)) return s.Value;
            r.Diagnostics.Report(unknown, s.Location, s.Value);
            return null;
        }

        private static int? Maturity(ObjectReader r, string name, FactorySettings settings)
        {
            var syntax = r.Syntax.Find(name);
            var level = r.Integer(name, 0, 1000);
            if (level == null) return null;
            if (level > settings.MaxMaturity)
            {
                r.Diagnostics.Report(DiagnosticDescriptors.InvalidMaturity, syntax!.Value.Location, level, settings.MaxMaturity, settings.MaturityModel);
                return null;
            }
            return (int)level;
        }

        private static List<StatusChange> History(JsonArraySyntax? syntax, DiagnosticBag diagnostics)
        {
            var result = new List<StatusChange>();
            foreach (var obj in ObjectItems.Of(syntax, "history", diagnostics))
            {
                var r = new ObjectReader(obj, diagnostics, new MessagePart("a history entry", "Eintrag der Historie"));
                var status = Word(r, "status", Vocabulary.Statuses, DiagnosticDescriptors.UnknownStatus);
                if (!r.Has("status")) r.Take("status", required: true);
                var on = r.StringSyntax("on", required: true);
                var note = r.String("note");
                r.ReportUnknown();
                if (on != null && !DateLiterals.TryParse(on.Value, out _))
                {
                    diagnostics.Report(DiagnosticDescriptors.InvalidDateLiteral, on.Location, on.Value);
                    continue;
                }
                if (status == null || on == null) continue;
                if (result.Count > 0 && string.CompareOrdinal(on.Value, result[result.Count - 1].On) < 0)
                    diagnostics.Report(DiagnosticDescriptors.HistoryOutOfOrder, on.Location, on.Value, result[result.Count - 1].On);
                result.Add(new StatusChange(status, on.Value, note));
            }
            return result;
        }
    }
}
