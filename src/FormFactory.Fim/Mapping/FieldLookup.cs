using System;
using System.Collections.Generic;

namespace FormFactory.Fim.Mapping
{
    /// <summary>What a rule found for a FIM id: how often (0, 1, or 2 for "more than once") and, when once, where.</summary>
    /// <param name="Count">0, 1, or 2 standing for any number above 1.</param>
    /// <param name="Draft">The field, when found once.</param>
    /// <param name="Path">Its path from the scope, when found once.</param>
    internal readonly record struct FieldHit(int Count, FieldDraft? Draft, string? Path);

    /// <summary>
    /// Finds the fields of a rule's scope by FIM id. Each list of fields is summarised once (per FIM id: how often
    /// it occurs, and where when once) and looked up from then on: walking the fields for every rule made schemas
    /// with many rules quadratic, and walking into inclusions path by path was exponential where a group includes a
    /// group twice that includes one twice, and so on (a block's fields are shared by all its inclusions).
    /// </summary>
    internal sealed class FieldLookup
    {
        private readonly IReadOnlyList<FieldDraft> _fields;
        private readonly string _readPrefix;
        private Dictionary<string, FieldHit>? _readable;
        private Dictionary<string, FieldHit>? _changeable;

        /// <param name="fields">The fields of the scope.</param>
        /// <param name="itemScope">True inside a repeated group, where expressions read the current entry with <c>item.</c>.</param>
        public FieldLookup(IReadOnlyList<FieldDraft> fields, bool itemScope)
        {
            _fields = fields;
            _readPrefix = itemScope ? "item." : "";
        }

        /// <summary>The field <paramref name="fimId"/> a condition may read: also inside included blocks, not inside repeated groups; with its expression path.</summary>
        public FieldHit Readable(string fimId)
        {
            var hit = Find(_readable ??= new Summaries(intoInclusions: true).Of(_fields), fimId);
            return hit.Count == 1 ? hit with { Path = _readPrefix + hit.Path } : hit;
        }

        /// <summary>The field <paramref name="fimId"/> a rule may change: defined in this file (not in an included block), not inside repeated groups.</summary>
        public FieldHit Changeable(string fimId) => Find(_changeable ??= new Summaries(intoInclusions: false).Of(_fields), fimId);

        private static FieldHit Find(Dictionary<string, FieldHit> summary, string fimId) =>
            summary.TryGetValue(fimId, out var hit) ? hit : default;

        /// <summary>The summary of every list of fields met, each made once (lists are shared where blocks are included).</summary>
        private sealed class Summaries
        {
            private readonly bool _intoInclusions;
            private readonly Dictionary<IReadOnlyList<FieldDraft>, Dictionary<string, FieldHit>> _done = new(ReferenceEqualityComparer.Instance);

            public Summaries(bool intoInclusions) => _intoInclusions = intoInclusions;

            public Dictionary<string, FieldHit> Of(IReadOnlyList<FieldDraft> fields)
            {
                if (_done.TryGetValue(fields, out var known)) return known;
                var summary = new Dictionary<string, FieldHit>(StringComparer.Ordinal);
                foreach (var d in fields)
                {
                    Add(summary, d.FimId, new FieldHit(1, d, d.Id));
                    if (d.Repeated || (d.IsInclusion && !_intoInclusions) || d.Children.Count == 0) continue;
                    // Recursion as deep as the groups nest, which the reader bounds (SafeXml.MaxDepth).
                    foreach (var inner in Of(d.Children))
                        Add(summary, inner.Key, inner.Value.Count == 1 ? inner.Value with { Path = d.Id + "." + inner.Value.Path } : inner.Value);
                }
                _done[fields] = summary;
                return summary;
            }

            private static void Add(Dictionary<string, FieldHit> summary, string fimId, FieldHit hit) =>
                summary[fimId] = summary.ContainsKey(fimId) ? new FieldHit(2, null, null) : hit;
        }
    }
}
