using System;

namespace FormFactory.Runtime
{
    /// <summary><c>today()</c>: the current date in Europe/Berlin, wherever the server runs.</summary>
    public static class BerlinClock
    {
        private static readonly TimeZoneInfo? Berlin = Find();

        /// <summary>Today's date in Berlin at <paramref name="utcNow"/>.</summary>
        public static DateTime Today(DateTime utcNow)
        {
            var local = Berlin == null ? utcNow : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utcNow, DateTimeKind.Utc), Berlin);
            return local.Date;
        }

        /// <summary>Today's date in Berlin now.</summary>
        public static DateTime Today() => Today(DateTime.UtcNow);

        private static TimeZoneInfo? Find()
        {
            foreach (var id in new[] { "Europe/Berlin", "W. Europe Standard Time" })
            {
                try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
                catch (TimeZoneNotFoundException) { }
                catch (InvalidTimeZoneException) { }
            }
            return null;
        }
    }
}
