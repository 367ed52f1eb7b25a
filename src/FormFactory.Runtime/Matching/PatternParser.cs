using System.Collections.Generic;
using System.Globalization;

namespace FormFactory.Runtime.Matching
{
    /// <summary>
    /// Reads a field pattern in the pattern dialect (docs/definition-format.md, "Pattern dialect"): the part of
    /// regular expressions that .NET and browsers read alike and that can be matched in linear time. Everything else
    /// is refused with a <see cref="PatternProblem"/> naming the construct, not guessed at.
    /// </summary>
    internal sealed class PatternParser
    {
        /// <summary>The largest count a quantifier may give (<c>{1000}</c>).</summary>
        public const int MaxCount = 1000;

        private const string Metacharacters = "\\^$.|?*+()[]{}";
        private const string EscapablePunctuation = "\\^$.|?*+()[]{}/-";

        private readonly string _p;
        private int _i;

        private PatternParser(string pattern) => _p = pattern;

        /// <summary>The pattern's tree, or null with <paramref name="problem"/> set.</summary>
        public static PatternNode? Parse(string pattern, out PatternProblem? problem)
        {
            var parser = new PatternParser(pattern);
            try
            {
                var node = parser.Alternation(topLevel: true);
                if (parser._i < pattern.Length)
                    throw parser.Syntax(parser._i, 1, ")", "')' closes no group: escape it as \\) or remove it");
                problem = null;
                return node;
            }
            catch (Refused e)
            {
                problem = e.Problem;
                return null;
            }
        }

        private sealed class Refused : System.Exception
        {
            public Refused(PatternProblem problem) => Problem = problem;
            public PatternProblem Problem { get; }
        }

        private Refused Syntax(int at, int length, string construct, string advice) => new Refused(new PatternProblem(at, length, construct, advice, true));

        private Refused Outside(int at, int length, string advice) =>
            new Refused(new PatternProblem(at, length, _p.Substring(at, System.Math.Min(length, _p.Length - at)), advice, false));

        private bool AtEnd => _i >= _p.Length;

        private char Peek => _p[_i];

        private PatternNode Alternation(bool topLevel)
        {
            var options = new List<PatternNode> { Sequence(topLevel) };
            while (!AtEnd && Peek == '|')
            {
                _i++;
                options.Add(Sequence(topLevel));
            }
            return options.Count == 1 ? options[0] : new AltNode(options);
        }

        private PatternNode Sequence(bool topLevel)
        {
            var items = new List<PatternNode>();
            // '^' and '$' only where they change nothing: at the start and end of a top-level alternative, since the
            // whole value is matched anyway. Elsewhere the engines differ ('$' before a final line feed in .NET).
            if (topLevel && !AtEnd && Peek == '^') _i++;
            while (!AtEnd && Peek != '|' && Peek != ')')
            {
                if (Peek == '$')
                {
                    if (topLevel && (_i + 1 == _p.Length || _p[_i + 1] == '|'))
                    {
                        _i++;
                        break;
                    }
                    throw Outside(_i, 1, "'$' is allowed only at the very end (the whole value is matched anyway); leave it out or escape it as \\$");
                }
                if (Peek == '^') throw Outside(_i, 1, "'^' is allowed only at the very start (the whole value is matched anyway); leave it out or escape it as \\^");
                int start = _i;
                var atom = Atom();
                items.Add(Quantified(atom, start));
            }
            return items.Count == 1 ? items[0] : new SeqNode(items);
        }

        private PatternNode Quantified(PatternNode atom, int atomStart)
        {
            if (AtEnd) return atom;
            int start = _i;
            int min, max;
            switch (Peek)
            {
                case '*': min = 0; max = -1; _i++; break;
                case '+': min = 1; max = -1; _i++; break;
                case '?': min = 0; max = 1; _i++; break;
                case '{': (min, max) = Braces(); break;
                default: return atom;
            }
            if (!AtEnd && Peek == '?') _i++; // lazy: the same verdict for a whole-value match
            if (!AtEnd && (Peek == '*' || Peek == '+' || Peek == '?' || Peek == '{'))
                throw Peek == '+'
                    ? Outside(start, _i - start + 1, "possessive quantifiers exist in neither engine's common part; write the quantifier alone")
                    : Syntax(_i, 1, _p.Substring(_i, 1), "a quantifier cannot follow a quantifier: put the inner part in (?: ) first");
            return new RepeatNode(atom, min, max);
        }

