using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FormFactory.Fim.Model;
using FormFactory.Fim.Report;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Keeps every FIM rule as a note on the element it belongs to, and translates the ones
    /// <see cref="RuleSentence"/> understands into <c>requiredWhen</c> or <c>visibleWhen</c> when the fields it names
    /// can be addressed from there. Why a rule was not translated goes into the note and the report.
    /// </summary>
    internal sealed class RuleApplier
    {
        private static readonly Regex EmptyScript = new(@"^function\s+\w*\s*\(\s*\)\s*\{\s*\}$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));
        private readonly ImportContext _context;

        public RuleApplier(ImportContext context) => _context = context;

        /// <summary>Applies every rule of an element.</summary>
        public void ApplyAll(IReadOnlyList<FimRule> rules, RuleScope scope)
        {
            foreach (var rule in rules) Apply(rule, scope);
        }

        private void Apply(FimRule rule, RuleScope scope)
        {
            string? script = rule.Script != null && !EmptyScript.IsMatch(rule.Script.Trim()) ? rule.Script : null;
            var intents = RuleSentence.Parse(rule.Text);
            string outcome;
            string? mappedTo = null;
            string? whyNot = null;
            if (intents == null)
                whyNot = rule.Text == null ? "the rule has no text to translate" : "its text is not one of the sentence forms FormFactory translates";
            else
            {
                var result = Translate(intents, scope);
                whyNot = result.WhyNot;
                mappedTo = result.Done;
            }
            if (script != null) whyNot = (whyNot == null ? "" : whyNot + "; ") + "its script is not translated (scripts are kept as text only)";
            outcome = mappedTo != null && whyNot == null ? "translated into " + mappedTo : mappedTo != null ? "translated into " + mappedTo + "; " + whyNot : "not translated: " + whyNot;

            var note = new StringBuilder("FIM rule ").Append(rule.Identification);
            if (rule.Type != null) note.Append(" (type ").Append(rule.Type).Append(')');
            if (rule.Name.Length > 0) note.Append(" \"").Append(rule.Name).Append('"');
            note.Append(": ").Append(rule.Text ?? "(no text)");
            if (script != null) note.Append(" Script: ").Append(script);
            note.Append(" — ").Append(outcome).Append('.');
            scope.Notes.Add(note.ToString());

            var notes = whyNot == null ? new string[0] : new[] { whyNot };
            _context.Report.Add("Regel", rule.Identification.ToString(), rule.Name, _context.Source(rule.Line),
                mappedTo != null ? $"{scope.File} → {mappedTo}" : $"{scope.File}: note on {scope.Owner}", notes,
                mappedTo != null && whyNot == null ? MappingStatus.Mapped : MappingStatus.Partly);
        }

        private (string? Done, string? WhyNot) Translate(IReadOnlyList<RuleIntent> intents, RuleScope scope)
        {
            var done = new List<string>();
            var problems = new List<string>();
            foreach (var intent in intents)
            {
                var condition = FindCondition(intent.Condition.Field, scope, out string? conditionWhy);
                if (condition == null) { problems.Add(conditionWhy!); continue; }
                var expression = RuleExpression.Build(intent.Condition, condition.Value.Draft, condition.Value.Path, out string? expressionWhy);
                if (expression == null) { problems.Add(expressionWhy!); continue; }
                foreach (var targetId in intent.Targets)
                {
                    var target = FindTarget(targetId, scope, out string? targetWhy);
                    if (target == null) { problems.Add(targetWhy!); continue; }
                    if (target == condition.Value.Draft) { problems.Add($"{targetId} would depend on itself"); continue; }
                    if (intent.Effects.Contains(RuleEffect.VisibleWhen) && ReadsVisibility(condition.Value.Draft, target))
                    {
                        problems.Add($"{targetId} and {intent.Condition.Field} would decide each other's visibility");
                        continue;
                    }
                    foreach (var effect in intent.Effects)
                        Apply(effect, target, targetId, expression, scope, done, problems);
                }
            }
            return (done.Count == 0 ? null : string.Join(", ", done), problems.Count == 0 ? null : string.Join("; ", problems.Distinct()));
        }

        /// <summary>True when <paramref name="condition"/> is shown depending on <paramref name="target"/>: a circle the binder refuses (FF0407).</summary>
        private static bool ReadsVisibility(FieldDraft condition, FieldDraft target) =>
            condition.Json["visibleWhen"] is JsonValue v && Regex.IsMatch(v.GetValue<string>(), @"(?<![\w.])" + Regex.Escape(target.Id) + @"(?![\w])", RegexOptions.None, System.TimeSpan.FromSeconds(1));

        private static void Apply(RuleEffect effect, FieldDraft target, string targetId, string expression, RuleScope scope, List<string> done, List<string> problems)
        {
            string property = effect == RuleEffect.RequiredWhen ? "requiredWhen" : "visibleWhen";
            if (effect == RuleEffect.RequiredWhen)
            {
                if (target.Type == "info") { problems.Add($"{targetId} is a text without input"); return; }
                if (target.Required) { done.Add($"nothing for requiredWhen of '{scope.Prefix}{target.Id}' (always required)"); return; }
            }
            string combined = target.Json[property] is JsonValue existing
                ? "(" + existing.GetValue<string>() + ") " + (effect == RuleEffect.RequiredWhen ? "||" : "&&") + " (" + expression + ")"
                : expression;
            target.Json[property] = combined;
            done.Add($"{property} of '{scope.Prefix}{target.Id}': {expression}");
        }

        /// <summary>The field a condition reads: anywhere in scope, also inside included blocks, but not inside repeated groups.</summary>
        private static (FieldDraft Draft, string Path)? FindCondition(string fimId, RuleScope scope, out string? whyNot)
        {
            var found = scope.Fields.Readable(fimId);
            whyNot = found.Count == 0 ? $"{fimId} is not a field that can be read from {scope.Owner}"
                : found.Count > 1 ? $"{fimId} occurs more than once there, so the rule is ambiguous" : null;
            return found.Count == 1 ? (found.Draft!, found.Path!) : null;
        }

        /// <summary>The field a rule changes: defined in the same file (not in an included block) and not inside a repeated group.</summary>
        private static FieldDraft? FindTarget(string fimId, RuleScope scope, out string? whyNot)
        {
            var found = scope.Fields.Changeable(fimId);
            whyNot = found.Count == 0 ? $"{fimId} is not a field of {scope.Owner} (outside it, or in a block it includes)"
                : found.Count > 1 ? $"{fimId} occurs more than once there, so the rule is ambiguous" : null;
            return found.Count == 1 ? found.Draft : null;
        }
    }
}
