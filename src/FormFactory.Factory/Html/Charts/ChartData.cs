using System.Collections.Generic;

namespace FormFactory.Factory.Html.Charts
{
    /// <summary>How a series is drawn.</summary>
    public enum SeriesKind
    {
        /// <summary>One bar per category; two bar series stand side by side.</summary>
        Bars,
        /// <summary>A line through the categories' centres.</summary>
        Line,
    }

    /// <summary>
    /// One series of values, one per category. <paramref name="Style"/> 0 or 1 picks how it looks (solid or
    /// hatched bars, solid or dashed line): the two differ in pattern, not only in colour.
    /// </summary>
    public sealed record ChartSeries(string Name, SeriesKind Kind, IReadOnlyList<decimal> Values, int Style = 0);

    /// <summary>A constant line across the chart, such as the weekly target.</summary>
    public sealed record ChartReference(string Name, decimal Value);

    /// <summary>
    /// A chart over categories (weeks, day ranges, levels) and the texts that make it accessible: its title, a
    /// description that states what it shows in words, axis titles, and the caption of the table that holds the same values.
    /// </summary>
    /// <param name="Id">A page-unique id prefix.</param>
    /// <param name="Title">The visible caption and the SVG title.</param>
    /// <param name="Description">What the chart shows, in words (SVG desc).</param>
    /// <param name="XAxis">The category axis' title.</param>
    /// <param name="YAxis">The value axis' title.</param>
    /// <param name="Categories">The category labels, left to right.</param>
    /// <param name="Series">The series.</param>
    /// <param name="Reference">An optional constant line.</param>
    public sealed record ChartData(string Id, string Title, string Description, string XAxis, string YAxis,
        IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, ChartReference? Reference = null);
}
