using System.Collections.Generic;

namespace FormFactory.Definitions.Expressions
{
    /// <summary>A syntax error inside an expression, with its offset in the expression text.</summary>
    public sealed record ExpressionSyntaxError(int Start, int Length, string Message);

    /// <summary>
    /// Parses the expression language (literals, dotted paths, <c>== != &lt; &lt;= &gt; &gt;= &amp;&amp; || ! + - * /</c>,
    /// parentheses, function calls) by precedence climbing. Never throws; reports the first error.
    /// </summary>
    public sealed class ExpressionParser
    {
        private const int MaxDepth = 64;

        /// <summary>
        /// The most binary operators one expression may have. A chain such as <c>a + a + … + a</c> nests the tree as
        /// deeply as parentheses do, and every back end walks the tree recursively.
        /// </summary>
        private const int MaxOperators = 256;

        private readonly string _text;
        private int _pos;
        private int _depth;
        private int _operators;
        private ExpressionSyntaxError? _error;

        private ExpressionParser(string text) => _text = text;

        /// <summary>Parses <paramref name="text"/>; on failure returns null and sets <paramref name="error"/>.</summary>
        public static ExpressionSyntax? Parse(string text, out ExpressionSyntaxError? error)
        {
            var parser = new ExpressionParser(text);
            parser.SkipSpace();
            ExpressionSyntax? result = null;
            if (parser._pos >= text.Length) parser.Fail(0, 0, "the expression is empty");
            else
            {
                result = parser.ParseBinary(0);
                parser.SkipSpace();
                if (parser._error == null && parser._pos < text.Length)
                    parser.Fail(parser._pos, 1, $"unexpected '{text[parser._pos]}'");
            }
            error = parser._error;
            return error == null ? result : null;
        }

        private static readonly string[][] Levels =
        {
            new[] { "||" },
            new[] { "&&" },
            new[] { "==", "!=" },
            new[] { "<=", ">=", "<", ">" },
            new[] { "+", "-" },
            new[] { "*", "/" },
        };

        private ExpressionSyntax? ParseBinary(int level)
        {
            if (level == Levels.Length) return ParseUnary();
            var left = ParseBinary(level + 1);
            while (left != null && _error == null)
            {
                SkipSpace();
                string? op = MatchOperator(Levels[level]);
                if (op == null) break;
                int opStart = _pos;
                if (++_operators > MaxOperators) return Fail(opStart, op.Length, $"the expression has more than {MaxOperators} operators; split it into simpler ones");
                _pos += op.Length;
                var right = ParseBinary(level + 1);
                if (right == null) return null;
                left = new BinarySyntax(left.Start, right.Start + right.Length - left.Start, op, opStart, left, right);
            }
            return left;
        }

        private string? MatchOperator(string[] candidates)
        {
            foreach (var op in candidates)
            {
                if (string.CompareOrdinal(_text, _pos, op, 0, op.Length) != 0) continue;
                // '<' must not swallow the '<' of '<=', nor '!' the start of '!='; '=' alone is not an operator.
                if (op.Length == 1 && _pos + 1 < _text.Length && _text[_pos + 1] == '=' && (op == "<" || op == ">")) continue;
                return op;
            }
            return null;
        }

        private ExpressionSyntax? ParseUnary()
        {
            SkipSpace();
            if (_pos < _text.Length && (_text[_pos] == '!' || _text[_pos] == '-') && !(_text[_pos] == '!' && Next() == '='))
            {
                if (++_depth > MaxDepth) return Fail(_pos, 1, "the expression is nested too deeply");
                int start = _pos;
                string op = _text[_pos].ToString();
                _pos++;
                var operand = ParseUnary();
                _depth--;
                if (operand == null) return null;
                return new UnarySyntax(start, operand.Start + operand.Length - start, op, operand);
            }
            return ParsePrimary();
        }

