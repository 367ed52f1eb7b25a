using System.Collections.Generic;
using System.Text;

namespace FormFactory.Runtime.Matching
{
    /// <summary>
    /// The deterministic form of a small <see cref="PatternProgram"/>, built once by subset construction when the
    /// program is compiled: one table lookup per character instead of a walk over the automaton's states. Field
    /// patterns are small, so it nearly always exists; where it would exceed <see cref="MaxStates"/> the program is
    /// simulated instead. Either way the verdict is the same and the time linear.
    /// </summary>
    internal sealed class PatternDfa
    {
        /// <summary>The most states built; beyond it the program is simulated (bounding compile time and memory).</summary>
        public const int MaxStates = 256;

        private readonly int[] _boundaries; // character class k holds the code units from _boundaries[k] up to the next boundary
        private readonly int[] _next;       // state * classes + class → next state, -1 when no value can match any more
        private readonly bool[] _accepting;

        private PatternDfa(int[] boundaries, int[] next, bool[] accepting)
        {
            _boundaries = boundaries;
            _next = next;
            _accepting = accepting;
        }

        /// <summary>The table for <paramref name="program"/>, or null when it would have more than <see cref="MaxStates"/> states.</summary>
        public static PatternDfa? TryBuild(PatternProgram program, int[] code, int[][] sets)
        {
            // Code units that no set tells apart share a class: split the range at every set's ends.
            var cuts = new SortedSet<int> { 0 };
            foreach (var ranges in sets)
                for (int i = 0; i < ranges.Length; i += 2)
                {
                    cuts.Add(ranges[i]);
                    if (ranges[i + 1] < char.MaxValue) cuts.Add(ranges[i + 1] + 1);
                }
            var boundaries = new int[cuts.Count];
            cuts.CopyTo(boundaries);
            int classes = boundaries.Length, n = code.Length / 3;

            var states = new List<int[]>();
            var ids = new Dictionary<string, int>();
            var next = new List<int>();
            var seen = new int[n];
            var stack = new int[2 * n + 2];
            var list = new int[n];
            int generation = 0;
            long steps = 0;
            int Add(int count)
            {
                var set = new int[count];
                System.Array.Copy(list, set, count);
                System.Array.Sort(set);
                string key = Key(set);
                if (ids.TryGetValue(key, out int id)) return id;
                if (states.Count == MaxStates) return -2;
                ids[key] = states.Count;
                states.Add(set);
                return states.Count - 1;
            }
            Add(program.Close(0, list, 0, seen, ++generation, stack, ref steps));
            for (int s = 0; s < states.Count; s++)
                for (int k = 0; k < classes; k++)
                {
                    char c = (char)boundaries[k];
                    int count = 0;
                    generation++;
                    foreach (int pc in states[s])
                        if (code[pc * 3] == PatternProgram.Step && PatternProgram.Contains(sets[code[pc * 3 + 1]], c))
                            count = program.Close(pc + 1, list, count, seen, generation, stack, ref steps);
                    int target = count == 0 ? -1 : Add(count);
                    if (target == -2) return null;
                    next.Add(target);
                }
            var accepting = new bool[states.Count];
            for (int s = 0; s < states.Count; s++)
                foreach (int pc in states[s])
                    if (code[pc * 3] == PatternProgram.Match) accepting[s] = true;
            return new PatternDfa(boundaries, next.ToArray(), accepting);
        }

        private static string Key(int[] set)
        {
            var sb = new StringBuilder();
            foreach (int pc in set) sb.Append(pc).Append(',');
            return sb.ToString();
        }

        /// <summary>True when the whole of <paramref name="value"/> matches.</summary>
        public bool Matches(string value)
        {
            int classes = _boundaries.Length, state = 0;
            foreach (char c in value)
            {
                state = _next[state * classes + ClassOf(c)];
                if (state < 0) break;
            }
            WorkCounter.Add(value.Length);
            return state >= 0 && _accepting[state];
        }

        private int ClassOf(char c)
        {
            int low = 0, high = _boundaries.Length - 1;
            while (low < high)
            {
                int mid = (low + high + 1) / 2;
                if (_boundaries[mid] <= c) low = mid;
                else high = mid - 1;
            }
            return low;
        }
    }
}
