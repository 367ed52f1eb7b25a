using System.Collections.Generic;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Validation
{
    /// <summary>The values of one group (or of the form root, or of one entry) read from a submission.</summary>
    internal sealed class GroupValue
    {
        public Dictionary<string, object?> Values { get; } = new Dictionary<string, object?>();

        /// <summary>Fields whose JSON had the wrong shape.</summary>
        public HashSet<string> WrongFormat { get; } = new HashSet<string>();

        public object? Get(string id) => Values.TryGetValue(id, out var v) ? v : null;

        /// <summary>True when no field at any depth has a value.</summary>
        public bool IsEmpty
        {
            get
            {
                if (WrongFormat.Count > 0) return false;
                foreach (var v in Values.Values)
                {
                    if (v == null) continue;
                    if (v is GroupValue g) { if (!g.IsEmpty) return false; }
                    else if (v is EntryListValue e) { if (e.Count > 0) return false; }
                    else return false;
                }
                return true;
            }
        }
    }

    /// <summary>The entries of a repeated group.</summary>
    internal sealed class EntryListValue : IEntryList
    {
        public List<GroupValue> Entries { get; } = new List<GroupValue>();
        public int Count => Entries.Count;
    }
}
