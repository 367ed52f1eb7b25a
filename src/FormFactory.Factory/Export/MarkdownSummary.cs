using System.Collections.Generic;
using System.Linq;
using System.Text;
using FormFactory.Factory.Forecasting;
using FormFactory.Factory.Tables;
using static FormFactory.Factory.Export.Markdown;

namespace FormFactory.Factory.Export
{
    /// <summary>
    /// The report as one Markdown page (for a wiki, a ticket or a council's papers): counts by status and priority,
    /// the forecast and required pace, cycle time, weekly throughput with burn-up and work in progress, maturity,
    /// relevance, and the status table with the planned change for citizens. Line endings are LF.
    /// </summary>
    public static class MarkdownSummary
    {
        /// <summary>The Markdown text.</summary>
        public static string Write(FactoryReport report)
        {
            var w = new Writer(report);
            w.Heading();
            w.Counts();
            w.Forecast();
            w.CycleTime();
            w.Weekly();
            w.Maturity();
            w.Relevance();
            w.Services();
            return w.ToString();
        }

        private sealed class Writer
        {
            private readonly FactoryReport _r;
            private readonly ReportTexts _t;
            private readonly string _lang;
            private readonly StringBuilder _sb = new();

            public Writer(FactoryReport report)
            {
                _r = report;
                _lang = report.Language;
                _t = ReportTexts.For(report.Language);
            }

            private bool En => _lang == "en";

            private string L(string de, string en) => En ? en : de;

            private string N(decimal? value) => ReportFormat.Number(value, _lang);

            private static string I(int? value) => ReportFormat.Integer(value);

            private void Line(string text = "") => _sb.Append(text).Append('\n');

            public override string ToString() => _sb.ToString();

            public void Heading()
            {
                Line("# " + L("Statusbericht: ", "Status report: ") + Escape(_r.FactoryName));
                Line();
                Line("- " + L("Stand: ", "As of: ") + ReportFormat.Date(_r.AsOf) + " (" + _r.Period.Last + ")");
                var scope = _r.Scope.Kind switch
                {
                    ReportScopeKind.Tenant => L("Leistungen von ", "services offered by ") + Escape(_r.Scope.Name) + " (" + Escape(_r.Scope.Id) + ")",
                    ReportScopeKind.MunicipalityType => L("Leistungen für den Kommunaltyp ", "services relevant for the municipality type ") + _t.TypeLabel(_r.Scope.Id!),
                    _ => L("alle Leistungen des Katalogs", "all services of the catalog"),
                };
                Line("- " + L("Umfang: ", "Scope: ") + scope + ", " + I(_r.StatusTable.Count) + " " + L("Leistungen", "services"));
                var start = _r.FactoryStart is { } s ? ReportFormat.Date(s) : _t.None;
                var target = _r.TargetPerWeek is { } tp ? N(tp) + " " + L("abgeschlossene Leistungen je Woche", "completed services a week") : _t.None;
                Line("- " + L("Fabrikstart: ", "Factory start: ") + start + "; " + L("Ziel: ", "target: ") + target);
                Line();
            }

            public void Counts()
            {
                CountTable(L("Leistungen nach Status", "Services by status"), _t.Status, _r.StatusCounts, _t.StatusLabel);
                CountTable(L("Leistungen nach Priorität", "Services by priority"), _t.Priority, _r.PriorityCounts, _t.PriorityLabel);
            }

            private void CountTable(string title, string header, IReadOnlyList<CountRow> counts, System.Func<string?, string> label)
            {
                Line("## " + title);
                Line();
                var rows = counts.Select(c => (IReadOnlyList<string>)new[] { label(c.Key), I(c.Count) }).ToList();
                rows.Add(new[] { "**" + _t.Total + "**", "**" + I(counts.Sum(c => c.Count)) + "**" });
                Table(_sb, new[] { (header, Align.Left), (L("Anzahl", "Count"), Align.Right) }, rows);
            }

