using System;
using FormFactory.Definitions.Model;

namespace FormFactory.Factory.Tables
{
    /// <summary>One service in the status table a council asks for. Texts are in the report's language.</summary>
    /// <param name="ServiceId">The service id.</param>
    /// <param name="Title">The service's title.</param>
    /// <param name="Themenfeld">The OZG Themenfeld.</param>
    /// <param name="Leistungsbuendel">The OZG Leistungsbündel.</param>
    /// <param name="Status">The status code on the as-of day.</param>
    /// <param name="Priority">The priority code.</param>
    /// <param name="EffortDays">The estimated effort in person days.</param>
    /// <param name="Start">The start (see <see cref="Timeline.ServiceTimeline.Start"/>).</param>
    /// <param name="End">The actual end when completed, else the forecast end (see <see cref="Forecasting.ForecastSchedule"/>), else null.</param>
    /// <param name="EndIsForecast">True when <paramref name="End"/> is a forecast.</param>
    /// <param name="Owner">The responsible team.</param>
    /// <param name="Reuse">The municipalities that reuse the service, by name (their id when the catalog does not know them).</param>
    /// <param name="Maturity">The current OZG maturity level.</param>
    /// <param name="MaturityTarget">The target maturity level.</param>
    /// <param name="ImpactBefore">For <c>hoch</c> and <c>sehr-hoch</c> services: how citizens are served today.</param>
    /// <param name="ImpactAfter">For <c>hoch</c> and <c>sehr-hoch</c> services: how they will be served.</param>
    public sealed record StatusRow(string ServiceId, string Title, string? Themenfeld, string? Leistungsbuendel, string? Status, string? Priority,
        decimal? EffortDays, DateOnly? Start, DateOnly? End, bool EndIsForecast, string? Owner, EquatableArray<string> Reuse,
        int? Maturity, int? MaturityTarget, string? ImpactBefore, string? ImpactAfter);
}
