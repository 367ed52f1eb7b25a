namespace FormFactory.Factory.Tables
{
    /// <summary>How many services have a value (a status or priority code); <paramref name="Key"/> null counts those without one.</summary>
    public sealed record CountRow(string? Key, int Count);
}