        private ExpressionSyntax? ParsePrimary()
        {
            SkipSpace();
            if (_pos >= _text.Length) return Fail(_pos, 0, "the expression ends where a value is expected");
            char c = _text[_pos];
            int start = _pos;
            if (c == '(')
            {
                if (++_depth > MaxDepth) return Fail(_pos, 1, "the expression is nested too deeply");
                _pos++;
                var inner = ParseBinary(0);
                _depth--;
                if (inner == null) return null;
                SkipSpace();
                if (Peek() != ')') return Fail(_pos, 1, "expected ')'");
                _pos++;
                return inner;
            }
            if (c == '\'') return ParseText();
            if (c == '"') return Fail(_pos, 1, "texts in expressions use single quotes: 'text'");
            if (IsDigit(c)) return ParseNumber();
            if (IsIdentifierStart(c)) return ParseNameOrCall();
            if (c == '=' ) return Fail(_pos, 1, "use '==' to compare");
            if (c == '&' || c == '|') return Fail(_pos, 1, $"use '{c}{c}'");
            return Fail(_pos, 1, $"unexpected '{c}'");
        }

        private ExpressionSyntax? ParseText()
        {
            int start = _pos++;
            var sb = new System.Text.StringBuilder();
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == '\\' && _pos + 1 < _text.Length && (_text[_pos + 1] == '\'' || _text[_pos + 1] == '\\'))
                {
                    sb.Append(_text[_pos + 1]);
                    _pos += 2;
                    continue;
                }
                if (c == '\'')
                {
                    _pos++;
                    return new LiteralSyntax(start, _pos - start, LiteralKind.Text, sb.ToString());
                }
                sb.Append(c);
                _pos++;
            }
            return Fail(start, _pos - start, "the text is not closed with '");
        }

        private ExpressionSyntax? ParseNumber()
        {
            int start = _pos;
            while (IsDigit(Peek())) _pos++;
            if (Peek() == '.')
            {
                _pos++;
                if (!IsDigit(Peek())) return Fail(_pos, 1, "a decimal point must be followed by digits");
                while (IsDigit(Peek())) _pos++;
            }
            if (IsIdentifierStart(Peek())) return Fail(_pos, 1, "a number may not be followed directly by letters");
            string text = _text.Substring(start, _pos - start);
            if (text.Length > 30) return Fail(start, text.Length, "the number is too long");
            return new LiteralSyntax(start, _pos - start, LiteralKind.Number, text);
        }

        private ExpressionSyntax? ParseNameOrCall()
        {
            int start = _pos;
            string name = ReadIdentifier();
            int afterName = _pos;
            SkipSpace();
            if (Peek() == '(')
            {
                _pos++;
                var args = new List<ExpressionSyntax>();
                SkipSpace();
                if (Peek() == ')') _pos++;
                else
                {
                    while (true)
                    {
                        if (++_depth > MaxDepth) return Fail(_pos, 1, "the expression is nested too deeply");
                        var arg = ParseBinary(0);
                        _depth--;
                        if (arg == null) return null;
                        args.Add(arg);
                        SkipSpace();
                        if (Peek() == ',') { _pos++; continue; }
                        if (Peek() == ')') { _pos++; break; }
                        return Fail(_pos, 1, $"expected ',' or ')' in the arguments of {name}");
                    }
                }
                return new CallSyntax(start, _pos - start, name, args);
            }
            // Not a call: the space after the name belongs to no node.
            _pos = afterName;
            switch (name)
            {
                case "true": return new LiteralSyntax(start, 4, LiteralKind.Boolean, "true");
                case "false": return new LiteralSyntax(start, 5, LiteralKind.Boolean, "false");
                case "null": return new LiteralSyntax(start, 4, LiteralKind.Null, null);
            }
            var segments = new List<(string, int)> { (name, start) };
            while (Peek() == '.')
            {
                _pos++;
                if (!IsIdentifierStart(Peek())) return Fail(_pos, 1, "expected a field name after '.'");
                int segStart = _pos;
                segments.Add((ReadIdentifier(), segStart));
            }
            return new PathSyntax(start, _pos - start, segments);
        }

        private string ReadIdentifier()
        {
            int start = _pos;
            while (_pos < _text.Length && (IsIdentifierStart(_text[_pos]) || IsDigit(_text[_pos]))) _pos++;
            return _text.Substring(start, _pos - start);
        }

        private void SkipSpace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\t' || _text[_pos] == '\n' || _text[_pos] == '\r')) _pos++;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private char Next() => _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';

        private ExpressionSyntax? Fail(int start, int length, string message)
        {
            if (_error == null) _error = new ExpressionSyntaxError(start, length, message);
            _pos = _text.Length;
            return null;
        }
    }
}
