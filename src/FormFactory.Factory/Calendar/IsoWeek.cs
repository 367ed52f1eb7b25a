using System;
using System.Collections.Generic;
using System.Globalization;

namespace FormFactory.Factory.Calendar
{
    /// <summary>
    /// An ISO 8601 week: weeks start on Monday, and week 1 is the week that holds the year's first Thursday. So the
    /// week-based year can differ from the calendar year near New Year: 2027-01-01 (a Friday) is in 2026-W53.
    /// Every day of the calendar (0001-01-01 to 9999-12-31) has its week; the last, 9999-W52, runs past the calendar's
    /// end (its Sunday would be in the year 10000), so its <see cref="Sunday"/> is 9999-12-31 and no week follows it.
    /// </summary>
    public readonly struct IsoWeek : IEquatable<IsoWeek>, IComparable<IsoWeek>
    {
        /// <summary>The week <paramref name="week"/> of the ISO week-based year <paramref name="year"/>.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The year has no such week.</exception>
        public IsoWeek(int year, int week)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException(nameof(year));
            if (week < 1 || week > ISOWeek.GetWeeksInYear(year)) throw new ArgumentOutOfRangeException(nameof(week), $"{year} has {ISOWeek.GetWeeksInYear(year)} ISO weeks.");
            Year = year;
            Week = week;
        }

        /// <summary>The ISO week-based year (not always the calendar year of every day in the week).</summary>
        public int Year { get; }

        /// <summary>The week number, 1 to 52 or 53.</summary>
        public int Week { get; }

        /// <summary>The week that holds <paramref name="date"/>.</summary>
        public static IsoWeek Of(DateOnly date)
        {
            var d = date.ToDateTime(TimeOnly.MinValue);
            return new IsoWeek(ISOWeek.GetYear(d), ISOWeek.GetWeekOfYear(d));
        }

        /// <summary>The number of ISO weeks (52 or 53) in the week-based year <paramref name="year"/>.</summary>
        public static int WeeksInYear(int year) => ISOWeek.GetWeeksInYear(year);

        /// <summary>The week's first day.</summary>
        public DateOnly Monday => DateOnly.FromDateTime(ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday));

        /// <summary>The week's last day: its Sunday, or 9999-12-31 for the calendar's last week, which ends before its Sunday.</summary>
        public DateOnly Sunday => Monday.DayNumber + 6 > DateOnly.MaxValue.DayNumber ? DateOnly.MaxValue : Monday.AddDays(6);

        /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative).</summary>
        /// <exception cref="ArgumentOutOfRangeException">That week lies outside the calendar; see <see cref="TryAddWeeks"/>.</exception>
        public IsoWeek AddWeeks(int weeks) => TryAddWeeks(weeks, out var week) ? week
            : throw new ArgumentOutOfRangeException(nameof(weeks), $"{weeks} weeks from {this} lie outside the calendar (0001-01-01 to 9999-12-31).");

        /// <summary>The week <paramref name="weeks"/> weeks later (earlier when negative); false when it lies outside the calendar.</summary>
        public bool TryAddWeeks(int weeks, out IsoWeek week)
        {
            long day = Monday.DayNumber + 7L * weeks;
            week = default;
            if (day < DateOnly.MinValue.DayNumber || day > DateOnly.MaxValue.DayNumber) return false;
            week = Of(DateOnly.FromDayNumber((int)day));
            return true;
        }

        /// <summary>How many weeks <paramref name="to"/> lies after <paramref name="from"/> (negative when before).</summary>
        public static int WeeksBetween(IsoWeek from, IsoWeek to) => (to.Monday.DayNumber - from.Monday.DayNumber) / 7;

        /// <summary>Every week from <paramref name="first"/> to <paramref name="last"/>, both included; none when last is before first.</summary>
        public static IEnumerable<IsoWeek> Range(IsoWeek first, IsoWeek last)
        {
            for (var w = first; w.CompareTo(last) <= 0; )
            {
                yield return w;
                if (!w.TryAddWeeks(1, out w)) yield break;
            }
        }

        /// <inheritdoc />
        public int CompareTo(IsoWeek other) => Year != other.Year ? Year.CompareTo(other.Year) : Week.CompareTo(other.Week);

        /// <inheritdoc />
        public bool Equals(IsoWeek other) => Year == other.Year && Week == other.Week;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is IsoWeek other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode() => Year * 64 + Week;

        /// <summary>The ISO 8601 week notation, e.g. <c>2026-W05</c>.</summary>
        public override string ToString() =>
            Year.ToString("D4", CultureInfo.InvariantCulture) + "-W" + Week.ToString("D2", CultureInfo.InvariantCulture);

        /// <summary>Equal weeks.</summary>
        public static bool operator ==(IsoWeek left, IsoWeek right) => left.Equals(right);

        /// <summary>Different weeks.</summary>
        public static bool operator !=(IsoWeek left, IsoWeek right) => !left.Equals(right);

        /// <summary>Earlier week.</summary>
        public static bool operator <(IsoWeek left, IsoWeek right) => left.CompareTo(right) < 0;

        /// <summary>Later week.</summary>
        public static bool operator >(IsoWeek left, IsoWeek right) => left.CompareTo(right) > 0;

        /// <summary>Earlier or the same week.</summary>
        public static bool operator <=(IsoWeek left, IsoWeek right) => left.CompareTo(right) <= 0;

        /// <summary>Later or the same week.</summary>
        public static bool operator >=(IsoWeek left, IsoWeek right) => left.CompareTo(right) >= 0;
    }
}