        private (int Min, int Max) Braces()
        {
            int start = _i;
            _i++;
            int min = Number(start), max = min;
            if (!AtEnd && Peek == ',')
            {
                _i++;
                max = !AtEnd && Peek == '}' ? -1 : Number(start);
            }
            if (AtEnd || Peek != '}') throw Outside(start, _i - start + (AtEnd ? 0 : 1), "write a count as {n}, {n,} or {n,m}, or escape a literal brace as \\{");
            _i++;
            if (max != -1 && max < min) throw Syntax(start, _i - start, _p.Substring(start, _i - start), "the smaller count comes first, e.g. {2,5}");
            return (min, max);
        }

        private int Number(int braceStart)
        {
            int start = _i;
            while (!AtEnd && Peek >= '0' && Peek <= '9') _i++;
            if (_i == start) throw Outside(braceStart, System.Math.Max(1, _i - braceStart + 1), "write a count as {n}, {n,} or {n,m} (e.g. {0,3}, not {,3}), or escape a literal brace as \\{");
            if (_i - start > 4 || int.Parse(_p.Substring(start, _i - start), CultureInfo.InvariantCulture) > MaxCount)
                throw Outside(start, _i - start, $"counts go up to {MaxCount}; use * or + for no limit and maxLength for a length");
            return int.Parse(_p.Substring(start, _i - start), CultureInfo.InvariantCulture);
        }

        private PatternNode Atom()
        {
            int start = _i;
            char c = Peek;
            switch (c)
            {
                case '(': return Group();
                case '[': return new SetNode(Class());
                case '.': _i++; return new SetNode(CharSet.AnyButLineBreak);
                case '\\': return new SetNode(Escape(inClass: false));
                case '*': case '+': case '?': throw Syntax(start, 1, c.ToString(), "a quantifier needs something before it; escape it as \\" + c + " for the character");
                case '{': throw Outside(start, 1, "escape a literal brace as \\{");
                case '}': throw Outside(start, 1, "escape a literal brace as \\}");
                case ']': throw Outside(start, 1, "escape a literal bracket as \\]");
                default:
                    _i++;
                    return new SetNode(CharSet.Of(c, c));
            }
        }

        private PatternNode Group()
        {
            int start = _i;
            _i++;
            if (!AtEnd && Peek == '?')
            {
                if (_i + 1 < _p.Length && _p[_i + 1] == ':') _i += 2;
                else throw Outside(start, System.Math.Min(_p.Length - start, 3), GroupAdvice(_i + 1 < _p.Length ? _p[_i + 1] : ' ', _i + 2 < _p.Length ? _p[_i + 2] : ' '));
            }
            var inner = Alternation(topLevel: false);
            if (AtEnd || Peek != ')') throw Syntax(start, 1, "(", "the group is not closed: add ')'");
            _i++;
            return inner;
        }

        private static string GroupAdvice(char after, char next) => after switch
        {
            '=' or '!' => "lookahead cannot be matched in linear time; say what the value must look like as a whole",
            '<' when next == '=' || next == '!' => "lookbehind cannot be matched in linear time and behaves differently in older browsers; rephrase without it",
            '<' or '\'' or 'P' => "named groups are read differently by the engines; use ( ) or (?: )",
            '>' => "atomic groups exist only in .NET; use (?: )",
            '#' => "comments exist only in .NET; remove it",
            '(' => "conditionals exist only in .NET; write the alternatives with |",
            _ => "inline options such as (?i) change the meaning in one engine only; list both cases instead, e.g. [Aa]",
        };

        /// <summary>A character class <c>[…]</c> or <c>[^…]</c>.</summary>
        private CharSet Class()
        {
            int start = _i;
            _i++;
            bool negated = !AtEnd && Peek == '^';
            if (negated) _i++;
            if (!AtEnd && Peek == ']') throw Outside(start, _i - start + 1, "an empty class means nothing in one engine and ']' in the other; escape it as \\] inside the class");
            var set = new CharSet();
            bool first = true;
            while (true)
            {
                if (AtEnd) throw Syntax(start, 1, "[", "the class is not closed: add ']'");
                if (Peek == ']')
                {
                    _i++;
                    break;
                }
                int memberStart = _i;
                if (Peek == '[') throw Outside(_i, 1, ".NET reads [ inside a class as class subtraction ([a-z-[aeiou]]); escape it as \\[ or list the characters");
                if (Peek == '-' && !first && _i + 1 < _p.Length && _p[_i + 1] != ']')
                    throw Outside(_i, 1, "'-' is a range only between two characters; put a literal '-' first or last, or escape it as \\-");
                bool single;
                CharSet member = ClassMember(out single, out char low);
                if (single && !AtEnd && Peek == '-' && _i + 1 < _p.Length && _p[_i + 1] != ']')
                {
                    _i++;
                    int highStart = _i;
                    CharSet high = ClassMember(out bool highSingle, out char highChar);
                    if (!highSingle) throw Outside(highStart, _i - highStart, "a range ends in one character, not a class such as \\d");
                    if (highChar < low) throw Syntax(memberStart, _i - memberStart, _p.Substring(memberStart, _i - memberStart), "a range goes from the smaller character to the larger, e.g. a-z");
                    set.Add(low, highChar);
                }
                else set.Add(member);
                first = false;
            }
            return negated ? set.Complement() : set;
        }

