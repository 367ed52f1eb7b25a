using System;
using System.Globalization;

namespace FormFactory.Factory.Export
{
    /// <summary>
    /// Numbers and dates as the exports write them, independent of the machine's culture: dates always ISO 8601
    /// (<c>2026-11-20</c>, which German and English readers and Excel all understand), numbers with the
    /// language's decimal separator (German: comma) and no grouping.
    /// </summary>
    public static class ReportFormat
    {
        /// <summary><c>YYYY-MM-DD</c>.</summary>
        public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary><c>YYYY-MM-DD</c>, or empty.</summary>
        public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

        /// <summary>A number with up to two decimals, trailing zeros dropped.</summary>
        public static string Number(decimal value, string language)
        {
            var text = value.ToString("0.##", CultureInfo.InvariantCulture);
            return language == "en" ? text : text.Replace('.', ',');
        }

        /// <summary>A number, or empty.</summary>
        public static string Number(decimal? value, string language) => value is { } v ? Number(v, language) : "";

        /// <summary>An integer.</summary>
        public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An integer, or empty.</summary>
        public static string Integer(int? value) => value is { } v ? Integer(v) : "";

        /// <summary>A percentage: <c>85 %</c> in German, <c>85%</c> in English.</summary>
        public static string Percent(int percent, string language) => Integer(percent) + (language == "en" ? "%" : " %");
    }
}