            public void Forecast()
            {
                var f = _r.Forecast;
                Line("## " + L("Prognose", "Forecast"));
                Line();
                Line(L($"Offen sind {I(f.Remaining)} Leistungen (alle außer abgeschlossenen und zurückgestellten).",
                       $"{I(f.Remaining)} services remain (all but completed and deferred ones)."));
                Line();
                switch (f.Outcome)
                {
                    case ForecastOutcome.NothingRemaining:
                        Line(L("Es ist keine Leistung mehr offen.", "No service remains."));
                        break;
                    case ForecastOutcome.NoHistory:
                        Line(L("Keine Prognose möglich: Seit dem Fabrikstart ist noch keine Woche abgeschlossen.",
                               "No forecast possible: no week has ended since the factory started."));
                        break;
                    case ForecastOutcome.NoThroughput:
                        Line(L($"Keine Prognose möglich: In den {I(f.SampleWeeks)} beobachteten Wochen wurde keine Leistung abgeschlossen.",
                               $"No forecast possible: no service was completed in the {I(f.SampleWeeks)} observed weeks."));
                        break;
                    default:
                        Table(_sb, new[]
                        {
                            (L("Wahrscheinlichkeit", "Probability"), Align.Right), (L("Wochen ab Stand", "Weeks from as-of"), Align.Right),
                            (L("fertig in KW", "done in week"), Align.Left), (L("fertig bis", "done by"), Align.Left),
                        }, f.Points.Select(p => (IReadOnlyList<string>)(p.Weeks == null
                            ? new[] { ReportFormat.Percent(p.Percent, _lang), L($"mehr als {I(f.HorizonWeeks)}", $"more than {I(f.HorizonWeeks)}"), "", "" }
                            : new[] { ReportFormat.Percent(p.Percent, _lang), I(p.Weeks), p.Week.ToString()!, ReportFormat.Date(p.Date) })));
                        Line(L($"Monte-Carlo-Simulation mit {I(f.Runs)} Läufen (Startwert {I(f.Seed)}): Jede künftige Woche übernimmt den Durchsatz einer zufällig gewählten abgeschlossenen Woche seit dem Fabrikstart ({I(f.SampleWeeks)} Wochen, {I(f.SampleCompleted)} Leistungen abgeschlossen, im Mittel {N(f.MeanPerWeek)} je Woche).",
                               $"Monte Carlo simulation with {I(f.Runs)} runs (seed {I(f.Seed)}): each future week takes the throughput of a randomly chosen complete week since the factory started ({I(f.SampleWeeks)} weeks, {I(f.SampleCompleted)} services completed, {N(f.MeanPerWeek)} a week on average)."));
                        break;
                }
                Line();
                var p = _r.RequiredPace;
                var deadline = ReportFormat.Date(p.Deadline);
                if (p.Remaining == 0) { }
                else if (p.PerWeek is { } perWeek)
                    Line(L($"Nötiges Tempo, um bis {deadline} fertig zu sein: {N(perWeek)} Leistungen je Woche ({I(p.Weeks)} Wochen).",
                           $"Pace needed to finish by {deadline}: {N(perWeek)} services a week ({I(p.Weeks)} weeks)."));
                else
                    Line(L($"Bis {deadline} bleibt keine volle Woche mehr: Der Restbestand ist bis dahin nicht zu schaffen.",
                           $"No full week is left until {deadline}: the backlog cannot be finished by then."));
                if (p.Remaining != 0) Line();
            }

            public void CycleTime()
            {
                var c = _r.CycleTime;
                Line("## " + L("Durchlaufzeit (Beginn bis abgeschlossen)", "Cycle time (start to completed)"));
                Line();
                if (c.Items.Count == 0)
                {
                    Line(L("Noch keine Leistung abgeschlossen.", "No service completed yet."));
                    Line();
                    return;
                }
                Table(_sb, new[] { (L("Kennzahl", "Measure"), Align.Left), (L("Tage", "Days"), Align.Right) }, new[]
                {
                    new[] { L("abgeschlossene Leistungen", "completed services"), I(c.Items.Count) },
                    new[] { L("kürzeste", "shortest"), I(c.Min) },
                    new[] { L("Median (P50)", "median (P50)"), I(c.P50) },
                    new[] { "P85", I(c.P85) },
                    new[] { "P95", I(c.P95) },
                    new[] { L("längste", "longest"), I(c.Max) },
                    new[] { L("Mittelwert", "mean"), N(c.Mean) },
                });
                Table(_sb, new[] { (L("Tage", "Days"), Align.Left), (L("Leistungen", "Services"), Align.Right) },
                    c.Buckets.Select(b => (IReadOnlyList<string>)new[] { I(b.FromDays) + "–" + I(b.ToDays), I(b.Count) }));
            }

            public void Weekly()
            {
                Line("## " + L("Durchsatz, Burn-up und laufende Arbeit je Woche", "Throughput, burn-up and work in progress per week"));
                Line();
                if (_r.Throughput.Count == 0)
                {
                    Line(L("Die Fabrik beginnt nach dem Stichtag.", "The factory starts after the as-of day."));
                    Line();
                    return;
                }
                Table(_sb, new[]
                {
                    (L("KW", "Week"), Align.Left), (L("ab", "from"), Align.Left), (L("abgeschlossen", "completed"), Align.Right),
                    (L("Ziel", "target"), Align.Right), (L("Ziel erreicht", "target met"), Align.Left), (L("kumuliert", "cumulative"), Align.Right),
                    (L("Umfang", "scope"), Align.Right), (L("in Bearbeitung", "in progress"), Align.Right),
                }, _r.Throughput.Select((tw, i) => (IReadOnlyList<string>)new[]
                {
                    tw.Week + (tw.IsComplete ? "" : " (" + _t.Running + ")"),
                    ReportFormat.Date(tw.Week.Monday),
                    I(tw.Completed),
                    N(tw.Target),
                    tw.MetTarget is { } met ? (met ? _t.Yes : _t.No) : "",
                    I(_r.BurnUp[i].Completed),
                    I(_r.BurnUp[i].Scope),
                    I(_r.WorkInProgress[i].Count),
                }));
            }

