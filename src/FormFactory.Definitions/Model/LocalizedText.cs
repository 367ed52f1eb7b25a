using System.Collections.Generic;

namespace FormFactory.Definitions.Model
{
    /// <summary>A text a citizen reads, in German and optionally other languages. Plain text, never markup.</summary>
    /// <param name="Translations">Language code and text pairs, German first, the rest ordered by code.</param>
    public sealed record LocalizedText(EquatableArray<KeyValuePair<string, string>> Translations)
    {
        /// <summary>A German-only text.</summary>
        public static LocalizedText German(string text) => new(EquatableArray.Of(new KeyValuePair<string, string>("de", text)));

        /// <summary>The German text (always present).</summary>
        public string De => Translations[0].Value;

        /// <summary>The text in <paramref name="language"/>, or null if the definition has none.</summary>
        public string? TryGet(string language)
        {
            foreach (var t in Translations)
                if (t.Key == language) return t.Value;
            return null;
        }

        /// <summary>The text in <paramref name="language"/>, falling back to German.</summary>
        public string Get(string language) => TryGet(language) ?? De;

        /// <summary>The languages this text has.</summary>
        public IEnumerable<string> Languages
        {
            get
            {
                foreach (var t in Translations) yield return t.Key;
            }
        }

        /// <inheritdoc />
        public override string ToString() => De;
    }
}
