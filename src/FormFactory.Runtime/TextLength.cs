namespace FormFactory.Runtime
{
    /// <summary>Text length as citizens count it: Unicode code points, not UTF-16 units.</summary>
    public static class TextLength
    {
        /// <summary>The number of code points in <paramref name="s"/> (a surrogate pair counts once).</summary>
        public static int CodePoints(string s)
        {
            int count = 0;
            for (int i = 0; i < s.Length; i++)
            {
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
                count++;
            }
            return count;
        }
    }
}
