using System;
using System.Collections.Generic;
using System.Linq;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// The parsed templates of one build. Every <c>*.html</c> file is parsed once, up front, so a syntax error stops
    /// the build before anything is written, with the template file, line and column. Other files (stylesheets,
    /// scripts under <c>assets/</c>) are kept as text. Parsed templates are immutable and shared by all threads;
    /// each render gets its own <see cref="HtmlTemplateContext"/>, since a context is not thread-safe.
    /// </summary>
    public sealed class TemplateSet
    {
        private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);
        private readonly IReadOnlyDictionary<string, string> _files;

        // Scriban's builtins with `include` refused and our helpers added: made once and shared, read-only, by every
        // render's context (making them per render cost about a tenth of a build's page rendering).
        private readonly ScriptObject _builtins;

        private TemplateSet(IReadOnlyDictionary<string, string> files)
        {
            _files = files;
            var shipped = TemplateFiles.Shipped;
            RendersEmptyEntriesOnce = files.Where(f => f.Key.EndsWith(".html", StringComparison.Ordinal))
                .All(f => shipped.TryGetValue(f.Key, out var text) && text == f.Value);
            _builtins = TemplateContext.GetDefaultBuiltinObject();
            _builtins.Remove("include");
            _builtins.Import("include", new Func<object?, RawHtml>(_ =>
                throw new InvalidOperationException("use render \"file.html\" value instead of include: its output would not be escaped")));
            TemplateHelpers.Import(_builtins, this);
            _builtins.IsReadOnly = true;
            foreach (var (name, text) in files)
            {
                if (!name.EndsWith(".html", StringComparison.Ordinal)) continue;
                var template = Template.Parse(text, name, new ParserOptions(), new LexerOptions { Lang = ScriptLang.Default, Mode = ScriptMode.Default });
                if (template.HasErrors)
                {
                    var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
                    throw new TemplateException(name, first.Span.Start.Line + 1, first.Span.Start.Column + 1, first.Message);
                }
                _templates[name] = template;
            }
        }

        /// <summary>The default templates, with files of <paramref name="overrideDirectory"/> taking their place.</summary>
        /// <exception cref="TemplateException">A template does not parse.</exception>
        public static TemplateSet Load(string? overrideDirectory = null) => new TemplateSet(TemplateFiles.Read(overrideDirectory));

        /// <summary>A set made of the given files (relative path → text); for tests and tools.</summary>
        public static TemplateSet FromFiles(IReadOnlyDictionary<string, string> files) =>
            new TemplateSet(files.ToDictionary(f => f.Key, f => TemplateFiles.Normalize(f.Value), StringComparer.Ordinal));

        /// <summary>
        /// True when every template is the shipped one. Then an entry of a repeated group that the page shows empty is
        /// rendered once per kind and group (<see cref="Views.ItemView.Like"/>) and its index and number put in: the
        /// shipped templates treat an entry's index, number, ids and names as text only (a test renders every sample
        /// and many synthetic forms both ways). Changed templates, which might not, render every entry.
        /// </summary>
        public bool RendersEmptyEntriesOnce { get; }

        /// <summary>Every file, by relative path.</summary>
        public IEnumerable<string> Names => _files.Keys;

        /// <summary>True when there is a template called <paramref name="name"/>.</summary>
        public bool HasTemplate(string name) => _templates.ContainsKey(name);

        /// <summary>The text of a non-template file (a stylesheet or script under <c>assets/</c>).</summary>
        public string File(string name) => _files.TryGetValue(name, out var text) ? text : throw new KeyNotFoundException($"No template file '{name}'.");

        /// <summary>
        /// Renders <paramref name="name"/> with <paramref name="globals"/> as its variables.
        /// </summary>
        /// <exception cref="TemplateException">The template fails while rendering (unknown partial, bad call, …).</exception>
        public string Render(string name, IReadOnlyDictionary<string, object?> globals)
        {
            var context = new HtmlTemplateContext(_builtins);
            var variables = new ScriptObject();
            foreach (var (key, value) in globals) variables.SetValue(key, value, true);
            context.PushGlobal(variables);
            try
            {
                return RenderPage(context, name);
            }
            catch (ScriptRuntimeException e)
            {
                throw Error(e.Span, e.OriginalMessage, e);
            }
            catch (TemplateException) { throw; }
            catch (Exception e) when (e is InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException)
            {
                var span = context.CurrentNode?.Span ?? new SourceSpan(name, new TextPosition(0, 0, 0), new TextPosition(0, 0, 0));
                throw Error(span, e.Message, e);
            }
        }

        /// <summary>Renders the template <paramref name="name"/> into its own output and returns it; used for partials.</summary>
        internal string RenderPage(TemplateContext context, string name, object? model = null, string variable = "model")
        {
            context.PushOutput();
            IScriptOutput output;
            try
            {
                RenderInto(context, name, model, variable);
            }
            finally
            {
                output = context.PopOutput();
            }
            return output.ToString() ?? "";
        }

        /// <summary>Renders the template <paramref name="name"/> into the context's current output, with <paramref name="model"/> as <paramref name="variable"/>.</summary>
        internal void RenderInto(TemplateContext context, string name, object? model, string variable)
        {
            if (!_templates.TryGetValue(name, out var template))
                throw new ScriptRuntimeException(context.CurrentNode?.Span ?? default, $"there is no template '{name}'");
            var locals = new ScriptObject();
            if (model != null) locals.SetValue(variable, model, true);
            context.PushGlobal(locals);
            try
            {
                context.Evaluate(template.Page!);
            }
            finally
            {
                context.PopGlobal();
            }
        }

        private static TemplateException Error(SourceSpan span, string message, Exception inner) =>
            new TemplateException(string.IsNullOrEmpty(span.FileName) ? "(template)" : span.FileName, span.Start.Line + 1, span.Start.Column + 1, message, inner);
    }
}
