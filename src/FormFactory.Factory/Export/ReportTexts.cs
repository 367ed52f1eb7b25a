using FormFactory.Definitions.Binding;

namespace FormFactory.Factory.Export
{
    /// <summary>The fixed words of the exports, in German and English; values from the definitions come in their own language.</summary>
    public sealed class ReportTexts
    {
        /// <summary>German, the default.</summary>
        public static ReportTexts German { get; } = new ReportTexts("de")
        {
            None = "ohne Angabe", Actual = "tatsächlich", Forecast = "Prognose", Total = "Summe", Yes = "ja", No = "nein", Running = "laufend",
            Id = "ID", Service = "Leistung", Themenfeld = "Themenfeld", Leistungsbuendel = "Leistungsbündel", Status = "Status", Priority = "Priorität",
            Effort = "Aufwand (Tage)", Start = "Beginn", End = "Ende", EndIs = "Ende ist", Owner = "Verantwortlich", ReuseCount = "Nachnutzung (Anzahl)",
            ReuseNames = "Nachnutzung (Kommunen)", Maturity = "Reifegrad", MaturityTarget = "Reifegrad Ziel",
            Before = "Vorher (für Bürgerinnen und Bürger)", After = "Nachher (für Bürgerinnen und Bürger)",
        };

        /// <summary>English.</summary>
        public static ReportTexts English { get; } = new ReportTexts("en")
        {
            None = "not given", Actual = "actual", Forecast = "forecast", Total = "Total", Yes = "yes", No = "no", Running = "running",
            Id = "ID", Service = "Service", Themenfeld = "Themenfeld", Leistungsbuendel = "Leistungsbündel", Status = "Status", Priority = "Priority",
            Effort = "Effort (days)", Start = "Start", End = "End", EndIs = "End is", Owner = "Responsible", ReuseCount = "Reuse (count)",
            ReuseNames = "Reuse (municipalities)", Maturity = "Maturity", MaturityTarget = "Maturity target",
            Before = "Before (for citizens)", After = "After (for citizens)",
        };

        private ReportTexts(string language) => Language = language;

        /// <summary>The texts for <paramref name="language"/> (German unless it is <c>en</c>).</summary>
        public static ReportTexts For(string language) => language == "en" ? English : German;

        /// <summary>The language code.</summary>
        public string Language { get; }

        /// <summary>A missing value.</summary>
        public string None { get; private init; } = "";
        /// <summary>An end that happened.</summary>
        public string Actual { get; private init; } = "";
        /// <summary>An end that is forecast.</summary>
        public string Forecast { get; private init; } = "";
        /// <summary>A sum row.</summary>
        public string Total { get; private init; } = "";
        /// <summary>Yes.</summary>
        public string Yes { get; private init; } = "";
        /// <summary>No.</summary>
        public string No { get; private init; } = "";
        /// <summary>A week that has not ended yet.</summary>
        public string Running { get; private init; } = "";
        /// <summary>Column: service id.</summary>
        public string Id { get; private init; } = "";
        /// <summary>Column: service title.</summary>
        public string Service { get; private init; } = "";
        /// <summary>Column: OZG Themenfeld (an OZG term, kept in German).</summary>
        public string Themenfeld { get; private init; } = "";
        /// <summary>Column: OZG Leistungsbündel (an OZG term, kept in German).</summary>
        public string Leistungsbuendel { get; private init; } = "";
        /// <summary>Column: status.</summary>
        public string Status { get; private init; } = "";
        /// <summary>Column: priority.</summary>
        public string Priority { get; private init; } = "";
        /// <summary>Column: effort.</summary>
        public string Effort { get; private init; } = "";
        /// <summary>Column: start.</summary>
        public string Start { get; private init; } = "";
        /// <summary>Column: end.</summary>
        public string End { get; private init; } = "";
        /// <summary>Column: whether the end is actual or forecast.</summary>
        public string EndIs { get; private init; } = "";
        /// <summary>Column: responsible team.</summary>
        public string Owner { get; private init; } = "";
        /// <summary>Column: number of municipalities reusing the service.</summary>
        public string ReuseCount { get; private init; } = "";
        /// <summary>Column: the municipalities reusing the service.</summary>
        public string ReuseNames { get; private init; } = "";
        /// <summary>Column: current maturity.</summary>
        public string Maturity { get; private init; } = "";
        /// <summary>Column: target maturity.</summary>
        public string MaturityTarget { get; private init; } = "";
        /// <summary>Column: the citizens' experience before.</summary>
        public string Before { get; private init; } = "";
        /// <summary>Column: the citizens' experience after.</summary>
        public string After { get; private init; } = "";

        /// <summary>How reports show a status code; null shows as <see cref="None"/>.</summary>
        public string StatusLabel(string? status) => status == null ? None : Language != "en" ? Vocabulary.StatusLabel(status) : status switch
        {
            "zurueckgestellt" => "deferred",
            "in-planung" => "in planning",
            "offen" => "open",
            "in-bearbeitung" => "in progress",
            "abgeschlossen" => "completed",
            _ => status,
        };

        /// <summary>How reports show a priority code; null shows as <see cref="None"/>.</summary>
        public string PriorityLabel(string? priority) => priority switch
        {
            null => None,
            "sehr-hoch" => Language == "en" ? "very high" : "sehr hoch",
            "hoch" => Language == "en" ? "high" : "hoch",
            "normal" => "normal",
            "niedrig" => Language == "en" ? "low" : "niedrig",
            _ => priority,
        };

        /// <summary>How reports show a municipality type code.</summary>
        public string TypeLabel(string type) => type switch
        {
            "bund" => Language == "en" ? "federal" : "Bund",
            "land" => Language == "en" ? "state" : "Land",
            "kreis" => Language == "en" ? "district" : "Kreis",
            "kreisfreie-stadt" => Language == "en" ? "independent city" : "kreisfreie Stadt",
            "kreisangehoerige-stadt" => Language == "en" ? "district town" : "kreisangehörige Stadt",
            "gemeinde" => Language == "en" ? "municipality" : "Gemeinde",
            _ => type,
        };

        /// <summary>The name of a maturity level in model 1.1; null for model 2.0, whose levels are shown by number only.</summary>
        public string? MaturityLabel(string model, int level)
        {
            if (model != "1.1") return null;
            return level switch
            {
                0 => "offline",
                1 => Language == "en" ? "information online" : "Information online",
                2 => Language == "en" ? "form assistant" : "Formular-Assistent",
                3 => Language == "en" ? "online service" : "Online-Dienst",
                4 => Language == "en" ? "online transaction" : "Online-Transaktion",
                _ => null,
            };
        }
    }
}
