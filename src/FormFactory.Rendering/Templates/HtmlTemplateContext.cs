using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// A Scriban context whose every <c>{{ value }}</c> output is HTML-encoded, unless the value is
    /// <see cref="RawHtml"/> (markup from the renderer's encoders and partials) or a <see cref="Text"/> (encoded here,
    /// with a <c>lang</c> wrapper when it falls back to another language). Literal template text is written as it is.
    /// Scriban does not escape by itself; doing it here, at the one place output is written, makes escaping the
    /// default instead of something each template must remember.
    /// </summary>
    public sealed class HtmlTemplateContext : TemplateContext
    {
        /// <summary>Creates a context with invariant culture and LF line endings.</summary>
        public HtmlTemplateContext() : this(null) { }

        /// <summary>Creates a context over <paramref name="builtins"/> (Scriban's default builtins when null), which it only reads.</summary>
        public HtmlTemplateContext(Scriban.Runtime.ScriptObject? builtins) : base(builtins!)
        {
            NewLine = "\n";
            PushCulture(CultureInfo.InvariantCulture);
            LoopLimit = 100_000;
            RecursiveLimit = 200;
            // Scriban 7 stops writing, silently, once a context has written OutputLimit characters, counted over
            // every partial: a form with a long code list (the 197 states of Destatis "staat") lost its last steps.
            // A page's size follows from the catalog, which is trusted, so there is no limit.
            OutputLimit = 0;
            // A misspelt variable in a template is an error with its position, not silently empty output.
            StrictVariables = true;
            EnableRelaxedMemberAccess = false;
            _defaultFilter = MemberFilter;
            _defaultRenamer = MemberRenamer;
        }

        // How templates read members of each .NET type. Scriban makes an accessor per type and context, by
        // reflection over the type; a build makes a context per page, so the accessors (read-only once made) are made
        // once per type and shared by every context that reads members the default way (filter and renamer as made).
        private static readonly ConcurrentDictionary<Type, IObjectAccessor> SharedAccessors = new();
        private readonly MemberFilterDelegate? _defaultFilter;
        private readonly MemberRenamerDelegate? _defaultRenamer;

        /// <inheritdoc />
        protected override IObjectAccessor? GetMemberAccessorImpl(object target)
        {
            if (MemberFilter != _defaultFilter || MemberRenamer != _defaultRenamer) return base.GetMemberAccessorImpl(target);
            var type = target.GetType();
            if (SharedAccessors.TryGetValue(type, out var shared)) return shared;
            var made = base.GetMemberAccessorImpl(target);
            return made == null ? null : SharedAccessors.GetOrAdd(type, made);
        }

        private Dictionary<object, Dictionary<string, string?>>? _once;

        /// <summary>
        /// What <paramref name="render"/> makes of <paramref name="template"/> for <paramref name="model"/> (the same
        /// object), made on the first call during this context's render and kept for the rest of it.
        /// </summary>
        internal string? Once(string template, object model, Func<string?> render)
        {
            _once ??= new Dictionary<object, Dictionary<string, string?>>(ReferenceEqualityComparer.Instance);
            if (!_once.TryGetValue(model, out var byTemplate)) _once[model] = byTemplate = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (!byTemplate.TryGetValue(template, out var markup)) byTemplate[template] = markup = render();
            return markup;
        }

        /// <inheritdoc />
        public override TemplateContext Write(SourceSpan span, object? textAsObject) => Write(Encode(textAsObject));

        /// <inheritdoc />
        public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => WriteAsync(Encode(textAsObject));

        /// <summary>The markup for <paramref name="value"/> as a template output.</summary>
        public string Encode(object? value) => value switch
        {
            null => "",
            RawHtml raw => raw.Html,
            Text text => text.ToHtml(),
            string s => Encoders.Html(s),
            bool b => b ? "true" : "false",
            System.IFormattable f => Encoders.Html(f.ToString(null, CultureInfo.InvariantCulture)),
            _ => Encoders.Html(ObjectToString(value)),
        };
    }
}
