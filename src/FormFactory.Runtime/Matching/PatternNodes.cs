using System.Collections.Generic;

namespace FormFactory.Runtime.Matching
{
    /// <summary>A node of a parsed pattern: what <see cref="PatternCompiler"/> turns into a program.</summary>
    internal abstract class PatternNode { }

    /// <summary>One code unit from a set.</summary>
    internal sealed class SetNode : PatternNode
    {
        public SetNode(CharSet set) => Set = set;
        public CharSet Set { get; }
    }

    /// <summary>Items one after the other (none: the empty pattern).</summary>
    internal sealed class SeqNode : PatternNode
    {
        public SeqNode(List<PatternNode> items) => Items = items;
        public List<PatternNode> Items { get; }
    }

    /// <summary>One of several alternatives.</summary>
    internal sealed class AltNode : PatternNode
    {
        public AltNode(List<PatternNode> options) => Options = options;
        public List<PatternNode> Options { get; }
    }

    /// <summary>A body repeated <see cref="Min"/> to <see cref="Max"/> times (-1: without limit).</summary>
    internal sealed class RepeatNode : PatternNode
    {
        public RepeatNode(PatternNode body, int min, int max)
        {
            Body = body;
            Min = min;
            Max = max;
        }

        public PatternNode Body { get; }
        public int Min { get; }
        public int Max { get; }
    }
}
