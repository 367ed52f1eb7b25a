using System;
using System.Collections.Generic;
using System.Text;

namespace FormFactory.Factory.Html
{
    /// <summary>
    /// Writes HTML (and inline SVG) so that escaping is structural: text and attribute values always go through
    /// <see cref="HtmlText.Encode"/>, tag and attribute names must be plain lower-case names, and the only way to
    /// write markup as it is is <see cref="Trusted"/>, meant for the page's own constant CSS and script. Void
    /// elements are closed with <c>/&gt;</c>, so the page (less its style and script) is also well-formed XML, which
    /// tests use to inspect it. Block elements get line breaks, so the output diffs well.
    /// </summary>
    public sealed class HtmlWriter
    {
        private static readonly HashSet<string> BreakAfterOpen = new(StringComparer.Ordinal)
        {
            "html", "head", "body", "header", "main", "nav", "section", "figure", "table", "thead", "tbody", "ul", "ol", "dl", "div",
            "svg", "g", "details", "footer", "defs", "pattern", "select", "form",
        };

        private static readonly HashSet<string> BreakAfterClose = new(StringComparer.Ordinal)
        {
            "html", "head", "body", "header", "main", "nav", "section", "figure", "table", "thead", "tbody", "ul", "ol", "dl", "div",
            "svg", "g", "details", "footer", "defs", "pattern", "select", "form",
            "title", "desc", "p", "li", "h1", "h2", "h3", "h4", "tr", "caption", "figcaption", "summary", "dt", "dd", "text", "style",
            "script", "option", "label",
        };

        private readonly StringBuilder _sb = new();
        private readonly Stack<string> _open = new();

        /// <summary>An attribute; a null value leaves the attribute out.</summary>
        public readonly record struct Attr(string Name, string? Value);

        /// <summary>Opens <paramref name="tag"/>; close it with <see cref="Close"/>.</summary>
        public HtmlWriter Open(string tag, params Attr[] attributes)
        {
            StartTag(tag, attributes);
            _sb.Append('>');
            _open.Push(tag);
            if (BreakAfterOpen.Contains(tag)) _sb.Append('\n');
            return this;
        }

        /// <summary>Closes the innermost open element.</summary>
        public HtmlWriter Close()
        {
            if (_open.Count == 0) throw new InvalidOperationException("No element is open.");
            var tag = _open.Pop();
            _sb.Append("</").Append(tag).Append('>');
            if (BreakAfterClose.Contains(tag)) _sb.Append('\n');
            return this;
        }

        /// <summary>An element holding only <paramref name="text"/>.</summary>
        public HtmlWriter Element(string tag, string? text, params Attr[] attributes)
        {
            StartTag(tag, attributes);
            _sb.Append('>').Append(HtmlText.Encode(text)).Append("</").Append(tag).Append('>');
            if (BreakAfterClose.Contains(tag)) _sb.Append('\n');
            return this;
        }

        /// <summary>A void or empty element, written as <c>&lt;tag … /&gt;</c>.</summary>
        public HtmlWriter Empty(string tag, params Attr[] attributes)
        {
            StartTag(tag, attributes);
            _sb.Append(" />\n");
            return this;
        }

        /// <summary>Encoded text.</summary>
        public HtmlWriter Text(string? text)
        {
            _sb.Append(HtmlText.Encode(text));
            return this;
        }

        /// <summary>
        /// Markup written as it is. Only for constant markup of the page itself (its stylesheet and script): never
        /// for anything that comes from a definition or the command line.
        /// </summary>
        public HtmlWriter Trusted(string markup)
        {
            _sb.Append(markup);
            return this;
        }

        /// <summary>
        /// A day as <c>&lt;time datetime="…"&gt;YYYY-MM-DD&lt;/time&gt;</c>, which the stylesheet keeps on one line (a
        /// date broken at a hyphen reads as two numbers); nothing for no day.
        /// </summary>
        public HtmlWriter Date(DateOnly? day)
        {
            if (day == null) return this;
            string text = Export.ReportFormat.Date(day);
            return Element("time", text, new Attr("datetime", text));
        }

        /// <summary>A line break in the source, for readability.</summary>
        public HtmlWriter Line()
        {
            _sb.Append('\n');
            return this;
        }

        /// <summary>The HTML written so far; every element must be closed.</summary>
        public override string ToString()
        {
            if (_open.Count > 0) throw new InvalidOperationException("Unclosed element <" + _open.Peek() + ">.");
            return _sb.ToString();
        }

        private void StartTag(string tag, Attr[] attributes)
        {
            CheckName(tag);
            _sb.Append('<').Append(tag);
            foreach (var a in attributes)
            {
                if (a.Value == null) continue;
                CheckName(a.Name);
                _sb.Append(' ').Append(a.Name).Append("=\"").Append(HtmlText.Encode(a.Value)).Append('"');
            }
        }

        private static void CheckName(string name)
        {
            if (name.Length == 0 || !(name[0] is >= 'a' and <= 'z')) throw new ArgumentException($"'{name}' is no element or attribute name.", nameof(name));
            foreach (var c in name)
                if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or ':'))
                    throw new ArgumentException($"'{name}' is no element or attribute name.", nameof(name));
        }
    }
}
