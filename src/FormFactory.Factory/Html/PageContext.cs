using FormFactory.Factory.Export;

namespace FormFactory.Factory.Html
{
    /// <summary>What every section of the page needs: the report, its fixed words and sentences, and number formatting.</summary>
    internal sealed class PageContext
    {
        public PageContext(FactoryReport report)
        {
            Report = report;
            Language = report.Language == "en" ? "en" : "de";
            Texts = ReportTexts.For(Language);
            Phrases = new ReportPhrases(Language);
        }

        public FactoryReport Report { get; }

        public string Language { get; }

        public ReportTexts Texts { get; }

        public ReportPhrases Phrases { get; }

        public bool En => Language == "en";

        public string L(string de, string en) => En ? en : de;

        public string N(decimal? value) => ReportFormat.Number(value, Language);

        public static string I(int? value) => ReportFormat.Integer(value);
    }
}