            public void Maturity()
            {
                var m = _r.Maturity;
                Line("## " + L($"Reifegrad (OZG-Reifegradmodell {m.Model})", $"Maturity (OZG maturity model {m.Model})"));
                Line();
                var rows = m.Levels.Select(l =>
                {
                    var name = _t.MaturityLabel(m.Model, l.Level);
                    return (IReadOnlyList<string>)new[] { I(l.Level) + (name == null ? "" : " " + name), I(l.Current), I(l.Target) };
                }).ToList();
                if (m.CurrentUnknown > 0 || m.TargetUnknown > 0) rows.Add(new[] { _t.None, I(m.CurrentUnknown), I(m.TargetUnknown) });
                Table(_sb, new[] { (L("Stufe", "Level"), Align.Left), (L("aktuell", "current"), Align.Right), (L("Ziel", "target"), Align.Right) }, rows);
                Line(L($"Ziel erreicht: {I(m.AtTarget)} von {I(_r.StatusTable.Count)} Leistungen.", $"Target reached: {I(m.AtTarget)} of {I(_r.StatusTable.Count)} services."));
                Line();
            }

            public void Relevance()
            {
                var m = _r.Relevance;
                Line("## " + L("Relevanz nach Themenfeld und Kommunaltyp", "Relevance by Themenfeld and municipality type"));
                Line();
                var columns = new List<(string, Align)> { (_t.Themenfeld, Align.Left), (L("Leistungen", "Services"), Align.Right) };
                columns.AddRange(m.Types.Select(t => (_t.TypeLabel(t), Align.Right)));
                Table(_sb, columns, m.Rows.Select(row =>
                {
                    var cells = new List<string> { row.Themenfeld == null ? _t.None : Escape(row.Themenfeld), I(row.Services) };
                    cells.AddRange(row.Counts.Select(c => I(c)));
                    return (IReadOnlyList<string>)cells;
                }));
            }

            public void Services()
            {
                Line("## " + L("Leistungen", "Services"));
                Line();
                Table(_sb, new[]
                {
                    (_t.Service, Align.Left), (_t.Themenfeld, Align.Left), (_t.Leistungsbuendel, Align.Left), (_t.Status, Align.Left),
                    (_t.Priority, Align.Left), (_t.Effort, Align.Right), (_t.Start, Align.Left), (_t.End, Align.Left), (_t.Owner, Align.Left),
                    (L("Nachnutzung", "Reuse"), Align.Left),
                }, _r.StatusTable.Select(s => (IReadOnlyList<string>)new[]
                {
                    Escape(s.Title), Escape(s.Themenfeld), Escape(s.Leistungsbuendel), s.Status == null ? "" : _t.StatusLabel(s.Status),
                    s.Priority == null ? "" : _t.PriorityLabel(s.Priority), N(s.EffortDays), ReportFormat.Date(s.Start),
                    ReportFormat.Date(s.End) + (s.EndIsForecast ? " (" + _t.Forecast + ")" : ""), Escape(s.Owner),
                    s.Reuse.Count == 0 ? "" : I(s.Reuse.Count) + ": " + Escape(string.Join(", ", s.Reuse)),
                }));
                Line(L("Ein prognostiziertes Ende verteilt das P85 der Prognose über den Restbestand, geordnet nach Priorität, dann Aufwand (kleinster zuerst).",
                       "A forecast end spreads the forecast's P85 over the backlog, ordered by priority, then effort (smallest first)."));
                Line();
                var impact = _r.StatusTable.Where(s => s.ImpactBefore != null || s.ImpactAfter != null).ToList();
                if (impact.Count == 0) return;
                Line("### " + L("Veränderung für Bürgerinnen und Bürger (Priorität hoch und sehr hoch)", "Change for citizens (priority high and very high)"));
                Line();
                Table(_sb, new[] { (_t.Service, Align.Left), (L("vorher", "before"), Align.Left), (L("nachher", "after"), Align.Left) },
                    impact.Select(s => (IReadOnlyList<string>)new[] { Escape(s.Title), Escape(s.ImpactBefore), Escape(s.ImpactAfter) }));
            }
        }
    }
}
