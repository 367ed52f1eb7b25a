namespace FormFactory.Runtime.Matching
{
    /// <summary>Why a pattern is not in the pattern dialect, and where.</summary>
    /// <param name="Index">Where the construct starts in the pattern (UTF-16 index).</param>
    /// <param name="Length">How long the construct is.</param>
    /// <param name="Construct">The construct as written, e.g. <c>(?&lt;=</c>.</param>
    /// <param name="Advice">What to write instead.</param>
    /// <param name="IsSyntaxError">True when no engine could read it (an unclosed group), false when it is outside the dialect.</param>
    public sealed record PatternProblem(int Index, int Length, string Construct, string Advice, bool IsSyntaxError);
}
