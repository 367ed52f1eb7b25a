using System;
using System.Globalization;

namespace FormFactory.Runtime
{
    /// <summary>Reads and writes dates in the one form the format uses: <c>YYYY-MM-DD</c>.</summary>
    public static class DateLiterals
    {
        /// <summary>Parses a calendar date written exactly as <c>YYYY-MM-DD</c>.</summary>
        public static bool TryParse(string text, out DateTime date)
        {
            date = default;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            for (int i = 0; i < 10; i++)
                if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
            return DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date) && date.Year >= 1;
        }

        /// <summary>Formats <paramref name="date"/> as <c>YYYY-MM-DD</c>.</summary>
        public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
