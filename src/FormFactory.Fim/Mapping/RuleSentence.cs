using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace FormFactory.Fim.Mapping
{
    /// <summary>What a translatable rule does to its targets.</summary>
    internal enum RuleEffect
    {
        /// <summary>"… dann soll F… zum Pflichtfeld werden", "… dann muss F… befüllt sein": <c>requiredWhen</c>.</summary>
        RequiredWhen,
        /// <summary>"… ist nur dann zu befüllen, wenn …", "… DANN aktiviere F…": <c>visibleWhen</c>.</summary>
        VisibleWhen,
    }

    /// <summary>How the condition field is tested.</summary>
    internal enum ConditionTest
    {
        /// <summary>Holds one of the values ("der Wert X angegeben wurde", "= X ODER = Y").</summary>
        In,
        /// <summary>Holds none of the values ("nicht der Wert X", "&lt;&gt; X UND &lt;&gt; Y").</summary>
        NotIn,
        /// <summary>Is empty (<c>der Wert ""</c>, "leer").</summary>
        Empty,
        /// <summary>Is not empty (<c>nicht der Wert ""</c>, "nicht leer").</summary>
        NotEmpty,
        /// <summary>"bejaht wurde".</summary>
        Affirmed,
        /// <summary>"verneint wurde".</summary>
        Denied,
    }

    /// <summary>A condition on one field.</summary>
    /// <param name="Field">The FIM id of the field read.</param>
    /// <param name="Test">How it is tested.</param>
    /// <param name="Values">The values of <see cref="ConditionTest.In"/> and <see cref="ConditionTest.NotIn"/>.</param>
    internal sealed record RuleCondition(string Field, ConditionTest Test, IReadOnlyList<string> Values)
    {
        /// <summary>True when <paramref name="other"/> holds exactly when this does not.</summary>
        public bool IsComplementOf(RuleCondition other)
        {
            if (Field != other.Field) return false;
            bool sameValues = Values.OrderBy(v => v, System.StringComparer.Ordinal).SequenceEqual(other.Values.OrderBy(v => v, System.StringComparer.Ordinal));
            return (Test, other.Test) switch
            {
                (ConditionTest.In, ConditionTest.NotIn) or (ConditionTest.NotIn, ConditionTest.In) => sameValues,
                (ConditionTest.Empty, ConditionTest.NotEmpty) or (ConditionTest.NotEmpty, ConditionTest.Empty) => true,
                (ConditionTest.Affirmed, ConditionTest.Denied) or (ConditionTest.Denied, ConditionTest.Affirmed) => true,
                _ => false,
            };
        }
    }

    /// <summary>A rule understood: which fields it affects, how, and on which condition.</summary>
    /// <param name="Effects">requiredWhen, visibleWhen or both.</param>
    /// <param name="Targets">The FIM ids of the affected fields or groups.</param>
    /// <param name="Condition">The condition.</param>
    internal sealed record RuleIntent(IReadOnlyList<RuleEffect> Effects, IReadOnlyList<string> Targets, RuleCondition Condition);

    /// <summary>
    /// Reads the sentence forms FIM editors write rules in (their script is usually empty):
    /// "Wenn im Datenfeld F1 [nicht] der Wert X angegeben wurde, dann soll F2 zum Pflichtfeld werden.",
    /// "Wenn das Feld F1 "…" = 002 "…" ODER = 004 "…", dann muss das Datenfeld F2 "…" befüllt sein." (with its
    /// complement "Wenn … &lt;&gt; 002 … UND &lt;&gt; 004 …, dann darf … nicht befüllt sein.", which makes F2 visible only then),
    /// "WENN F1 'Status' = 001 'schwanger', DANN aktiviere F2 'Termin' UND mache es zu einer Pflichtangabe.",
    /// "Wenn F1 "…" nicht leer, dann muss F2 "…" befüllt werden." and
    /// "\"F2 …\"[, \"F3 …\" und \"F4 …\"] ist/sind nur dann zu befüllen, wenn \"F1 …\" bejaht/verneint wurde."
    /// Anything else is kept as text only.
    /// </summary>
    internal static class RuleSentence
    {
        private static readonly System.TimeSpan Limit = System.TimeSpan.FromSeconds(1);
        private const string Quoted = @"(?:""[^""]*""|'[^']*')";

        private static readonly Regex Sentence = new(
            @"^Wenn\s+(?:im\s+Datenfeld\s+|das\s+Datenfeld\s+|das\s+Feld\s+|der\s+Wert\s+(?:von|in)\s+)?(?<c>F\d+)(?:\s+" + Quoted + @")?\s*(?<test>.+?),?\s+dann\s+(?<effect>.+?)\.?$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);

        private static readonly Regex ValueTest = new(
            @"^(?<not>nicht\s+)?(?:der|den)\s+Wert\s+(?<v>""[^""]*""|'[^']*'|[^\s,]+)(?:\s+" + Quoted + @")?\s+(?:angegeben|ausgewählt|eingetragen|gewählt)\s+wurde$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);

        private static readonly Regex Comparisons = new(
            @"^(?<op>=|<>|!=)\s*(?<v>""[^""]*""|'[^']*'|[^\s,""']+)(?:\s+" + Quoted + @")?(?:\s+(?<join>ODER|UND)\s+(?<op>=|<>|!=)\s*(?<v>""[^""]*""|'[^']*'|[^\s,""']+)(?:\s+" + Quoted + @")?)*$",
            RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, Limit);

        private static readonly Regex OnlyWhen = new(
            @"^(?<t>.+?)\s+(?:ist|sind)\s+nur\s+dann\s+zu\s+befüllen,\s+wenn\s+(?<c>.+?)\s+(?<how>bejaht|verneint)\s+wurde\.?$",
            RegexOptions.CultureInvariant, Limit);

        private static readonly Regex Ids = new(@"\b[FG]\d{5,}\b", RegexOptions.CultureInvariant, Limit);
        private static readonly Regex SentenceBreak = new(@"(?<=\.)\s+(?=(?:Wenn|WENN)\b)", RegexOptions.CultureInvariant, Limit);

        private enum Effect { Required, Visible, VisibleAndRequired, Forbidden }

        private sealed record Parsed(RuleCondition Condition, Effect Effect, IReadOnlyList<string> Targets);

        /// <summary>The rule's meaning, or null when its text is none of the known forms.</summary>
        public static IReadOnlyList<RuleIntent>? Parse(string? text)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            string t = Normalize(text!);
            if (OnlyWhenForm(t) is RuleIntent only) return new[] { only };
            var sentences = SentenceBreak.Split(t).Select(s => s.Trim()).Where(s => s.Length > 0).Select(ParseSentence).ToList();
            if (sentences.Count == 0 || sentences.Any(s => s == null)) return null;
            var intents = new List<RuleIntent>();
            var used = new HashSet<Parsed>();
            foreach (var s in sentences.Where(s => s!.Effect != Effect.Forbidden))
            {
                // "…, dann muss F2 befüllt sein. Wenn <the opposite>, dann darf F2 nicht befüllt sein.": F2 exists only then.
                var complement = sentences.FirstOrDefault(o => o!.Effect == Effect.Forbidden && !used.Contains(o)
                    && o.Targets.SequenceEqual(s!.Targets) && o.Condition.IsComplementOf(s.Condition));
                if (complement != null) used.Add(complement);
                var effects = new List<RuleEffect>();
                if (s!.Effect is Effect.Visible or Effect.VisibleAndRequired || complement != null) effects.Add(RuleEffect.VisibleWhen);
                if (s.Effect is Effect.Required or Effect.VisibleAndRequired) effects.Add(RuleEffect.RequiredWhen);
                intents.Add(new RuleIntent(effects, s.Targets, s.Condition));
            }
            // A prohibition without its positive twin says what must stay empty, which no expression here can say.
            return intents.Count == 0 || sentences.Any(s => s!.Effect == Effect.Forbidden && !used.Contains(s)) ? null : intents;
        }

        private static Parsed? ParseSentence(string sentence)
        {
            var m = Sentence.Match(sentence);
            if (!m.Success) return null;
            var condition = Condition(m.Groups["c"].Value, m.Groups["test"].Value.Trim().TrimEnd(','));
            var effect = EffectOf(m.Groups["effect"].Value, out var targets);
            return condition == null || effect == null || targets.Count == 0 ? null : new Parsed(condition, effect.Value, targets);
        }

        private static RuleCondition? Condition(string field, string test)
        {
            string lower = test.ToLowerInvariant();
            if (lower is "leer" or "leer ist" or "nicht befüllt" or "nicht befüllt ist") return new RuleCondition(field, ConditionTest.Empty, new string[0]);
            if (lower is "nicht leer" or "nicht leer ist" or "befüllt" or "befüllt ist") return new RuleCondition(field, ConditionTest.NotEmpty, new string[0]);
            if (lower is "bejaht" or "bejaht wurde") return new RuleCondition(field, ConditionTest.Affirmed, new string[0]);
            if (lower is "verneint" or "verneint wurde") return new RuleCondition(field, ConditionTest.Denied, new string[0]);
            var value = ValueTest.Match(test);
            if (value.Success)
            {
                string? v = Unquote(value.Groups["v"].Value);
                bool not = value.Groups["not"].Success;
                return v == null
                    ? new RuleCondition(field, not ? ConditionTest.NotEmpty : ConditionTest.Empty, new string[0])
                    : new RuleCondition(field, not ? ConditionTest.NotIn : ConditionTest.In, new[] { v });
            }
            var comparisons = Comparisons.Match(test);
            if (!comparisons.Success) return null;
            var ops = comparisons.Groups["op"].Captures.Select(c => c.Value).ToList();
            var parts = comparisons.Groups["v"].Captures.Select((c, i) => (Op: ops[i], Value: Unquote(c.Value))).ToList();
            var joins = comparisons.Groups["join"].Captures.Select(c => c.Value.ToUpperInvariant()).Distinct().ToList();
            if (parts.Any(p => p.Value == null)) return null;
            bool equal = parts.All(p => p.Op == "="), unequal = parts.All(p => p.Op != "=");
            // "= a ODER = b" is one of them; "<> a UND <> b" none of them; mixed forms are not read.
            if (equal && (joins.Count == 0 || joins.SequenceEqual(new[] { "ODER" })))
                return new RuleCondition(field, ConditionTest.In, parts.Select(p => p.Value!).ToList());
            if (unequal && (joins.Count == 0 || joins.SequenceEqual(new[] { "UND" })))
                return new RuleCondition(field, ConditionTest.NotIn, parts.Select(p => p.Value!).ToList());
            return null;
        }

        private static Effect? EffectOf(string effect, out List<string> targets)
        {
            string e = effect.Trim();
            string lower = e.ToLowerInvariant();
            int end = FirstOf(lower, " zum pflichtfeld", " zu pflichtfeldern", " befüllt", " und mache", " nicht befüllt");
            targets = Ids.Matches(end < 0 ? e : e.Substring(0, end)).Select(x => x.Value).Distinct().ToList();
            if (Regex.IsMatch(lower, @"^(?:soll|sollen|muss|müssen|wird|werden)\b.*\b(?:zum\s+pflichtfeld|zu\s+pflichtfeldern)\s+werden$", RegexOptions.None, Limit)) return Effect.Required;
            if (Regex.IsMatch(lower, @"^darf\b.*\bnicht\s+befüllt\s+(?:sein|werden)$", RegexOptions.None, Limit)) return Effect.Forbidden;
            if (Regex.IsMatch(lower, @"^(?:muss|müssen)\b.*\bbefüllt\s+(?:sein|werden)$", RegexOptions.None, Limit)) return Effect.Required;
            if (Regex.IsMatch(lower, @"^aktiviere\b.*\bund\s+mache\s+(?:es|sie)\s+zu\s+(?:einer|einem)\s+pflicht(?:angabe|feld)$", RegexOptions.None, Limit)) return Effect.VisibleAndRequired;
            if (Regex.IsMatch(lower, @"^aktiviere\s+[fg]\d+(?:\s+" + Quoted + @")?$", RegexOptions.None, Limit)) return Effect.Visible;
            return null;
        }

        private static RuleIntent? OnlyWhenForm(string t)
        {
            var m = OnlyWhen.Match(t);
            if (!m.Success) return null;
            var targets = Ids.Matches(m.Groups["t"].Value).Select(x => x.Value).ToList();
            var conditions = Ids.Matches(m.Groups["c"].Value).Select(x => x.Value).ToList();
            if (targets.Count == 0 || conditions.Count != 1) return null;
            var test = m.Groups["how"].Value == "bejaht" ? ConditionTest.Affirmed : ConditionTest.Denied;
            return new RuleIntent(new[] { RuleEffect.VisibleWhen }, targets, new RuleCondition(conditions[0], test, new string[0]));
        }

        private static int FirstOf(string text, params string[] marks)
        {
            int best = -1;
            foreach (var mark in marks)
            {
                int i = text.IndexOf(mark, System.StringComparison.Ordinal);
                if (i >= 0 && (best < 0 || i < best)) best = i;
            }
            return best;
        }

        /// <summary>The value without quotes; null for the empty value <c>""</c>.</summary>
        private static string? Unquote(string v)
        {
            string value = v.Length >= 2 && (v[0] == '"' || v[0] == '\'') ? v.Substring(1, v.Length - 2) : v;
            return value.Length == 0 ? null : value;
        }

        private static string Normalize(string text)
        {
            string quotes = text.Replace('„', '"').Replace('“', '"').Replace('”', '"').Replace('‚', '\'').Replace('‘', '\'').Replace('’', '\'')
                .Replace("&lt;&gt;", "<>").Replace('≠', '!');
            return string.Join(" ", quotes.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
        }
    }
}
