using System.Collections.Generic;
using System.Linq;
using FormFactory.Factory.Export;
using static FormFactory.Factory.Html.HtmlTable;

namespace FormFactory.Factory.Html.Sections
{
    /// <summary>The Monte Carlo forecast (P50, P85, P95) and the pace needed to meet the deadline.</summary>
    internal static class ForecastSection
    {
        public const string Id = "forecast";

        public static void Write(HtmlWriter w, PageContext c)
        {
            var f = c.Report.Forecast;
            var p = c.Phrases;
            HtmlReport.OpenSection(w, Id, p.Forecast);
            w.Element("p", p.Remaining(f.Remaining));
            var none = p.NoForecast(f);
            if (none != null) w.Element("p", none);
            else
            {
                HtmlTable.Write(w, c.L("Wann der Restbestand fertig ist", "When the backlog will be done"),
                    new[] { new Column(p.Probability, true), new Column(p.WeeksFromAsOf, true), new Column(p.DoneInWeek), new Column(p.DoneBy) },
                    f.Points.Select(pt => (IReadOnlyList<string>)p.ForecastRow(pt, f.HorizonWeeks)));
                w.Element("p", p.MonteCarlo(f));
            }
            var pace = p.Pace(c.Report.RequiredPace);
            if (pace != null) w.Element("p", pace);
            w.Close();
        }
    }
}
