using System;
using System.Collections.Generic;

namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>
    /// The known name a misspelt one most likely meant, for every "unknown X" diagnostic (properties, field types,
    /// blocks, code lists, fields in expressions, functions, tenants, services): the same name in other case, the
    /// English name of a German word designers type (<c>datum</c> → <c>date</c>), the closest name by edit distance,
    /// or a known name the given one starts (or that starts it).
    /// </summary>
    public static class NearestName
    {
        // German words designers write for the format's English names; a word maps to each name it may mean.
        private static readonly Dictionary<string, string[]> GermanWords = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
        {
            // field types
            ["datum"] = new[] { "date" }, ["zahl"] = new[] { "integer", "decimal" }, ["ganzzahl"] = new[] { "integer" },
            ["dezimalzahl"] = new[] { "decimal" }, ["kommazahl"] = new[] { "decimal" }, ["betrag"] = new[] { "money" },
            ["geld"] = new[] { "money" }, ["textfeld"] = new[] { "text" }, ["freitext"] = new[] { "textarea" },
            ["langtext"] = new[] { "textarea" }, ["textbereich"] = new[] { "textarea" }, ["auswahl"] = new[] { "choice" },
            ["einfachauswahl"] = new[] { "choice" }, ["mehrfachauswahl"] = new[] { "multiChoice" },
            ["janein"] = new[] { "boolean" }, ["ankreuzfeld"] = new[] { "boolean" }, ["checkbox"] = new[] { "boolean" },
            ["wahrheitswert"] = new[] { "boolean" }, ["telefon"] = new[] { "phone" }, ["telefonnummer"] = new[] { "phone" },
            ["postleitzahl"] = new[] { "postcode" }, ["plz"] = new[] { "postcode" }, ["datei"] = new[] { "file" },
            ["anhang"] = new[] { "file" }, ["gruppe"] = new[] { "group" }, ["hinweis"] = new[] { "info", "hint" },
            ["e-mail"] = new[] { "email" }, ["mail"] = new[] { "email" },
            // properties
            ["pflicht"] = new[] { "required" }, ["pflichtfeld"] = new[] { "required" }, ["erforderlich"] = new[] { "required" },
            ["beschriftung"] = new[] { "label" }, ["bezeichnung"] = new[] { "label", "title" }, ["titel"] = new[] { "title", "label" },
            ["hilfe"] = new[] { "hint" }, ["hilfetext"] = new[] { "hint" }, ["muster"] = new[] { "pattern" },
            ["codeliste"] = new[] { "codeList" }, ["schluesselliste"] = new[] { "codeList" }, ["wiederholung"] = new[] { "repeat" },
            ["sichtbarwenn"] = new[] { "visibleWhen" }, ["pflichtwenn"] = new[] { "requiredWhen" }, ["vorgabe"] = new[] { "default" },
            ["standardwert"] = new[] { "default" }, ["schritte"] = new[] { "steps" }, ["felder"] = new[] { "fields" },
            ["regeln"] = new[] { "rules" }, ["werte"] = new[] { "values" }, ["meldung"] = new[] { "message" },
            ["baustein"] = new[] { "block" }, ["typ"] = new[] { "type" }, ["art"] = new[] { "type" },
            // functions of the expression language
            ["heute"] = new[] { "today" }, ["alter"] = new[] { "age" }, ["laenge"] = new[] { "len" }, ["länge"] = new[] { "len" },
            ["istleer"] = new[] { "isEmpty" }, ["leer"] = new[] { "isEmpty" }, ["enthaelt"] = new[] { "contains" },
            ["enthält"] = new[] { "contains" }, ["anzahl"] = new[] { "count" }, ["summe"] = new[] { "sum" },
        };

        /// <summary>How many known names a hint compares by edit distance at most (the other checks look at all).</summary>
        public const int MaxEditCandidates = 200;

        /// <summary>The name among <paramref name="known"/> that <paramref name="name"/> most likely meant, or null.</summary>
        public static string? Find(string name, IEnumerable<string> known)
        {
            var candidates = new List<string>(known);
            foreach (var k in candidates)
                if (string.Equals(k, name, StringComparison.OrdinalIgnoreCase)) return k;
            if (GermanWords.TryGetValue(name, out var meant))
                foreach (var m in meant)
                    if (candidates.Contains(m)) return m;

            // Short names allow one edit, longer ones up to three: "lable" → "label", but "ab" is not "id".
            int limit = Math.Max(1, Math.Min(3, name.Length / 3));
            string? best = null;
            int bestDistance = limit + 1;
            string lower = name.ToLowerInvariant();
            // A hint is a courtesy: a definition with thousands of siblings and thousands of errors must not make
            // validate quadratic, so edit distance looks at the first MaxEditCandidates names only.
            int examined = 0;
            foreach (var k in candidates)
            {
                if (++examined > MaxEditCandidates) break;
                int d = Distance(lower, k.ToLowerInvariant(), limit);
                if (d < bestDistance) { bestDistance = d; best = k; }
            }
            if (best != null) return best;
            foreach (var k in candidates)
                if (k.Length > 3 && name.Length > 3 && (k.StartsWith(name, StringComparison.OrdinalIgnoreCase) || name.StartsWith(k, StringComparison.OrdinalIgnoreCase)))
                    return k;
            return null;
        }

        /// <summary><c> (did you mean 'x'?)</c> for the nearest name, or nothing when there is none.</summary>
        public static MessagePart DidYouMean(string name, IEnumerable<string> known)
        {
            var nearest = Find(name, known);
            return nearest == null ? MessagePart.Empty : new MessagePart($" (did you mean '{nearest}'?)", $" (meinten Sie '{nearest}'?)");
        }

        /// <summary>
        /// Edits (insert, delete, replace, swap two neighbours) from <paramref name="a"/> to <paramref name="b"/>;
        /// anything above <paramref name="limit"/> counts as <c>limit + 1</c>, so long names cost no more than short ones.
        /// </summary>
        internal static int Distance(string a, string b, int limit)
        {
            if (Math.Abs(a.Length - b.Length) > limit || a.Length > 100 || b.Length > 100) return limit + 1;
            var d = new int[a.Length + 1, b.Length + 1];
            for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (int j = 0; j <= b.Length; j++) d[0, j] = j;
            for (int i = 1; i <= a.Length; i++)
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    int v = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, d[i - 2, j - 2] + 1);
                    d[i, j] = v;
                }
            return Math.Min(d[a.Length, b.Length], limit + 1);
        }
    }
}
