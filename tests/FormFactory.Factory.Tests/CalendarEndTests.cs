using System;
using System.Linq;
using FormFactory.Factory.Calendar;
using FormFactory.Factory.Export;
using FormFactory.Factory.Html;
using FormFactory.Factory.Tests.Support;
using static FormFactory.Factory.Tests.Support.Histories;

namespace FormFactory.Factory.Tests
{
    /// <summary>
    /// Every valid date works as an as-of day, deadline, start or history date, up to 9999-12-31 (a Friday, whose ISO
    /// week ends in a year the calendar does not have): no exception, and where a computation would leave the
    /// calendar (a forecast finishing after 9999), the report says so in words.
    /// </summary>
    public class CalendarEndTests
    {
        private static TinyCatalog LastYear() => new TinyCatalog()
            .Factory("{ \"name\": \"Endfabrik\", \"targetPerWeek\": 1, \"start\": \"9999-11-01\" }")
            .Service("eins", "{ \"status\": \"abgeschlossen\", \"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"9999-11-01\" }, { \"status\": \"abgeschlossen\", \"on\": \"9999-11-10\" } ] }")
            .Service("zwei", "{ \"status\": \"abgeschlossen\", \"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"9999-11-02\" }, { \"status\": \"abgeschlossen\", \"on\": \"9999-12-31\" } ] }")
            .Service("drei", "{ \"status\": \"in-planung\", \"priority\": \"hoch\", \"history\": [ { \"status\": \"in-planung\", \"on\": \"9999-11-01\" } ] }")
            .Service("vier", "{ \"status\": \"in-bearbeitung\", \"history\": [ { \"status\": \"in-bearbeitung\", \"on\": \"9999-12-30\" } ] }")
            .Service("fuenf", "{ \"status\": \"in-planung\" }")
            .Tenant("stadt", "gemeinde", "eins", "drei");

        [Theory]
        [InlineData("9999-12-31", null, "de")]
        [InlineData("9999-12-31", "9999-12-31", "en")]
        [InlineData("9999-12-27", null, "de")]
        [InlineData("9999-12-26", "9999-12-31", "en")]
        [InlineData("9999-11-15", "9999-11-20", "de")]
        [InlineData("9999-12-31", "0001-01-01", "de")]
        public void AReportAtTheEndOfTheCalendarIsWrittenInEveryFormat(string asOf, string? deadline, string language)
        {
            var report = FactoryReportBuilder.Build(LastYear().Bind(), new ReportOptions
            {
                AsOf = Day(asOf), Deadline = deadline == null ? null : Day(deadline), Language = language, Runs = 200,
            });
            Assert.NotEmpty(HtmlReport.Write(report));
            Assert.NotEmpty(StatusTableCsv.Write(report));
            string md = MarkdownSummary.Write(report);
            // The backlog cannot be done in the weeks the calendar has left: the forecast says so instead of a date.
            if (asOf == "9999-12-31")
                Assert.Contains(language == "en" ? "after 9999-12-31, the end of the calendar" : "nach dem 9999-12-31, dem Ende des Kalenders", md);
        }

        [Fact]
        public void AReportOnTheCalendarsFirstDayIsWritten()
        {
            var report = FactoryReportBuilder.Build(new TinyCatalog().Factory("{ \"name\": \"Anfang\", \"start\": \"0001-01-01\" }")
                .Service("eins", "{ \"status\": \"in-planung\", \"history\": [ { \"status\": \"in-planung\", \"on\": \"0001-01-01\" } ] }").Bind(),
                new ReportOptions { AsOf = Day("0001-01-01"), Runs = 10 });
            Assert.NotEmpty(MarkdownSummary.Write(report));
        }

        [Fact]
        public void TheLastIsoWeekOfTheCalendarEndsOnItsLastDay()
        {
            var last = IsoWeek.Of(DateOnly.MaxValue);
            Assert.Equal(new IsoWeek(9999, 52), last);
            Assert.Equal(new DateOnly(9999, 12, 27), last.Monday);
            Assert.Equal(DateOnly.MaxValue, last.Sunday);
            Assert.False(last.TryAddWeeks(1, out _));
            Assert.True(last.TryAddWeeks(-1, out var before));
            Assert.Equal(new IsoWeek(9999, 51), before);
            Assert.Equal(new[] { new IsoWeek(9999, 51), last }, IsoWeek.Range(before, last).ToArray());
        }
    }
}
