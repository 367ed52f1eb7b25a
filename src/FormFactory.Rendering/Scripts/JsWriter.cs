using System.Collections.Generic;
using System.Globalization;
using System.Text;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;

namespace FormFactory.Rendering.Scripts
{
    /// <summary>
    /// Writes JavaScript object literals, one property per line, in a fixed order. Strings go through the
    /// expression printer's quoting, which is safe even inside an HTML script element.
    /// </summary>
    internal sealed class JsWriter
    {
        private readonly StringBuilder _sb = new();
        private readonly Stack<bool> _first = new();
        private int _indent;

        public JsWriter Raw(string code)
        {
            _sb.Append(code);
            return this;
        }

        public JsWriter BeginObject()
        {
            _sb.Append('{');
            _first.Push(true);
            _indent++;
            return this;
        }

        public JsWriter EndObject()
        {
            _indent--;
            bool empty = _first.Pop();
            if (!empty) NewLine();
            _sb.Append('}');
            return this;
        }

        public JsWriter BeginArray()
        {
            _sb.Append('[');
            _first.Push(true);
            _indent++;
            return this;
        }

        public JsWriter EndArray()
        {
            _indent--;
            bool empty = _first.Pop();
            if (!empty) NewLine();
            _sb.Append(']');
            return this;
        }

        /// <summary>Starts the next array element.</summary>
        public JsWriter Item()
        {
            Separator();
            NewLine();
            return this;
        }

        /// <summary>Starts property <paramref name="name"/>.</summary>
        public JsWriter Key(string name)
        {
            Separator();
            NewLine();
            if (IsIdentifier(name)) _sb.Append(name);
            else JavaScriptPrinter.AppendQuoted(_sb, name);
            _sb.Append(": ");
            return this;
        }

        public JsWriter String(string? value)
        {
            if (value == null) _sb.Append("null");
            else JavaScriptPrinter.AppendQuoted(_sb, value);
            return this;
        }

        public JsWriter Number(decimal value) => Raw(value.ToString(CultureInfo.InvariantCulture));

        public JsWriter Bool(bool value) => Raw(value ? "true" : "false");

        /// <summary>A function of the context <c>c</c> and cursor <c>k</c> returning the printed expression.</summary>
        public JsWriter Function(BoundExpression expression)
        {
            _sb.Append("function (c, k) { return ");
            JavaScriptPrinter.Print(expression, _sb);
            _sb.Append("; }");
            return this;
        }

        /// <summary>A localized text as an object of language → text.</summary>
        public JsWriter Text(LocalizedText text)
        {
            BeginObject();
            foreach (var t in text.Translations) Key(t.Key).String(t.Value);
            return EndObject();
        }

        public JsWriter Strings(IEnumerable<string> values)
        {
            _sb.Append('[');
            bool first = true;
            foreach (var v in values)
            {
                if (!first) _sb.Append(", ");
                first = false;
                JavaScriptPrinter.AppendQuoted(_sb, v);
            }
            _sb.Append(']');
            return this;
        }

        public override string ToString() => _sb.ToString();

        private void Separator()
        {
            if (_first.Count == 0) return;
            if (_first.Peek()) { _first.Pop(); _first.Push(false); }
            else _sb.Append(',');
        }

        private void NewLine() => _sb.Append('\n').Append(' ', _indent * 2);

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_')) return false;
            foreach (char c in name)
                if (!(c < 128 && (char.IsLetterOrDigit(c) || c == '_'))) return false;
            return true;
        }
    }
}
