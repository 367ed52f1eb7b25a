using System.Collections.Generic;

namespace FormFactory.Synthetic.Ozg
{
    /// <summary>
    /// One of the 14 Themenfelder of the OZG catalog, with subjects its Leistungsbündel are about, the municipality
    /// types its services usually concern, and a relative size (how many services it holds).
    /// </summary>
    public sealed record Themenfeld(string Name, string Team, int Weight, IReadOnlyList<string> Relevance, IReadOnlyList<string> Subjects)
    {
        /// <summary>The 14 Themenfelder, by their real names.</summary>
        public static IReadOnlyList<Themenfeld> All { get; } = new[]
        {
            new Themenfeld("Arbeit & Ruhestand", "Team Arbeit und Soziales", 6, new[] { "bund", "land", "kreis", "kreisfreie-stadt" },
                new[] { "Arbeitslosigkeit", "Rente", "Arbeitsschutz", "Berufsausbildung", "Minijob", "Kurzarbeit", "Schwerbehinderung", "Arbeitnehmerüberlassung" }),
            new Themenfeld("Bauen & Wohnen", "Team Bauen", 10, new[] { "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Bauantrag", "Wohngeld", "Umzug", "Denkmalschutz", "Grundstück", "Vermessung", "Wohnraumförderung", "Abwasser" }),
            new Themenfeld("Bildung", "Team Familie und Bildung", 6, new[] { "land", "kreis", "kreisfreie-stadt" },
                new[] { "Schule", "Studium", "Ausbildungsförderung", "Weiterbildung", "Berufsanerkennung", "Schülerbeförderung", "Volkshochschule", "Bibliothek" }),
            new Themenfeld("Ein- & Auswanderung", "Team Ausländerbehörde", 5, new[] { "bund", "kreis", "kreisfreie-stadt" },
                new[] { "Aufenthaltstitel", "Einbürgerung", "Visum", "Asyl", "Beschäftigungserlaubnis", "Familiennachzug", "Staatsangehörigkeit", "Integrationskurs" }),
            new Themenfeld("Engagement & Hobby", "Team Bürgerdienste", 6, new[] { "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Ehrenamt", "Wahlen", "Jagd", "Fischerei", "Waffenrecht", "Veranstaltungen", "Vereine", "Sportförderung" }),
            new Themenfeld("Familie & Kind", "Team Familie und Bildung", 8, new[] { "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Kinderbetreuung", "Elterngeld", "Kindergeld", "Unterhaltsvorschuss", "Geburt", "Eheschließung", "Pflegekinder", "Jugendhilfe" }),
            new Themenfeld("Forschung & Förderung", "Team Förderung", 4, new[] { "bund", "land" },
                new[] { "Forschungsförderung", "Innovationsförderung", "Kulturförderung", "Stipendien", "Projektförderung", "Patente", "Wirtschaftsförderung", "Digitalisierungsförderung" }),
            new Themenfeld("Gesundheit", "Team Gesundheit", 7, new[] { "land", "kreis", "kreisfreie-stadt" },
                new[] { "Infektionsschutz", "Pflege", "Heilberufe", "Apotheken", "Impfungen", "Trinkwasser", "Bestattung", "Lebensmittelsicherheit" }),
            new Themenfeld("Mobilität & Reisen", "Team Mobilität", 8, new[] { "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Parken", "Fahrerlaubnis", "Fahrzeugzulassung", "Sondernutzung", "Personenbeförderung", "Schwertransport", "Reisepass", "Radverkehr" }),
            new Themenfeld("Querschnittsleistungen", "Team Bürgerdienste", 5, new[] { "bund", "land", "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Akteneinsicht", "Beglaubigung", "Bescheinigungen", "Widerspruch", "Informationszugang", "Gebührenerstattung", "Vollmachten", "Datenschutzauskunft" }),
            new Themenfeld("Recht & Ordnung", "Team Ordnung", 9, new[] { "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Meldewesen", "Ausweise", "Fundsachen", "Gewerbeaufsicht", "Versammlungen", "Ordnungswidrigkeiten", "Lärmschutz", "Hundehaltung" }),
            new Themenfeld("Steuern & Zoll", "Team Steuern", 6, new[] { "bund", "land", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Grundsteuer", "Hundesteuer", "Gewerbesteuer", "Zweitwohnungsteuer", "Vergnügungsteuer", "Steuerstundung", "Zoll", "Kraftfahrzeugsteuer" }),
            new Themenfeld("Umwelt", "Team Umwelt", 8, new[] { "land", "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Abfall", "Baumschutz", "Naturschutz", "Gewässer", "Immissionsschutz", "Bodenschutz", "Tierschutz", "Klimaschutz" }),
            new Themenfeld("Unternehmensführung & -entwicklung", "Team Wirtschaft", 12, new[] { "land", "kreis", "kreisfreie-stadt", "kreisangehoerige-stadt", "gemeinde" },
                new[] { "Gewerbe", "Gaststätten", "Handwerk", "Vergabe", "Handelsregister", "Märkte", "Ausschreibungen", "Unternehmensgründung" }),
        };
    }
}
