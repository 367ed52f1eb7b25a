using FormFactory.Factory.Forecasting;

namespace FormFactory.Factory.Export
{
    /// <summary>
    /// The headings and sentences every report format shares, as plain text in the report's language (numbers
    /// formatted, nothing escaped): each format escapes them for itself.
    /// </summary>
    public sealed class ReportPhrases
    {
        private readonly string _lang;

        /// <summary>The phrases for <paramref name="language"/> (German unless it is <c>en</c>).</summary>
        public ReportPhrases(string language) => _lang = language == "en" ? "en" : "de";

        private bool En => _lang == "en";

        private string L(string de, string en) => En ? en : de;

        private static string I(int? value) => ReportFormat.Integer(value);

        private string N(decimal? value) => ReportFormat.Number(value, _lang);

        /// <summary>The page title before the factory's name.</summary>
        public string TitlePrefix => L("Statusbericht: ", "Status report: ");
        /// <summary>Label of the as-of day.</summary>
        public string AsOf => L("Stand", "As of");
        /// <summary>Label of the scope.</summary>
        public string Scope => L("Umfang", "Scope");
        /// <summary>Label of the factory start.</summary>
        public string FactoryStart => L("Fabrikstart", "Factory start");
        /// <summary>Label of the weekly target.</summary>
        public string Target => L("Ziel", "target");
        /// <summary>The scope of a whole-catalog report.</summary>
        public string AllServices => L("alle Leistungen des Katalogs", "all services of the catalog");
        /// <summary>The scope of a tenant's report, before the tenant's name.</summary>
        public string ServicesOfTenant => L("Leistungen von ", "services offered by ");
        /// <summary>The scope of a municipality type's report, before the type.</summary>
        public string ServicesOfType => L("Leistungen für den Kommunaltyp ", "services relevant for the municipality type ");

        /// <summary>The weekly target as a sentence part.</summary>
        public string TargetPerWeek(decimal target) => N(target) + " " + (target == 1
            ? L("abgeschlossene Leistung je Woche", "completed service a week")
            : L("abgeschlossene Leistungen je Woche", "completed services a week"));

        /// <summary>"1 Leistung", "2,5 Leistungen": the count with the noun in the right number.</summary>
        public string CountOfServices(decimal n) => N(n) + " " + (n == 1 ? L("Leistung", "service") : L("Leistungen", "services"));

        /// <summary>"1 Woche", "6 Wochen".</summary>
        public string CountOfWeeks(int n) => I(n) + " " + (n == 1 ? L("Woche", "week") : L("Wochen", "weeks"));

        /// <summary>"1 Tag", "12 Tage".</summary>
        public string CountOfDays(int n) => I(n) + " " + (n == 1 ? L("Tag", "day") : L("Tage", "days"));

        // Chart descriptions: the text alternative of each chart says what the chart shows, in whole sentences.

        /// <summary>The weeks a weekly chart covers, ending with ". ".</summary>
        public string WeeksCovered(int count, string first, string last, bool lastRunning) =>
            (count == 1 ? L($"1 Woche: {first}", $"1 week: {first}") : L($"{CountOfWeeks(count)} von {first} bis {last}", $"{CountOfWeeks(count)} from {first} to {last}"))
            + (lastRunning ? L(count == 1 ? " (sie läuft noch)" : " (die letzte läuft noch)", count == 1 ? " (still running)" : " (the last is still running)") : "") + ". ";

        /// <summary>What the throughput chart shows.</summary>
        public string ThroughputSummary(int total, int max) =>
            L($"Insgesamt {CountOfServices(total)} abgeschlossen, höchstens {I(max)} in einer Woche.",
              $"{CountOfServices(total)} completed in all, at most {I(max)} in one week.");

        /// <summary>How often the weekly target was met, after <see cref="ThroughputSummary"/>.</summary>
        public string TargetMetSummary(decimal target, int met, int completeWeeks) => completeWeeks == 1
            ? L($" Ziel {N(target)} je Woche, erreicht in {I(met)} von 1 abgeschlossenen Woche.", $" Target {N(target)} a week, met in {I(met)} of 1 complete week.")
            : L($" Ziel {N(target)} je Woche, erreicht in {I(met)} von {I(completeWeeks)} abgeschlossenen Wochen.",
                $" Target {N(target)} a week, met in {I(met)} of {I(completeWeeks)} complete weeks.");

