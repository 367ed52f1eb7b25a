using System.Linq;
using System.Text;
using FormFactory.Factory.Tables;

namespace FormFactory.Factory.Export
{
    /// <summary>The status table as CSV (see <see cref="Csv"/> for the dialect): one row per service, headers in the report's language.</summary>
    public static class StatusTableCsv
    {
        /// <summary>The CSV text (without the byte order mark, which <see cref="Csv.Encoding"/> adds when writing).</summary>
        public static string Write(FactoryReport report)
        {
            var t = ReportTexts.For(report.Language);
            var sb = new StringBuilder();
            sb.Append(Csv.Line(new[]
            {
                t.Id, t.Service, t.Themenfeld, t.Leistungsbuendel, t.Status, t.Priority, t.Effort, t.Start, t.End, t.EndIs, t.Owner,
                t.ReuseCount, t.ReuseNames, t.Maturity, t.MaturityTarget, t.Before, t.After,
            }));
            foreach (var r in report.StatusTable) sb.Append(Csv.Line(Fields(r, t, report.Language)));
            return sb.ToString();
        }

        private static string[] Fields(StatusRow r, ReportTexts t, string language) => new[]
        {
            r.ServiceId,
            Csv.Text(r.Title),
            Csv.Text(r.Themenfeld),
            Csv.Text(r.Leistungsbuendel),
            r.Status == null ? "" : t.StatusLabel(r.Status),
            r.Priority == null ? "" : t.PriorityLabel(r.Priority),
            ReportFormat.Number(r.EffortDays, language),
            ReportFormat.Date(r.Start),
            ReportFormat.Date(r.End),
            r.End == null ? "" : r.EndIsForecast ? t.Forecast : t.Actual,
            Csv.Text(r.Owner),
            ReportFormat.Integer(r.Reuse.Count),
            Csv.Text(string.Join(", ", r.Reuse)),
            ReportFormat.Integer(r.Maturity),
            ReportFormat.Integer(r.MaturityTarget),
            Csv.Text(r.ImpactBefore),
            Csv.Text(r.ImpactAfter),
        };
    }
}
