using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FormFactory.Fim.Mapping
{
    /// <summary>What a translatable rule does to its targets.</summary>
    internal enum RuleEffect
    {
        /// <summary>"… dann soll F… zum Pflichtfeld werden": <c>requiredWhen</c>.</summary>
        RequiredWhen,
        /// <summary>"… ist nur dann zu befüllen, wenn …": <c>visibleWhen</c>.</summary>
        VisibleWhen,
    }

    /// <summary>How the condition field is tested.</summary>
    internal enum ConditionTest
    {
        /// <summary>"der Wert X angegeben wurde".</summary>
        Equals,
        /// <summary>"nicht der Wert X angegeben wurde".</summary>
        NotEquals,
        /// <summary>"bejaht wurde".</summary>
        Affirmed,
        /// <summary>"verneint wurde".</summary>
        Denied,
    }

    /// <summary>A rule understood: which fields it affects, and the condition on which field.</summary>
    /// <param name="Effect">requiredWhen or visibleWhen.</param>
    /// <param name="Targets">The FIM ids of the affected fields or groups.</param>
    /// <param name="Condition">The FIM id of the field the condition reads.</param>
    /// <param name="Test">How it is tested.</param>
    /// <param name="Value">The value compared with; null for the empty value (<c>""</c>).</param>
    internal sealed record RuleIntent(RuleEffect Effect, IReadOnlyList<string> Targets, string Condition, ConditionTest Test, string? Value);

    /// <summary>
    /// Reads the two sentence forms FIM editors write rules in (the script of such rules is usually empty):
    /// "Wenn im Datenfeld F1 [nicht] der Wert X angegeben wurde, dann soll F2 zum Pflichtfeld werden." and
    /// "\"F1 …\"[, \"F2 …\" und \"F3 …\"] ist/sind nur dann zu befüllen, wenn \"F4 …\" bejaht/verneint wurde."
    /// Anything else is kept as text only.
    /// </summary>
    internal static class RuleSentence
    {
        private static readonly Regex Required = new(
            @"^Wenn im Datenfeld (?<c>F\d+)(?: ""[^""]*"")? (?<not>nicht )?(?:der|den) Wert (?<v>""[^""]*""|'[^']*'|\S+) (?:angegeben|ausgewählt|eingetragen|gewählt) wurde, (?:dann )?(?:soll|sollen|muss|müssen|wird|werden) (?<t>[FG]\d+(?:(?:, | und )[FG]\d+)*) (?:zum|zu) Pflichtfeld(?:ern)? werden\.?$",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        private static readonly Regex OnlyWhen = new(
            @"^(?<t>.+?) (?:ist|sind) nur dann zu befüllen, wenn (?<c>.+?) (?<how>bejaht|verneint) wurde\.?$",
            RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        private static readonly Regex FieldId = new(@"\b[FG]\d{5,}\b", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        /// <summary>The rule's meaning, or null when the text is none of the known forms.</summary>
        public static RuleIntent? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            string t = Normalize(text!);
            var m = Required.Match(t);
            if (m.Success)
            {
                string v = m.Groups["v"].Value;
                string? value = v.Length >= 2 && (v[0] == '"' || v[0] == '\'') ? v.Substring(1, v.Length - 2) : v;
                if (value.Length == 0) value = null;
                var targets = FieldId.Matches(m.Groups["t"].Value).Select(x => x.Value).ToList();
                return new RuleIntent(RuleEffect.RequiredWhen, targets, m.Groups["c"].Value,
                    m.Groups["not"].Success ? ConditionTest.NotEquals : ConditionTest.Equals, value);
            }
            m = OnlyWhen.Match(t);
            if (m.Success)
            {
                var targets = FieldId.Matches(m.Groups["t"].Value).Select(x => x.Value).ToList();
                var conditions = FieldId.Matches(m.Groups["c"].Value).Select(x => x.Value).ToList();
                if (targets.Count == 0 || conditions.Count != 1) return null;
                return new RuleIntent(RuleEffect.VisibleWhen, targets, conditions[0],
                    m.Groups["how"].Value == "bejaht" ? ConditionTest.Affirmed : ConditionTest.Denied, null);
            }
            return null;
        }

        private static string Normalize(string text)
        {
            string quotes = text.Replace('„', '"').Replace('“', '"').Replace('”', '"').Replace('‚', '\'').Replace('‘', '\'').Replace('’', '\'');
            return string.Join(" ", quotes.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
