using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FormFactory.Definitions.Diagnostics;

namespace FormFactory.Definitions.Syntax
{
    /// <summary>
    /// A strict JSON (RFC 8259) parser that keeps the location of every value. It never throws: the first syntax
    /// error becomes diagnostic FF0001 and the result is null. Nesting is limited so hostile files cannot
    /// exhaust the stack.
    /// </summary>
    public sealed class JsonSyntaxParser
    {
        /// <summary>The deepest nesting accepted; real definitions stay far below.</summary>
        public const int MaxDepth = 128;

        private readonly SourceText _source;
        private readonly string _text;
        private readonly DiagnosticBag _diagnostics;
        private int _pos;
        private bool _failed;

        private JsonSyntaxParser(SourceText source, DiagnosticBag diagnostics)
        {
            _source = source;
            _text = source.Text;
            _diagnostics = diagnostics;
        }

        /// <summary>Parses <paramref name="source"/>; returns null after reporting a syntax error.</summary>
        public static JsonSyntax? Parse(SourceText source, DiagnosticBag diagnostics)
        {
            var parser = new JsonSyntaxParser(source, diagnostics);
            if (parser._text.Length > 0 && parser._text[0] == '\uFEFF') parser._pos = 1;
            parser.SkipWhitespace();
            if (parser._pos >= parser._text.Length)
            {
                parser.Fail("the file is empty; expected a JSON object");
                return null;
            }
            var value = parser.ParseValue(0);
            if (value == null || parser._failed) return null;
            parser.SkipWhitespace();
            if (parser._pos < parser._text.Length)
                parser.Fail("unexpected text after the end of the JSON value");
            return parser._failed ? null : value;
        }

