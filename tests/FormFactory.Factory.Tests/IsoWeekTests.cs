using System;
using System.Linq;
using FormFactory.Factory.Calendar;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    public class IsoWeekTests
    {
        [Theory]
        [InlineData("2026-12-31", 2026, 53)] // Thursday: 2026 begins on a Thursday, so it has 53 weeks
        [InlineData("2027-01-01", 2026, 53)] // Friday of the same week: New Year's Day belongs to the old year's week 53
        [InlineData("2027-01-03", 2026, 53)] // Sunday, still 2026-W53
        [InlineData("2027-01-04", 2027, 1)]  // Monday
        [InlineData("2026-01-01", 2026, 1)]  // Thursday, so the week is 2026's first
        [InlineData("2025-12-29", 2026, 1)]  // Monday of that week lies in the old calendar year
        [InlineData("2025-12-28", 2025, 52)]
        [InlineData("2021-01-03", 2020, 53)]
        [InlineData("2024-12-30", 2025, 1)]
        [InlineData("2026-11-20", 2026, 47)]
        public void DateFallsInItsIsoWeek(string date, int year, int week) =>
            Assert.Equal(new IsoWeek(year, week), IsoWeek.Of(Day(date)));

        [Theory]
        [InlineData(2026, 53)]
        [InlineData(2027, 52)]
        [InlineData(2020, 53)]
        [InlineData(2025, 52)]
        public void YearHasFiftyTwoOrFiftyThreeWeeks(int year, int weeks) => Assert.Equal(weeks, IsoWeek.WeeksInYear(year));

        [Fact]
        public void WeekFiftyThreeSpansTheYearBoundary()
        {
            var w = new IsoWeek(2026, 53);
            Assert.Equal(Day("2026-12-28"), w.Monday);
            Assert.Equal(Day("2027-01-03"), w.Sunday);
        }

        [Fact]
        public void AddingWeeksCrossesIntoTheNextYearAfterWeekFiftyThree()
        {
            var w = new IsoWeek(2026, 52);
            Assert.Equal(new IsoWeek(2026, 53), w.AddWeeks(1));
            Assert.Equal(new IsoWeek(2027, 1), w.AddWeeks(2));
            Assert.Equal(new IsoWeek(2026, 52), new IsoWeek(2027, 1).AddWeeks(-2));
        }

        [Fact]
        public void WeeksBetweenCountsAcrossYears() =>
            Assert.Equal(6, IsoWeek.WeeksBetween(new IsoWeek(2026, 47), new IsoWeek(2026, 53)));

        [Fact]
        public void RangeIncludesBothEndsAndWeekFiftyThree()
        {
            var weeks = IsoWeek.Range(new IsoWeek(2026, 52), new IsoWeek(2027, 2)).Select(w => w.ToString()).ToArray();
            Assert.Equal(new[] { "2026-W52", "2026-W53", "2027-W01", "2027-W02" }, weeks);
        }

        [Fact]
        public void RangeIsEmptyWhenLastIsBeforeFirst() =>
            Assert.Empty(IsoWeek.Range(new IsoWeek(2026, 5), new IsoWeek(2026, 4)));

        [Fact]
        public void YearWithoutWeekFiftyThreeRejectsIt() =>
            Assert.Throws<ArgumentOutOfRangeException>(() => new IsoWeek(2027, 53));

        [Fact]
        public void PrintsIsoNotation() => Assert.Equal("2026-W05", new IsoWeek(2026, 5).ToString());

        [Fact]
        public void OrdersByYearThenWeek()
        {
            Assert.True(new IsoWeek(2026, 53) < new IsoWeek(2027, 1));
            Assert.True(new IsoWeek(2026, 2) > new IsoWeek(2025, 52));
        }
    }
}
