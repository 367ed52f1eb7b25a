using System.Globalization;

namespace FormFactory.Runtime
{
    /// <summary>Pieces of error paths (<c>hunde[1].name</c>) that generated validators would otherwise build anew for every error.</summary>
    public static class ErrorPaths
    {
        // Repeated groups rarely have more entries; beyond these the text is built.
        private static readonly string[] SmallIndexes = MakeSmallIndexes(64);

        /// <summary>The index part of an entry's path: <c>[0]</c> for <paramref name="index"/> 0.</summary>
        public static string Index(int index) =>
            index >= 0 && index < SmallIndexes.Length ? SmallIndexes[index] : "[" + index.ToString(CultureInfo.InvariantCulture) + "]";

        private static string[] MakeSmallIndexes(int count)
        {
            var texts = new string[count];
            for (int i = 0; i < count; i++) texts[i] = "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            return texts;
        }
    }
}