        private CharSet ClassMember(out bool single, out char character)
        {
            if (Peek == '\\')
            {
                int start = _i;
                var set = Escape(inClass: true);
                single = set.IsSingle(out character);
                // \d, \w, \s and their complements are classes even when they hold one character (they never do).
                if (_p[start + 1] is 'd' or 'D' or 'w' or 'W' or 's' or 'S') single = false;
                return set;
            }
            character = Peek;
            _i++;
            single = true;
            return CharSet.Of(character, character);
        }

        /// <summary>An escape: a class (<c>\d</c>), a control (<c>\n</c>), a code (<c>\u00e4</c>) or escaped punctuation.</summary>
        private CharSet Escape(bool inClass)
        {
            int start = _i;
            if (_i + 1 >= _p.Length) throw Syntax(start, 1, "\\", "a pattern cannot end in a lone backslash; write \\\\ for one");
            char e = _p[_i + 1];
            _i += 2;
            switch (e)
            {
                case 'd': return CharSet.Digits;
                case 'D': return CharSet.Digits.Complement();
                case 'w': return CharSet.WordCharacters;
                case 'W': return CharSet.WordCharacters.Complement();
                case 's': return CharSet.Spaces;
                case 'S': return CharSet.Spaces.Complement();
                case 'n': return CharSet.Of('\n', '\n');
                case 'r': return CharSet.Of('\r', '\r');
                case 't': return CharSet.Of('\t', '\t');
                case 'f': return CharSet.Of('\f', '\f');
                case 'v': return CharSet.Of('\v', '\v');
                case 'u': return Code(start, 4);
                case 'x': return Code(start, 2);
                case 'b': case 'B':
                    throw Outside(start, 2, inClass ? "[\\b] means backspace in one engine's eyes only; write \\u0008" : "word boundaries are not part of the dialect; say what the whole value looks like");
                case 'A': case 'Z': case 'z': throw Outside(start, 2, "leave it out (the whole value is matched anyway)");
                case 'G': throw Outside(start, 2, "\\G exists only in .NET");
                case 'p': case 'P': throw Outside(start, 2, "Unicode classes need different flags in browsers; list the characters, e.g. [A-Za-zÄÖÜäöüß]");
                case 'k': throw Outside(start, 2, "back-references cannot be matched in linear time");
                case 'c': throw Outside(start, 2, "control-character escapes are read differently; write \\u00XX");
                case '0': throw Outside(start, 2, "write \\u0000 for the null character");
                default:
                    if (e >= '1' && e <= '9') throw Outside(start, 2, "back-references cannot be matched in linear time");
                    if (EscapablePunctuation.IndexOf(e) >= 0) return CharSet.Of(e, e);
                    throw Outside(start, 2, Metacharacters.IndexOf(e) >= 0 || char.IsLetterOrDigit(e)
                        ? "this escape is read differently by .NET and browsers; escape only punctuation such as \\. or \\-"
                        : $"'{e}' needs no backslash; write it alone");
            }
        }

        private CharSet Code(int start, int digits)
        {
            if (_i + digits > _p.Length || !int.TryParse(_p.Substring(_i, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
                || _p.Substring(_i, digits).IndexOfAny(new[] { '+', '-', ' ' }) >= 0)
                throw Outside(start, System.Math.Min(2 + digits, _p.Length - start), digits == 4 ? "write a character code with four hex digits, e.g. \\u00e4" : "write a character code with two hex digits, e.g. \\x41");
            _i += digits;
            return CharSet.Of((char)code, (char)code);
        }
    }
}