        private JsonSyntax? ParseValue(int depth)
        {
            if (depth > MaxDepth)
            {
                Fail($"nesting deeper than {MaxDepth} levels");
                return null;
            }
            if (_pos >= _text.Length)
            {
                Fail("unexpected end of file; a value is missing");
                return null;
            }
            char c = _text[_pos];
            switch (c)
            {
                case '{': return ParseObject(depth);
                case '[': return ParseArray(depth);
                case '"': return ParseString();
                case 't': return ParseKeyword("true", true);
                case 'f': return ParseKeyword("false", false);
                case 'n': return ParseKeyword("null", null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                    Fail(c == '\'' ? "strings use double quotes (\"), not single quotes" : $"unexpected character '{Printable(c)}'");
                    return null;
            }
        }

        private JsonSyntax? ParseObject(int depth)
        {
            int start = _pos++;
            var properties = new List<JsonPropertySyntax>();
            HashSet<string>? seen = null; // only for large objects; small ones are searched directly
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                return new JsonObjectSyntax(_source.Location(start, _pos - start), properties);
            }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    Fail(Peek() == '}' ? "a comma before '}' is not allowed in JSON" : "expected a property name in double quotes");
                    return null;
                }
                var name = ParseString();
                if (name == null) return null;
                SkipWhitespace();
                if (Peek() != ':')
                {
                    Fail($"expected ':' after the property name '{name.Value}'");
                    return null;
                }
                _pos++;
                SkipWhitespace();
                var value = ParseValue(depth + 1);
                if (value == null) return null;
                if (IsNew(name.Value, properties, ref seen))
                    properties.Add(new JsonPropertySyntax(name.Value, name.Location, value));
                else
                    _diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, name.Location, name.Value);
                SkipWhitespace();
                char c = Peek();
                if (c == ',') { _pos++; continue; }
                if (c == '}')
                {
                    _pos++;
                    return new JsonObjectSyntax(_source.Location(start, _pos - start), properties);
                }
                Fail(_pos >= _text.Length ? "unexpected end of file; an object is not closed with '}'" : "expected ',' or '}' after a property value");
                return null;
            }
        }

        /// <summary>True when no earlier property of the object has <paramref name="name"/>.</summary>
        private static bool IsNew(string name, List<JsonPropertySyntax> properties, ref HashSet<string>? seen)
        {
            const int LinearSearchLimit = 8;
            if (seen == null)
            {
                foreach (var p in properties)
                    if (p.Name == name) return false;
                if (properties.Count < LinearSearchLimit) return true;
                seen = new HashSet<string>();
                foreach (var p in properties) seen.Add(p.Name);
            }
            return seen.Add(name);
        }

        private JsonSyntax? ParseArray(int depth)
        {
            int start = _pos++;
            var items = new List<JsonSyntax>();
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                return new JsonArraySyntax(_source.Location(start, _pos - start), items);
            }
            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']')
                {
                    Fail("a comma before ']' is not allowed in JSON");
                    return null;
                }
                var item = ParseValue(depth + 1);
                if (item == null) return null;
                items.Add(item);
                SkipWhitespace();
                char c = Peek();
                if (c == ',') { _pos++; continue; }
                if (c == ']')
                {
                    _pos++;
                    return new JsonArraySyntax(_source.Location(start, _pos - start), items);
                }
                Fail(_pos >= _text.Length ? "unexpected end of file; an array is not closed with ']'" : "expected ',' or ']' after an array item");
                return null;
            }
        }

        private JsonStringSyntax? ParseString()
        {
            // Most strings have no escapes: take them in one piece. Anything else goes the long way, which also reports errors.
            int end = _pos + 1;
            while (end < _text.Length && _text[end] != '"' && _text[end] != '\\' && _text[end] >= ' ') end++;
            if (end < _text.Length && _text[end] == '"')
            {
                int begin = _pos;
                _pos = end + 1;
                return new JsonStringSyntax(_source.Location(begin, _pos - begin), _text.Substring(begin + 1, end - begin - 1), _source, null);
            }
            return ParseEscapedString();
        }

        private JsonStringSyntax? ParseEscapedString()
        {
            int start = _pos++;
            var sb = new StringBuilder();
            List<int>? rawOffsets = null;
            while (true)
            {
                if (_pos >= _text.Length)
                {
                    FailAt(start, "unexpected end of file inside a string");
                    return null;
                }
                char c = _text[_pos];
                if (c == '"')
                {
                    _pos++;
                    if (rawOffsets != null) rawOffsets.Add(_pos - 1 - (start + 1));
                    return new JsonStringSyntax(_source.Location(start, _pos - start), sb.ToString(), _source, rawOffsets?.ToArray());
                }
                if (c < ' ')
                {
                    Fail(c == '\n' || c == '\r' ? "a string may not span lines; write \\n for a line break" : "control characters must be escaped in strings");
                    return null;
                }
                int rawIndex = _pos - (start + 1);
                if (c != '\\')
                {
                    rawOffsets?.Add(rawIndex);
                    sb.Append(c);
                    _pos++;
                    continue;
                }
                if (rawOffsets == null)
                {
                    rawOffsets = new List<int>(sb.Length + 8);
                    for (int i = 0; i < sb.Length; i++) rawOffsets.Add(i);
                }
                rawOffsets.Add(rawIndex);
                if (_pos + 1 >= _text.Length)
                {
                    Fail("unexpected end of file inside a string");
                    return null;
                }
                char e = _text[_pos + 1];
                _pos += 2;
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                        {
                            FailAt(_pos - 2, "\\u must be followed by four hexadecimal digits");
                            return null;
                        }
                        sb.Append((char)code);
                        _pos += 4;
                        break;
                    default:
                        FailAt(_pos - 2, $"unknown escape '\\{Printable(e)}' in a string");
                        return null;
                }
            }
        }

        private JsonSyntax? ParseNumber()
        {
            int start = _pos;
            if (Peek() == '-') _pos++;
            if (Peek() == '0') _pos++;
            else if (IsDigit(Peek())) while (IsDigit(Peek())) _pos++;
            else
            {
                Fail("a number needs digits");
                return null;
            }
            if (Peek() == '.')
            {
                _pos++;
                if (!IsDigit(Peek()))
                {
                    Fail("a decimal point must be followed by digits");
                    return null;
                }
                while (IsDigit(Peek())) _pos++;
            }
            if (Peek() == 'e' || Peek() == 'E')
            {
                _pos++;
                if (Peek() == '+' || Peek() == '-') _pos++;
                if (!IsDigit(Peek()))
                {
                    Fail("an exponent needs digits");
                    return null;
                }
                while (IsDigit(Peek())) _pos++;
            }
            if (IsDigit(Peek()))
            {
                Fail("numbers may not have leading zeros");
                return null;
            }
            return new JsonNumberSyntax(_source.Location(start, _pos - start), _text.Substring(start, _pos - start));
        }

        private JsonSyntax? ParseKeyword(string word, bool? value)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                Fail($"unexpected word; did you mean {word}? (JSON keywords are lower case; strings need double quotes)");
                return null;
            }
            int start = _pos;
            _pos += word.Length;
            return new JsonLiteralSyntax(_source.Location(start, word.Length), value);
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') _pos++;
                else if (c == '/' && _pos + 1 < _text.Length && (_text[_pos + 1] == '/' || _text[_pos + 1] == '*'))
                {
                    if (!_failed) Fail("comments are not allowed in JSON; use a \"description\" or remove it");
                    _pos = _text.Length;
                }
                else break;
            }
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static string Printable(char c) => c < ' ' ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString();

        private void Fail(string message) => FailAt(_pos, message);

        private void FailAt(int offset, string message)
        {
            if (_failed) return;
            _failed = true;
            _diagnostics.Report(DiagnosticDescriptors.InvalidJson, _source.Location(offset, offset < _text.Length ? 1 : 0), message);
        }
    }
}
