using System.Collections.Generic;
using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Naming
{
    /// <summary>
    /// Readable enum member names for the codes of a code list. A code that reads as a word is used as it is
    /// (<c>american-staffordshire-terrier</c> → <c>AmericanStaffordshireTerrier</c>); a numeric code takes its short
    /// German label (<c>000</c> "Deutschland" → <c>Deutschland</c>), else <c>Code</c> and the code (<c>06</c> → <c>Code06</c>).
    /// </summary>
    internal static class CodeMemberNames
    {
        private const int MaxLabelWords = 4;
        private const int MaxLabelLength = 40;

        /// <summary>One name per value, in order, unique within the enum.</summary>
        public static IReadOnlyList<string> For(string enumName, IReadOnlyList<CodeValue> values)
        {
            // value__ is the compiler's own field of every enum.
            var scope = new NameScope(new[] { enumName, "value__" });
            var names = new List<string>(values.Count);
            foreach (var value in values) names.Add(scope.Claim(Wanted(value), "Code"));
            return names;
        }

        private static string Wanted(CodeValue value)
        {
            string fromCode = CSharpNames.Pascal(value.Code);
            if (CSharpNames.StartsWithLetter(fromCode)) return fromCode;
            var words = CSharpNames.Words(value.Label.De);
            string fromLabel = CSharpNames.Pascal(value.Label.De);
            if (words.Count <= MaxLabelWords && fromLabel.Length <= MaxLabelLength && CSharpNames.StartsWithLetter(fromLabel)) return fromLabel;
            return fromCode;
        }
    }
}