        /// <summary>What the burn-up chart shows at its end.</summary>
        public string BurnUpSummary(int completed, int scope) =>
            L($"Am Ende der letzten Woche {(completed == 1 ? "ist" : "sind")} {I(completed)} von {I(scope)} {(scope == 1 ? "Leistung" : "Leistungen")} im Umfang abgeschlossen.",
              $"At the end of the last week {I(completed)} of {I(scope)} {(scope == 1 ? "service" : "services")} in scope {(completed == 1 ? "is" : "are")} complete.");

        /// <summary>What the work-in-progress chart shows.</summary>
        public string WipSummary(int max, string firstPeakWeek, int atEnd) =>
            L($"Höchstens {CountOfServices(max)} gleichzeitig in Bearbeitung (zuerst {firstPeakWeek}), am Ende {I(atEnd)}.",
              $"At most {CountOfServices(max)} in progress at once (first in {firstPeakWeek}), {I(atEnd)} at the end.");

        /// <summary>What the cycle time chart shows.</summary>
        public string CycleTimeSummary(int completed, int median, int p85, int longest) =>
            L($"{I(completed)} {(completed == 1 ? "abgeschlossene Leistung" : "abgeschlossene Leistungen")} in Gruppen zu 7 Tagen. Median {CountOfDays(median)}, P85 {CountOfDays(p85)}, längste {CountOfDays(longest)}.",
              $"{I(completed)} {(completed == 1 ? "completed service" : "completed services")} in groups of 7 days. Median {CountOfDays(median)}, P85 {CountOfDays(p85)}, longest {CountOfDays(longest)}.");

        /// <summary>Heading: counts by status.</summary>
        public string ByStatus => L("Leistungen nach Status", "Services by status");
        /// <summary>Heading: counts by priority.</summary>
        public string ByPriority => L("Leistungen nach Priorität", "Services by priority");
        /// <summary>Column: a count.</summary>
        public string Count => L("Anzahl", "Count");
        /// <summary>Heading: forecast.</summary>
        public string Forecast => L("Prognose", "Forecast");
        /// <summary>Heading: cycle time.</summary>
        public string CycleTime => L("Durchlaufzeit (Beginn bis abgeschlossen)", "Cycle time (start to completed)");
        /// <summary>Heading: the weekly series.</summary>
        public string Weekly => L("Durchsatz, Burn-up und laufende Arbeit je Woche", "Throughput, burn-up and work in progress per week");
        /// <summary>Heading: relevance matrix.</summary>
        public string Relevance => L("Relevanz nach Themenfeld und Kommunaltyp", "Relevance by Themenfeld and municipality type");
        /// <summary>Heading: the status table.</summary>
        public string Services => L("Leistungen", "Services");
        /// <summary>Heading: the change for citizens.</summary>
        public string Impact => L("Veränderung für Bürgerinnen und Bürger (Priorität hoch und sehr hoch)", "Change for citizens (priority high and very high)");

        /// <summary>Heading: maturity in <paramref name="model"/>.</summary>
        public string Maturity(string model) => L($"Reifegrad (OZG-Reifegradmodell {model})", $"Maturity (OZG maturity model {model})");

        /// <summary>
        /// The key figure of services not yet done. Not "offen": that is one status of the status table, and the
        /// figure counts every status but completed and deferred.
        /// </summary>
        public string RemainingFigure => L("verbleibend", "remaining");

        /// <summary>How many services remain.</summary>
        public string Remaining(int remaining) => remaining == 1
            ? L("Es verbleibt 1 Leistung (alle außer abgeschlossenen und zurückgestellten).", "1 service remains (all but completed and deferred ones).")
            : L($"Es verbleiben {I(remaining)} Leistungen (alle außer abgeschlossenen und zurückgestellten).",
                $"{I(remaining)} services remain (all but completed and deferred ones).");

