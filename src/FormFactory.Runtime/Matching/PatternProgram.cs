using System.Globalization;
using System.Text;

namespace FormFactory.Runtime.Matching
{
    /// <summary>
    /// A compiled field pattern: the same program runs on the server, in generated validators and, written as JSON by
    /// <see cref="ToJson"/>, in the browser (<c>matchPattern</c> in formfactory-forms.js). Matching simulates the
    /// automaton on all its states at once, so it takes time linear in the value's length times the program's size,
    /// whatever the pattern; there is no backtracking and no timeout. On .NET a small program is also turned into a
    /// table (<see cref="PatternDfa"/>), one lookup per character.
    /// </summary>
    public sealed class PatternProgram
    {
        internal const int Step = 0, Split = 1, Jump = 2, Match = 3;

        private readonly int[] _code;
        private readonly int[][] _sets;

        private readonly PatternDfa? _dfa;

        internal PatternProgram(int[] code, int[][] sets)
        {
            _code = code;
            _sets = sets;
            _dfa = PatternDfa.TryBuild(this, code, sets);
        }

        /// <summary>The number of instructions: the work per character of a value.</summary>
        public int Size => _code.Length / 3;

        // Scratch space per thread, reused so that matching allocates nothing (generated validators of valid records
        // must not allocate): the state lists, a stack, and a "seen in this step" mark that counts generations across
        // calls instead of being cleared.
        [System.ThreadStatic] private static int[]? _current, _next, _seen, _stack;
        [System.ThreadStatic] private static int _generation;

        /// <summary>True when the whole of <paramref name="value"/> matches.</summary>
        public bool Matches(string value)
        {
            if (_dfa != null) return _dfa.Matches(value);
            int n = Size;
            if (_seen == null || _seen.Length < n)
            {
                int capacity = System.Math.Max(n, 64);
                _current = new int[capacity];
                _next = new int[capacity];
                _seen = new int[capacity];
                _stack = new int[2 * capacity + 2]; // each state, seen once, pushes at most two
            }
            int[] current = _current!, next = _next!, seen = _seen, stack = _stack!;
            // Thread-static fields are read once and written back once: they cost more than the matching itself.
            int generation = _generation;
            if (generation > int.MaxValue - value.Length - 2)
            {
                System.Array.Clear(seen, 0, seen.Length);
                generation = 0;
            }
            long steps = 0;
            int count = Close(0, current, 0, seen, ++generation, stack, ref steps);
            foreach (char c in value)
            {
                int nextCount = 0;
                generation++;
                for (int k = 0; k < count; k++)
                {
                    int pc = current[k];
                    steps++;
                    if (_code[pc * 3] == Step && Contains(_sets[_code[pc * 3 + 1]], c))
                        nextCount = Close(pc + 1, next, nextCount, seen, generation, stack, ref steps);
                }
                var swap = current;
                current = next;
                next = swap;
                count = nextCount;
                if (count == 0) break;
            }
            bool matched = false;
            for (int k = 0; k < count; k++)
                if (_code[current[k] * 3] == Match) matched = true;
            _generation = generation;
            WorkCounter.Add(steps);
            return matched;
        }

        /// <summary>Adds <paramref name="start"/> and every state reachable from it without consuming a character.</summary>
        internal int Close(int start, int[] list, int count, int[] seen, int generation, int[] stack, ref long steps)
        {
            int top = 0;
            stack[top++] = start;
            while (top > 0)
            {
                int pc = stack[--top];
                if (seen[pc] == generation) continue;
                seen[pc] = generation;
                steps++;
                switch (_code[pc * 3])
                {
                    case Split:
                        stack[top++] = _code[pc * 3 + 2];
                        stack[top++] = _code[pc * 3 + 1];
                        break;
                    case Jump:
                        stack[top++] = _code[pc * 3 + 1];
                        break;
                    default:
                        list[count++] = pc;
                        break;
                }
            }
            return count;
        }

        internal static bool Contains(int[] ranges, char c)
        {
            for (int i = 0; i < ranges.Length; i += 2)
            {
                if (c < ranges[i]) return false;
                if (c <= ranges[i + 1]) return true;
            }
            return false;
        }

        /// <summary>The program for the browser: <c>{"p":[op,a,b,…],"s":[[low,high,…],…]}</c> with code units as numbers.</summary>
        public string ToJson()
        {
            var sb = new StringBuilder("{\"p\":[");
            for (int i = 0; i < _code.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(_code[i].ToString(CultureInfo.InvariantCulture));
            }
            sb.Append("],\"s\":[");
            for (int i = 0; i < _sets.Length; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append('[');
                for (int j = 0; j < _sets[i].Length; j++)
                {
                    if (j > 0) sb.Append(',');
                    sb.Append(_sets[i][j].ToString(CultureInfo.InvariantCulture));
                }
                sb.Append(']');
            }
            return sb.Append("]}").ToString();
        }
    }
}
