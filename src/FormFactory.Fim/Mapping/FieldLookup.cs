using System;
using System.Collections.Generic;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// Finds the fields of a rule's scope by FIM id. The fields are walked once, on the first question, and then
    /// looked up by id: walking them for every rule made schemas with many rules quadratic.
    /// </summary>
    internal sealed class FieldLookup
    {
        private static readonly IReadOnlyList<(FieldDraft Draft, string Path)> None = Array.Empty<(FieldDraft, string)>();
        private readonly IReadOnlyList<FieldDraft> _fields;
        private readonly string _readPrefix;
        private Dictionary<string, List<(FieldDraft Draft, string Path)>>? _readable;
        private Dictionary<string, List<(FieldDraft Draft, string Path)>>? _changeable;

        /// <param name="fields">The fields of the scope.</param>
        /// <param name="itemScope">True inside a repeated group, where expressions read the current entry with <c>item.</c>.</param>
        public FieldLookup(IReadOnlyList<FieldDraft> fields, bool itemScope)
        {
            _fields = fields;
            _readPrefix = itemScope ? "item." : "";
        }

        /// <summary>The fields with <paramref name="fimId"/> a condition may read: also inside included blocks, not inside repeated groups; with their expression paths.</summary>
        public IReadOnlyList<(FieldDraft Draft, string Path)> Readable(string fimId) =>
            Find(_readable ??= Index(_readPrefix, intoInclusions: true), fimId);

        /// <summary>The fields with <paramref name="fimId"/> a rule may change: defined in this file (not in an included block), not inside repeated groups.</summary>
        public IReadOnlyList<(FieldDraft Draft, string Path)> Changeable(string fimId) =>
            Find(_changeable ??= Index("", intoInclusions: false), fimId);

        private static IReadOnlyList<(FieldDraft Draft, string Path)> Find(Dictionary<string, List<(FieldDraft Draft, string Path)>> index, string fimId) =>
            index.TryGetValue(fimId, out var found) ? found : None;

        private Dictionary<string, List<(FieldDraft Draft, string Path)>> Index(string prefix, bool intoInclusions)
        {
            var index = new Dictionary<string, List<(FieldDraft Draft, string Path)>>(StringComparer.Ordinal);
            // Without recursion: the nesting of a FIM file is bounded, but an explicit stack keeps that no concern here.
            var pending = new Stack<(IReadOnlyList<FieldDraft> Drafts, int Next, string Prefix)>();
            pending.Push((_fields, 0, prefix));
            while (pending.Count > 0)
            {
                var (drafts, next, at) = pending.Pop();
                if (next >= drafts.Count) continue;
                var d = drafts[next];
                pending.Push((drafts, next + 1, at));
                if (!index.TryGetValue(d.FimId, out var list)) index[d.FimId] = list = new List<(FieldDraft, string)>();
                list.Add((d, at + d.Id));
                if (d.Repeated || (d.IsInclusion && !intoInclusions)) continue;
                if (d.Children.Count > 0) pending.Push((d.Children, 0, at + d.Id + "."));
            }
            return index;
        }
    }
}