        /// <summary>Label: the period the data covers.</summary>
        public string RecordedChanges => L("Erfasste Statusänderungen", "Recorded status changes");

        /// <summary>The period the data covers, from its first to its last recorded change.</summary>
        public string RecordedSpan(string first, string last) => L($"vom {first} bis {last}", $"from {first} to {last}");

        /// <summary>There are no recorded changes.</summary>
        public string NothingRecorded => L("keine", "none");

        /// <summary>The warning that the data ends long before the report's day.</summary>
        public string StaleData(string last, int days, string asOf) => L(
            $"Achtung: Die letzte erfasste Statusänderung ist vom {last}, {I(days)} Tage vor dem Stand {asOf}. Danach zeigt der Bericht Stillstand, weil nichts erfasst ist: Ergänzen Sie die Historie der Leistungen (factory.history) oder wählen Sie mit --as-of einen früheren Stand.",
            $"Warning: the last recorded status change is of {last}, {I(days)} days before the report's day {asOf}. After it the report shows a standstill because nothing was recorded: bring the services' history (factory.history) up to date, or choose an earlier day with --as-of.");

        /// <summary>Why there is no forecast; null when there is one.</summary>
        public string? NoForecast(Forecast f) => f.Outcome switch
        {
            ForecastOutcome.NothingRemaining => L("Es verbleibt keine Leistung mehr.", "No service remains."),
            ForecastOutcome.NoHistory => L("Keine Prognose möglich: Seit dem Fabrikstart ist noch keine Woche abgeschlossen.",
                "No forecast possible: no week has ended since the factory started."),
            ForecastOutcome.NoThroughput => L($"Keine Prognose möglich: In den {I(f.SampleWeeks)} beobachteten Wochen wurde keine Leistung abgeschlossen.",
                $"No forecast possible: no service was completed in the {I(f.SampleWeeks)} observed weeks."),
            _ => null,
        };

        /// <summary>Column: probability.</summary>
        public string Probability => L("Wahrscheinlichkeit", "Probability");
        /// <summary>Column: weeks from the as-of day.</summary>
        public string WeeksFromAsOf => L("Wochen ab Stand", "Weeks from as-of");
        /// <summary>Column: the week the backlog is done.</summary>
        public string DoneInWeek => L("fertig in KW", "done in week");
        /// <summary>Column: the day the backlog is done.</summary>
        public string DoneBy => L("fertig bis", "done by");

        /// <summary>A forecast point beyond the horizon.</summary>
        public string BeyondHorizon(int horizonWeeks) => L($"mehr als {I(horizonWeeks)}", $"more than {I(horizonWeeks)}");

        /// <summary>A forecast that ends after the calendar's last day, where no week or date can be named.</summary>
        public string AfterCalendar => L("nach dem 9999-12-31, dem Ende des Kalenders", "after 9999-12-31, the end of the calendar");

        /// <summary>The cells of a forecast point: probability, weeks, week and day (plain text, for every format).</summary>
        public string[] ForecastRow(ForecastPoint p, int horizonWeeks) =>
            p.Weeks == null ? new[] { ReportFormat.Percent(p.Percent, _lang), BeyondHorizon(horizonWeeks), "", "" }
            : p.AfterCalendar ? new[] { ReportFormat.Percent(p.Percent, _lang), I(p.Weeks), AfterCalendar, "" }
            : new[] { ReportFormat.Percent(p.Percent, _lang), I(p.Weeks), p.Week.ToString()!, ReportFormat.Date(p.Date) };

        /// <summary>How the forecast was made.</summary>
        public string MonteCarlo(Forecast f) =>
            L($"Monte-Carlo-Simulation mit {I(f.Runs)} Läufen (Startwert {I(f.Seed)}): Jede künftige Woche übernimmt den Durchsatz einer zufällig gewählten abgeschlossenen Woche seit dem Fabrikstart ({I(f.SampleWeeks)} Wochen, {I(f.SampleCompleted)} Leistungen abgeschlossen, im Mittel {N(f.MeanPerWeek)} je Woche).",
              $"Monte Carlo simulation with {I(f.Runs)} runs (seed {I(f.Seed)}): each future week takes the throughput of a randomly chosen complete week since the factory started ({I(f.SampleWeeks)} weeks, {I(f.SampleCompleted)} services completed, {N(f.MeanPerWeek)} a week on average).");

