using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Turns FIM names into definition ids (camelCase, <c>^[a-z][a-zA-Z0-9]*$</c>): umlauts spelt out, parentheses and
    /// filler words dropped, cut at a word boundary. "Tag (ohne Monat und Jahr)" becomes <c>tag</c>,
    /// "Anschrift Inland Straßenanschrift" <c>anschriftInlandStrassenanschrift</c>.
    /// </summary>
    internal static class IdNamer
    {
        /// <summary>Ids longer than this are cut after a whole word.</summary>
        public const int MaxLength = 40;

        private static readonly HashSet<string> FillerWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
            "und", "oder", "über", "ueber", "für", "fuer", "mit", "von", "vom", "zu", "zur", "zum",
            "bei", "nach", "in", "im", "am", "an", "auf", "aus", "bzw", "ggf", "sowie", "als", "i", "s", "v", "z", "b",
        };

        /// <summary>The id for <paramref name="text"/>, or <paramref name="fallback"/> (made an id) when nothing is left.</summary>
        public static string FromText(string? text, string fallback)
        {
            string id = Build(text ?? "");
            if (id.Length == 0) id = Build(fallback);
            return id.Length == 0 ? "element" : id;
        }

        private static string Build(string text)
        {
            string withoutParentheses = RemoveParentheses(text);
            var words = Words(withoutParentheses.Trim().Length > 0 ? withoutParentheses : text);
            var meaningful = words.Where(w => !FillerWords.Contains(w)).ToList();
            if (meaningful.Count > 0) words = meaningful;
            var id = new StringBuilder();
            foreach (var word in words)
            {
                // "ZeileAnschrift" keeps its inner capital; "EU" and "Telefon" are read as words.
                string rest = IsMixedCase(word) ? word.Substring(1) : word.Substring(1).ToLowerInvariant();
                string part = (id.Length == 0 ? char.ToLowerInvariant(word[0]) : char.ToUpperInvariant(word[0])) + rest;
                if (id.Length > 0 && id.Length + part.Length > MaxLength) break;
                id.Append(part);
            }
            if (id.Length > MaxLength) id.Length = MaxLength;
            if (id.Length > 0 && char.IsDigit(id[0])) id.Insert(0, 'n');
            return id.ToString();
        }

        private static bool IsMixedCase(string word)
        {
            bool lower = false, upperAfterFirst = false;
            for (int i = 0; i < word.Length; i++)
            {
                if (char.IsLower(word[i])) lower = true;
                else if (i > 0 && char.IsUpper(word[i])) upperAfterFirst = true;
            }
            return lower && upperAfterFirst;
        }

        private static string RemoveParentheses(string text)
        {
            var result = new StringBuilder();
            int depth = 0;
            foreach (char c in text)
            {
                if (c == '(' || c == '[') depth++;
                else if ((c == ')' || c == ']') && depth > 0) depth--;
                else if (depth == 0) result.Append(c);
            }
            return result.ToString();
        }

        private static List<string> Words(string text)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (char c in Transliterate(text))
            {
                if (c < 128 && char.IsLetterOrDigit(c)) current.Append(c);
                else if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            if (current.Length > 0) words.Add(current.ToString());
            return words;
        }

        /// <summary>Umlauts and ß spelt out as in German ids; other accents dropped.</summary>
        private static string Transliterate(string text)
        {
            var spelt = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case 'ä': spelt.Append("ae"); break;
                    case 'ö': spelt.Append("oe"); break;
                    case 'ü': spelt.Append("ue"); break;
                    case 'Ä': spelt.Append("Ae"); break;
                    case 'Ö': spelt.Append("Oe"); break;
                    case 'Ü': spelt.Append("Ue"); break;
                    case 'ß': spelt.Append("ss"); break;
                    default: spelt.Append(c); break;
                }
            }
            var decomposed = spelt.ToString().Normalize(NormalizationForm.FormD);
            var plain = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
            return plain.ToString();
        }
    }
}
