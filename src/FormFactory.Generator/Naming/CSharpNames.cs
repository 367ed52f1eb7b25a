using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace FormFactory.Generator.Naming
{
    /// <summary>Turns definition ids, codes and labels into C# identifiers that always compile.</summary>
    internal static class CSharpNames
    {
        /// <summary>PascalCase of an id: <c>hundAnmelden</c> → <c>HundAnmelden</c>. Any other text is split into words first.</summary>
        public static string Pascal(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (string word in Words(text))
            {
                sb.Append(char.ToUpperInvariant(word[0]));
                sb.Append(word, 1, word.Length - 1);
            }
            return sb.ToString();
        }

        /// <summary>
        /// The ASCII letter-and-digit runs of <paramref name="text"/>, with German umlauts and ß spelt out and other
        /// accents dropped (<c>Vereinigtes Königreich</c> → <c>Vereinigtes</c>, <c>Koenigreich</c>).
        /// </summary>
        public static IReadOnlyList<string> Words(string text)
        {
            var words = new List<string>();
            var current = new StringBuilder();
            foreach (char c in Transliterate(text))
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) current.Append(c);
                else if (current.Length > 0)
                {
                    words.Add(current.ToString());
                    current.Clear();
                }
            }
            if (current.Length > 0) words.Add(current.ToString());
            return words;
        }

        /// <summary>True when <paramref name="name"/> can be used as written: a valid identifier and no reserved keyword.</summary>
        public static bool IsUsableIdentifier(string name) =>
            SyntaxFacts.IsValidIdentifier(name) && SyntaxFacts.GetKeywordKind(name) == SyntaxKind.None;

        /// <summary>True when <paramref name="name"/> starts like an identifier made of our words (a letter).</summary>
        public static bool StartsWithLetter(string name) =>
            name.Length > 0 && ((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'));

        private static string Transliterate(string text)
        {
            var sb = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                switch (c)
                {
                    case 'ä': sb.Append("ae"); break;
                    case 'ö': sb.Append("oe"); break;
                    case 'ü': sb.Append("ue"); break;
                    case 'Ä': sb.Append("Ae"); break;
                    case 'Ö': sb.Append("Oe"); break;
                    case 'Ü': sb.Append("Ue"); break;
                    case 'ß': sb.Append("ss"); break;
                    default: sb.Append(c); break;
                }
            }
            // Other accented letters lose their accent (é → e); anything else becomes a word break.
            string decomposed = sb.ToString().Normalize(NormalizationForm.FormD);
            sb.Clear();
            foreach (char c in decomposed)
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
            return sb.ToString();
        }
    }
}