        /// <summary>The pace needed to meet the deadline; null when nothing remains.</summary>
        public string? Pace(RequiredPace p)
        {
            var deadline = ReportFormat.Date(p.Deadline);
            if (p.Remaining == 0) return null;
            if (p.PerWeek is { } perWeek)
                return L($"Nötiges Tempo, um bis {deadline} fertig zu sein: {CountOfServices(perWeek)} je Woche ({CountOfWeeks(p.Weeks)}).",
                    $"Pace needed to finish by {deadline}: {CountOfServices(perWeek)} a week ({CountOfWeeks(p.Weeks)}).");
            return L($"Bis {deadline} bleibt keine volle Woche mehr: Der Restbestand ist bis dahin nicht zu schaffen.",
                $"No full week is left until {deadline}: the backlog cannot be finished by then.");
        }

        /// <summary>No service is complete yet.</summary>
        public string NoCompletion => L("Noch keine Leistung abgeschlossen.", "No service completed yet.");
        /// <summary>Column: a measure.</summary>
        public string Measure => L("Kennzahl", "Measure");
        /// <summary>Column: days.</summary>
        public string Days => L("Tage", "Days");
        /// <summary>Measure: completed services.</summary>
        public string CompletedServices => L("abgeschlossene Leistungen", "completed services");
        /// <summary>Measure: shortest.</summary>
        public string Shortest => L("kürzeste", "shortest");
        /// <summary>Measure: median.</summary>
        public string Median => L("Median (P50)", "median (P50)");
        /// <summary>Measure: longest.</summary>
        public string Longest => L("längste", "longest");
        /// <summary>Measure: mean.</summary>
        public string Mean => L("Mittelwert", "mean");

        /// <summary>The factory has not started by the as-of day.</summary>
        public string NotStarted => L("Die Fabrik beginnt nach dem Stichtag.", "The factory starts after the as-of day.");
        /// <summary>Column: ISO week.</summary>
        public string Week => L("KW", "Week");
        /// <summary>Column: the week's Monday.</summary>
        public string From => L("ab", "from");
        /// <summary>Column: completed.</summary>
        public string Completed => L("abgeschlossen", "completed");
        /// <summary>Column: target met.</summary>
        public string TargetMet => L("Ziel erreicht", "target met");
        /// <summary>Column: cumulative completions.</summary>
        public string Cumulative => L("kumuliert", "cumulative");
        /// <summary>Column: scope.</summary>
        public string ScopeColumn => L("Umfang", "scope");
        /// <summary>Column: work in progress.</summary>
        public string InProgress => L("in Bearbeitung", "in progress");

        /// <summary>Column: maturity level.</summary>
        public string Level => L("Stufe", "Level");
        /// <summary>Column: current.</summary>
        public string Current => L("aktuell", "current");

        /// <summary>How many services reached their maturity target.</summary>
        public string AtTarget(int atTarget, int services) =>
            L($"Ziel erreicht: {I(atTarget)} von {I(services)} Leistungen.", $"Target reached: {I(atTarget)} of {I(services)} services.");

        /// <summary>Column: reuse.</summary>
        public string Reuse => L("Nachnutzung", "Reuse");
        /// <summary>How forecast ends are spread.</summary>
        public string ForecastEnds => L("Ein prognostiziertes Ende verteilt das P85 der Prognose über den Restbestand, geordnet nach Priorität, dann Aufwand (kleinster zuerst).",
            "A forecast end spreads the forecast's P85 over the backlog, ordered by priority, then effort (smallest first).");
        /// <summary>Column: before.</summary>
        public string Before => L("vorher", "before");
        /// <summary>Column: after.</summary>
        public string After => L("nachher", "after");
    }
}
