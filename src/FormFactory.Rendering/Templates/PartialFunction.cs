using System;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FormFactory.Rendering.Templates
{
    /// <summary>
    /// A template function that renders a partial and returns its markup as <see cref="RawHtml"/>: <c>render</c>
    /// (a named partial and its model) and <c>render_field</c> (a field's partial by its type). A page calls them
    /// hundreds of times; as delegates Scriban invoked them by reflection, a tenth of a page's rendering time.
    /// </summary>
    internal sealed class PartialFunction : IScriptCustomFunction, IScriptFunctionInfo
    {
        private readonly Func<TemplateContext, SourceSpan, ScriptArray, string> _render;
        private readonly string[] _parameters;

        private PartialFunction(Func<TemplateContext, SourceSpan, ScriptArray, string> render, params string[] parameters)
        {
            _render = render;
            _parameters = parameters;
        }

        /// <summary><c>{{ render "partials/error-summary.html" page }}</c>: the partial sees the value as <c>model</c>.</summary>
        public static PartialFunction Render(TemplateSet set) => new((context, caller, args) =>
            set.RenderPage(context, args[0] as string ?? throw new ScriptRuntimeException(caller, "render takes the partial's file name first, as a string"), args[1]),
            "name", "model");

        /// <summary><c>{{ render_field field }}</c>: the partial of the field's type, <c>fields/TYPE.html</c>, sees it as <c>field</c>.</summary>
        public static PartialFunction RenderField(TemplateSet set) => new((context, caller, args) =>
        {
            var field = args[0] as Views.FieldView ?? throw new ScriptRuntimeException(caller, "render_field takes a field of the page's model");
            return set.RenderPage(context, "fields/" + field.Template + ".html", field, "field");
        }, "field");

        /// <inheritdoc />
        public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
        {
            var span = callerContext?.Span ?? context.CurrentSpan;
            if (arguments.Count != _parameters.Length)
                throw new ScriptRuntimeException(span, $"expected {_parameters.Length} argument(s) ({string.Join(", ", _parameters)}), got {arguments.Count}");
            return new RawHtml(_render(context, span, arguments));
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
