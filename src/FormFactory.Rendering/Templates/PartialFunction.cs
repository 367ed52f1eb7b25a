using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// A template function that renders a partial: <c>render</c> (a named partial and its model) and
    /// <c>render_field</c> (a field's partial by its type). A page calls them hundreds of times, so two costs are
    /// avoided: Scriban invoked delegates by reflection, and a partial rendered into its own output was copied
    /// into its caller's at every level of nesting. A call that is a statement of its own (<c>{{ render … }}</c>,
    /// whose value the template writes where it stands) renders straight into the current output; any other use
    /// (assigned, piped, compared) gets the markup as <see cref="RawHtml"/>. Both give the same page.
    /// </summary>
    internal sealed class PartialFunction : IScriptCustomFunction, IScriptFunctionInfo
    {
        /// <summary>A partial to render: its template, its model and the name the template sees the model by.</summary>
        private readonly record struct Call(string Template, object? Model, string Variable);

        private readonly TemplateSet _set;
        private readonly Func<SourceSpan, ScriptArray, Call> _resolve;
        private readonly string[] _parameters;

        private PartialFunction(TemplateSet set, Func<SourceSpan, ScriptArray, Call> resolve, params string[] parameters)
        {
            _set = set;
            _resolve = resolve;
            _parameters = parameters;
        }

        /// <summary><c>{{ render "partials/error-summary.html" page }}</c>: the partial sees the value as <c>model</c>.</summary>
        public static PartialFunction Render(TemplateSet set) => new(set, (span, args) =>
            new Call(args[0] as string ?? throw new ScriptRuntimeException(span, "render takes the partial's file name first, as a string"), args[1], "model"),
            "name", "model");

        /// <summary><c>{{ render_field field }}</c>: the partial of the field's type, <c>fields/TYPE.html</c>, sees it as <c>field</c>.</summary>
        public static PartialFunction RenderField(TemplateSet set) => new(set, (span, args) =>
        {
            var field = args[0] as Views.FieldView ?? throw new ScriptRuntimeException(span, "render_field takes a field of the page's model");
            return new Call("fields/" + field.Template + ".html", field, "field");
        }, "field");

        /// <inheritdoc />
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != _parameters.Length)
                throw new ScriptRuntimeException(span, $"expected {_parameters.Length} argument(s) ({string.Join(", ", _parameters)}), got {arguments.Count}");
            var call = _resolve(span, arguments);
            // The enclosing block writes a statement's non-null value where the statement stands, if output is on.
            bool standsAlone = callerContext?.Parent is ScriptExpressionStatement && context.EnableOutput;
            if (call.Model is Views.ItemView { Like: { } like } item && _set.RendersEmptyEntriesOnce && context is HtmlTemplateContext html &&
                html.Once(call.Template, like, () => MarkupWithMarkers(context, call, like)) is { } withMarkers)
            {
                // An empty entry: its kind's markup, made once per render, with this entry's index and number.
                string markup = withMarkers.Replace(like.Index, item.Index, StringComparison.Ordinal).Replace(like.Number, item.Number, StringComparison.Ordinal);
                if (!standsAlone) return new RawHtml(markup);
                context.Write(markup);
                return null;
            }
            if (standsAlone)
            {
                _set.RenderInto(context, call.Template, call.Model, call.Variable);
                return null;
            }
            return new RawHtml(_set.RenderPage(context, call.Template, call.Model, call.Variable));
        }

        /// <summary>
        /// The markup of <paramref name="like"/>, an empty entry with markers for its index and number; null when the
        /// entry's own texts hold a marker character (a private-use character, which no definition should need), as
        /// then replacing the markers would change them too.
        /// </summary>
        private string? MarkupWithMarkers(TemplateContext context, Call call, Views.ItemView like)
        {
            string markup = _set.RenderPage(context, call.Template, like, call.Variable);
            return Pages.FormPageBuilder.HasStrayMarkerCharacters(markup) ? null : markup;
        }

        /// <inheritdoc />
        public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
            new(Invoke(context, callerContext, arguments, blockStatement));

        /// <inheritdoc />
        public int RequiredParameterCount => _parameters.Length;

        /// <inheritdoc />
        public int ParameterCount => _parameters.Length;

        /// <inheritdoc />
        public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

        /// <inheritdoc />
        public Type ReturnType => typeof(RawHtml);

        /// <inheritdoc />
        public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), _parameters[index]);
    }
}
