using System.Collections.Generic;

namespace FormFactory.Runtime.Matching
{
    /// <summary>A set of UTF-16 code units as sorted, non-overlapping ranges; what one step of a pattern matches.</summary>
    internal sealed class CharSet
    {
        private readonly List<(char Low, char High)> _ranges = new List<(char, char)>();

        /// <summary><c>\d</c>: ASCII digits only, as browsers read it (.NET alone would take every Unicode digit).</summary>
        public static CharSet Digits => Of('0', '9');

        /// <summary><c>\w</c>: ASCII letters, digits and underscore, as browsers read it.</summary>
        public static CharSet WordCharacters
        {
            get
            {
                var s = Of('0', '9');
                s.Add('A', 'Z');
                s.Add('_', '_');
                s.Add('a', 'z');
                return s;
            }
        }

        /// <summary><c>\s</c>: the white space of ECMAScript (what browsers match), line terminators and no-break spaces included.</summary>
        public static CharSet Spaces
        {
            get
            {
                var s = Of('\t', '\r'); // tab, line feed, vertical tab, form feed, carriage return
                foreach (char c in " \u00A0\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF") s.Add(c, c);
                s.Add('\u2000', '\u200A');
                return s;
            }
        }

        /// <summary><c>.</c>: any code unit but the line terminators of ECMAScript (LF, CR, U+2028, U+2029).</summary>
        public static CharSet AnyButLineBreak
        {
            get
            {
                var s = Of('\n', '\n');
                s.Add('\r', '\r');
                s.Add('\u2028', '\u2029');
                return s.Complement();
            }
        }

        public static CharSet Of(char low, char high)
        {
            var s = new CharSet();
            s.Add(low, high);
            return s;
        }

        public IReadOnlyList<(char Low, char High)> Ranges => _ranges;

        public void Add(CharSet other)
        {
            foreach (var (low, high) in other._ranges) Add(low, high);
        }

        public void Add(char low, char high)
        {
            // Insert, then merge neighbours that overlap or touch; sets are small, so a linear merge is enough.
            int at = 0;
            while (at < _ranges.Count && _ranges[at].Low < low) at++;
            _ranges.Insert(at, (low, high));
            var merged = new List<(char Low, char High)>();
            foreach (var r in _ranges)
            {
                if (merged.Count > 0 && r.Low <= merged[merged.Count - 1].High + 1)
                {
                    var last = merged[merged.Count - 1];
                    merged[merged.Count - 1] = (last.Low, (char)System.Math.Max(last.High, r.High));
                }
                else merged.Add(r);
            }
            _ranges.Clear();
            _ranges.AddRange(merged);
        }

        public CharSet Complement()
        {
            var s = new CharSet();
            int next = 0;
            foreach (var (low, high) in _ranges)
            {
                if (low > next) s._ranges.Add(((char)next, (char)(low - 1)));
                next = high + 1;
            }
            if (next <= char.MaxValue) s._ranges.Add(((char)next, char.MaxValue));
            return s;
        }

        public bool IsSingle(out char c)
        {
            c = _ranges.Count == 1 ? _ranges[0].Low : '\0';
            return _ranges.Count == 1 && _ranges[0].Low == _ranges[0].High;
        }
    }
}
