using System.Collections.Generic;

namespace FormFactory.Definitions.Binding
{
    /// <summary>The closed word lists of the format.</summary>
    public static class Vocabulary
    {
        /// <summary>Service statuses, in workflow order.</summary>
        public static readonly IReadOnlyList<string> Statuses = new[] { "zurueckgestellt", "in-planung", "offen", "in-bearbeitung", "abgeschlossen" };

        /// <summary>Priorities, highest first.</summary>
        public static readonly IReadOnlyList<string> Priorities = new[] { "sehr-hoch", "hoch", "normal", "niedrig" };

        /// <summary>Municipality types (relevance, tenant type).</summary>
        public static readonly IReadOnlyList<string> MunicipalityTypes = new[] { "bund", "land", "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" };

        /// <summary>Submission formats.</summary>
        public static readonly IReadOnlyList<string> SubmissionFormats = new[] { "json", "xml" };

        /// <summary>OZG maturity models.</summary>
        public static readonly IReadOnlyList<string> MaturityModels = new[] { "1.1", "2.0" };

        /// <summary>How reports show a status.</summary>
        public static string StatusLabel(string status) => status switch
        {
            "zurueckgestellt" => "zurückgestellt",
            "in-planung" => "in Planung",
            "offen" => "offen",
            "in-bearbeitung" => "in Bearbeitung",
            "abgeschlossen" => "abgeschlossen",
            _ => status,
        };
    }
}
