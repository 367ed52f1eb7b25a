using System.Collections.Generic;
using System.Linq;
using System.Text;
using FormFactory.Factory.Tables;
using static FormFactory.Definitions.Text.MarkdownText;
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
            private readonly ReportPhrases _p;
            private readonly StringBuilder _sb = new();

            public Writer(FactoryReport report)
            {
                _r = report;
                _lang = report.Language;
                _t = ReportTexts.For(report.Language);
                _p = new ReportPhrases(report.Language);
            }

            private bool En => _lang == "en";

            private string L(string de, string en) => En ? en : de;

            private string N(decimal? value) => ReportFormat.Number(value, _lang);

            private static string I(int? value) => ReportFormat.Integer(value);

            private void Line(string text = "") => _sb.Append(text).Append('\n');

            public override string ToString() => _sb.ToString();

            public void Heading()
            {
                Line("# " + _p.TitlePrefix + Escape(_r.FactoryName));
                Line();
                Line("- " + _p.AsOf + ": " + ReportFormat.Date(_r.AsOf) + " (" + _r.Period.Last + ")");
                var scope = _r.Scope.Kind switch
                {
                    ReportScopeKind.Tenant => _p.ServicesOfTenant + Escape(_r.Scope.Name) + " (" + Escape(_r.Scope.Id) + ")",
                    ReportScopeKind.MunicipalityType => _p.ServicesOfType + _t.TypeLabel(_r.Scope.Id!),
                    _ => _p.AllServices,
                };
                Line("- " + _p.Scope + ": " + scope + ", " + _p.CountOfServices(_r.StatusTable.Count));
                var start = _r.FactoryStart is { } s ? ReportFormat.Date(s) : _t.None;
                var target = _r.TargetPerWeek is { } tp ? _p.TargetPerWeek(tp) : _t.None;
                Line("- " + _p.FactoryStart + ": " + start + "; " + _p.Target + ": " + target);
                var recorded = _r.Recorded is { } rec ? _p.RecordedSpan(ReportFormat.Date(rec.First), ReportFormat.Date(rec.Last)) : _p.NothingRecorded;
                Line("- " + _p.RecordedChanges + ": " + recorded);
                Line();
                if (_r.Recorded is { } r && r.EndsLongBefore(_r.AsOf))
                {
                    Line("> **" + _p.StaleData(ReportFormat.Date(r.Last), r.DaysBefore(_r.AsOf), ReportFormat.Date(_r.AsOf)) + "**");
                    Line();
                }
            }

            public void Counts()
            {
                CountTable(_p.ByStatus, _t.Status, _r.StatusCounts, _t.StatusLabel);
                CountTable(_p.ByPriority, _t.Priority, _r.PriorityCounts, _t.PriorityLabel);
            }

            private void CountTable(string title, string header, IReadOnlyList<CountRow> counts, System.Func<string?, string> label)
            {
                Line("## " + title);
                Line();
                var rows = counts.Select(c => (IReadOnlyList<string>)new[] { label(c.Key), I(c.Count) }).ToList();
                rows.Add(new[] { "**" + _t.Total + "**", "**" + I(counts.Sum(c => c.Count)) + "**" });
                Table(_sb, new[] { (header, Align.Left), (_p.Count, Align.Right) }, rows);
            }

            public void Forecast()
            {
                var f = _r.Forecast;
                Line("## " + _p.Forecast);
                Line();
                Line(_p.Remaining(f.Remaining));
                Line();
                var none = _p.NoForecast(f);
                if (none != null) Line(none);
                else
                {
                    Table(_sb, new[]
                    {
                        (_p.Probability, Align.Right), (_p.WeeksFromAsOf, Align.Right), (_p.DoneInWeek, Align.Left), (_p.DoneBy, Align.Left),
                    }, f.Points.Select(p => (IReadOnlyList<string>)_p.ForecastRow(p, f.HorizonWeeks)));
                    Line(_p.MonteCarlo(f));
                }
                Line();
                var pace = _p.Pace(_r.RequiredPace);
                if (pace != null)
                {
                    Line(pace);
                    Line();
                }
            }

            public void CycleTime()
            {
                var c = _r.CycleTime;
                Line("## " + _p.CycleTime);
                Line();
                if (c.Items.Count == 0)
                {
                    Line(_p.NoCompletion);
                    Line();
                    return;
                }
                Table(_sb, new[] { (_p.Measure, Align.Left), (_p.Days, Align.Right) }, new[]
                {
                    new[] { _p.CompletedServices, I(c.Items.Count) },
                    new[] { _p.Shortest, I(c.Min) },
                    new[] { _p.Median, I(c.P50) },
                    new[] { "P85", I(c.P85) },
                    new[] { "P95", I(c.P95) },
                    new[] { _p.Longest, I(c.Max) },
                    new[] { _p.Mean, N(c.Mean) },
                });
                Table(_sb, new[] { (_p.Days, Align.Left), (_p.Services, Align.Right) },
                    c.Buckets.Select(b => (IReadOnlyList<string>)new[] { I(b.FromDays) + "–" + I(b.ToDays), I(b.Count) }));
            }

            public void Weekly()
            {
                Line("## " + _p.Weekly);
                Line();
                if (_r.Throughput.Count == 0)
                {
                    Line(_p.NotStarted);
                    Line();
                    return;
                }
                Table(_sb, new[]
                {
                    (_p.Week, Align.Left), (_p.From, Align.Left), (_p.Completed, Align.Right),
                    (L("Ziel", "target"), Align.Right), (_p.TargetMet, Align.Left), (_p.Cumulative, Align.Right),
                    (_p.ScopeColumn, Align.Right), (_p.InProgress, Align.Right),
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
                Line("## " + _p.Maturity(m.Model));
                Line();
                var rows = m.Levels.Select(l =>
                {
                    var name = _t.MaturityLabel(m.Model, l.Level);
                    return (IReadOnlyList<string>)new[] { I(l.Level) + (name == null ? "" : " " + name), I(l.Current), I(l.Target) };
                }).ToList();
                if (m.CurrentUnknown > 0 || m.TargetUnknown > 0) rows.Add(new[] { _t.None, I(m.CurrentUnknown), I(m.TargetUnknown) });
                Table(_sb, new[] { (_p.Level, Align.Left), (_p.Current, Align.Right), (L("Ziel", "target"), Align.Right) }, rows);
                Line(_p.AtTarget(m.AtTarget, _r.StatusTable.Count));
                Line();
            }

            public void Relevance()
            {
                var m = _r.Relevance;
                Line("## " + _p.Relevance);
                Line();
                var columns = new List<(string, Align)> { (_t.Themenfeld, Align.Left), (_p.Services, Align.Right) };
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
                Line("## " + _p.Services);
                Line();
                Table(_sb, new[]
                {
                    (_t.Service, Align.Left), (_t.Themenfeld, Align.Left), (_t.Leistungsbuendel, Align.Left), (_t.Status, Align.Left),
                    (_t.Priority, Align.Left), (_t.Effort, Align.Right), (_t.Start, Align.Left), (_t.End, Align.Left), (_t.Owner, Align.Left),
                    (_p.Reuse, Align.Left),
                }, _r.StatusTable.Select(s => (IReadOnlyList<string>)new[]
                {
                    Escape(s.Title), Escape(s.Themenfeld), Escape(s.Leistungsbuendel), s.Status == null ? "" : _t.StatusLabel(s.Status),
                    s.Priority == null ? "" : _t.PriorityLabel(s.Priority), N(s.EffortDays), ReportFormat.Date(s.Start),
                    ReportFormat.Date(s.End) + (s.EndIsForecast ? " (" + _t.Forecast + ")" : ""), Escape(s.Owner),
                    s.Reuse.Count == 0 ? "" : I(s.Reuse.Count) + ": " + Escape(string.Join(", ", s.Reuse)),
                }));
                Line(_p.ForecastEnds);
                Line();
                var impact = _r.StatusTable.Where(s => s.ImpactBefore != null || s.ImpactAfter != null).ToList();
                if (impact.Count == 0) return;
                Line("### " + _p.Impact);
                Line();
                Table(_sb, new[] { (_t.Service, Align.Left), (_p.Before, Align.Left), (_p.After, Align.Left) },
                    impact.Select(s => (IReadOnlyList<string>)new[] { Escape(s.Title), Escape(s.ImpactBefore), Escape(s.ImpactAfter) }));
            }
        }
    }
}
