using System.Collections.Generic;

namespace FormFactory.Runtime.Matching
{
    /// <summary>
    /// Turns a parsed pattern into a <see cref="PatternProgram"/>: a Thompson automaton whose instructions match one
    /// code unit from a set, split, jump or accept. Counted repeats are written out, so the program's size is bounded
    /// by <see cref="MaxInstructions"/> and with it the work per character of a value.
    /// </summary>
    internal sealed class PatternCompiler
    {
        /// <summary>The most instructions a pattern may compile to; matching costs at most this much per character.</summary>
        public const int MaxInstructions = 2000;

        private readonly List<int> _code = new List<int>();
        private readonly List<int[]> _sets = new List<int[]>();

        /// <summary>How many instructions <paramref name="node"/> needs, saturating above the limit.</summary>
        public static long SizeOf(PatternNode node)
        {
            long size = node switch
            {
                SetNode => 1,
                SeqNode s => Sum(s.Items, 0),
                AltNode a => Sum(a.Options, 2),
                RepeatNode r => r.Min * SizeOf(r.Body) + (r.Max == -1 ? SizeOf(r.Body) + 2 : (r.Max - r.Min) * (SizeOf(r.Body) + 1)),
                _ => 0,
            };
            return System.Math.Min(size, MaxInstructions + 1L);
        }

        private static long Sum(List<PatternNode> nodes, int extra)
        {
            long total = 0;
            foreach (var n in nodes) total = System.Math.Min(total + SizeOf(n) + extra, MaxInstructions + 1L);
            return total;
        }

        public static PatternProgram Compile(PatternNode node)
        {
            var compiler = new PatternCompiler();
            compiler.Emit(node);
            compiler.Add(PatternProgram.Match, 0, 0);
            return new PatternProgram(compiler._code.ToArray(), compiler._sets.ToArray());
        }

        private int Pc => _code.Count / 3;

        private int Add(int op, int a, int b)
        {
            int pc = Pc;
            _code.Add(op);
            _code.Add(a);
            _code.Add(b);
            return pc;
        }

        private void Patch(int pc, int slot, int target) => _code[pc * 3 + slot] = target;

        private void Emit(PatternNode node)
        {
            switch (node)
            {
                case SetNode s:
                    Add(PatternProgram.Step, SetIndex(s.Set), 0);
                    break;
                case SeqNode s:
                    foreach (var item in s.Items) Emit(item);
                    break;
                case AltNode a:
                    {
                        var jumps = new List<int>();
                        for (int i = 0; i < a.Options.Count; i++)
                        {
                            int split = i < a.Options.Count - 1 ? Add(PatternProgram.Split, Pc + 1, 0) : -1;
                            Emit(a.Options[i]);
                            jumps.Add(Add(PatternProgram.Jump, 0, 0));
                            if (split >= 0) Patch(split, 2, Pc);
                        }
                        foreach (int j in jumps) Patch(j, 1, Pc);
                        break;
                    }
                case RepeatNode r:
                    {
                        for (int i = 0; i < r.Min; i++) Emit(r.Body);
                        if (r.Max == -1)
                        {
                            int loop = Add(PatternProgram.Split, Pc + 1, 0);
                            Emit(r.Body);
                            Add(PatternProgram.Jump, loop, 0);
                            Patch(loop, 2, Pc);
                        }
                        else
                        {
                            var splits = new List<int>();
                            for (int i = r.Min; i < r.Max; i++)
                            {
                                splits.Add(Add(PatternProgram.Split, Pc + 1, 0));
                                Emit(r.Body);
                            }
                            foreach (int s in splits) Patch(s, 2, Pc);
                        }
                        break;
                    }
            }
        }

        private int SetIndex(CharSet set)
        {
            var ranges = new int[set.Ranges.Count * 2];
            for (int i = 0; i < set.Ranges.Count; i++)
            {
                ranges[2 * i] = set.Ranges[i].Low;
                ranges[2 * i + 1] = set.Ranges[i].High;
            }
            for (int i = 0; i < _sets.Count; i++)
                if (SameRanges(_sets[i], ranges)) return i;
            _sets.Add(ranges);
            return _sets.Count - 1;
        }

        private static bool SameRanges(int[] a, int[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i] != b[i]) return false;
            return true;
        }
    }
}
