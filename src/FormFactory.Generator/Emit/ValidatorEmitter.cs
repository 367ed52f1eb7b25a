using System.Collections.Generic;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes a service's validator: straight-line C# that reads the submission JSON (or the typed record) into one
    /// values class per object, checks every visible field, writes what is kept (JSON path only), and checks the
    /// rules, with the reference validator's semantics. Both entry points share the values classes and their checks. Expressions are printed to C# (<see cref="Definitions.Expressions.CSharpPrinter"/>);
    /// nothing of the bound model is interpreted at run time.
    /// </summary>
    internal static class ValidatorEmitter
    {
        private const string Result = "global::FormFactory.Runtime.ValidationResult";
        private const string RecordResult = "global::FormFactory.Runtime.RecordValidationResult";
        private const string Element = "global::System.Text.Json.JsonElement";
        private const string DateTime = "global::System.DateTime";

        /// <summary>The source file for the validator of <paramref name="form"/> in namespace <paramref name="rootNamespace"/>.</summary>
        public static string Emit(FormSpec form, string rootNamespace)
        {
            var w = new CodeWriter();
            SourceHeader.Write(w, form.SourceFileName);
            w.Line("namespace " + rootNamespace).Open();
            w.Line("partial record " + form.Type.Name).Open();
            var statics = new ValidatorStatics();
            var classes = ValuesClass.All(form, rootNamespace);
            var body = new CodeWriter(3);
            foreach (var c in classes)
            {
                body.Line();
                new ValuesClassEmitter(body, c, classes, rootNamespace, statics, form.Validator.Rules).Write();
            }
            WriteEntryPoints(w, rootNamespace);
            WriteRecordEntryPoints(w, form.Type.Name);
            w.Line();
            w.Summary("The generated checks of this service: one class per JSON object of a submission.");
            w.Line("private static class Validation").Open();
            statics.Write(w);
            w.Raw(body.ToString());
            w.Close();
            w.Close();
            w.Close();
            return w.ToString();
        }

        private static void WriteEntryPoints(CodeWriter w, string rootNamespace)
        {
            string support = "global::" + rootNamespace + ".FormFactoryValidation";
            w.Summary("Validates the JSON text of a submission as of today in Europe/Berlin.");
            w.Line("/// <param name=\"json\">The submission: a JSON object whose properties are the ids of the fields.</param>");
            w.Line("/// <returns>Every error, in form order, and the submission as kept: visible, non-empty, normalised values only.</returns>");
            w.Line($"public static {Result} Validate(string json) => Validate(json, global::FormFactory.Runtime.BerlinClock.Today());");
            w.Line();
            w.Summary("Validates the JSON text of a submission as of <paramref name=\"today\"/> (its date counts, not its time).");
            w.Line("/// <param name=\"json\">The submission: a JSON object whose properties are the ids of the fields.</param>");
            w.Line("/// <param name=\"today\">The day <c>today()</c> means in the definition's expressions.</param>");
            w.Line("/// <returns>Every error, in form order, and the submission as kept: visible, non-empty, normalised values only.</returns>");
            w.Line($"public static {Result} Validate(string json, {DateTime} today) => {support}.Parse(json, today, Validate);");
            w.Line();
            w.Summary("Validates a submission given as a JSON element as of <paramref name=\"today\"/>; anything but an object is one error.");
            w.Line("/// <param name=\"submission\">The submission: a JSON object whose properties are the ids of the fields.</param>");
            w.Line("/// <param name=\"today\">The day <c>today()</c> means in the definition's expressions.</param>");
            w.Line("/// <returns>Every error, in form order, and the submission as kept: visible, non-empty, normalised values only.</returns>");
            w.Line($"public static {Result} Validate({Element} submission, {DateTime} today)").Open();
            w.Line($"if (submission.ValueKind != global::System.Text.Json.JsonValueKind.Object) return {Result}.NotAnObject();");
            w.Line("var form = Validation.FormValues.Rent(today.Date);");
            w.Line("form.Load(submission);");
            w.Line($"var writer = {support}.Kept.Start();");
            w.Line("form.Check(writer);");
            w.Line($"string kept = {support}.Kept.Finish(writer);");
            w.Line("form.CheckRules();");
            w.Line($"return new {Result}(form.Release(), kept);");
            w.Close();
        }

        private static void WriteRecordEntryPoints(CodeWriter w, string record)
        {
            const string returns = "/// <returns>Every error, in form order: the errors the JSON entry point reports for the record's own JSON; "
                + "<see cref=\"global::FormFactory.Runtime.RecordValidationResult.Valid\"/> (shared, unchangeable) when there are none.</returns>";
            const string param = "/// <param name=\"submission\">The submission as the application holds it.</param>";
            w.Line();
            w.Summary("Validates a submission the application already holds as a record, as of today in Europe/Berlin.");
            w.Line("/// <remarks>Means what validating <see cref=\"ToJson\"/> of the record means, without reading JSON or keeping it: a valid record costs no allocation.</remarks>");
            w.Line(param);
            w.Line(returns);
            w.Line($"public static {RecordResult} Validate({record} submission) => Validate(submission, global::FormFactory.Runtime.BerlinClock.Today());");
            w.Line();
            w.Summary("Validates a submission the application already holds as a record, as of <paramref name=\"today\"/> (its date counts, not its time).");
            w.Line("/// <remarks>");
            w.Line("/// Means what validating <see cref=\"ToJson\"/> of the record means: the same errors, paths and messages. An enum value");
            w.Line("/// outside its code list is an unknown code; a null entry of a list is an entry of the wrong shape. Nothing is kept");
            w.Line("/// (the record is what the application keeps), and the values read are reused per thread, so a valid record costs");
            w.Line("/// no allocation.");
            w.Line("/// </remarks>");
            w.Line(param);
            w.Line("/// <param name=\"today\">The day <c>today()</c> means in the definition's expressions.</param>");
            w.Line(returns);
            w.Line("/// <exception cref=\"global::System.ArgumentNullException\"><paramref name=\"submission\"/> is null.</exception>");
            w.Line($"public static {RecordResult} Validate({record} submission, {DateTime} today)").Open();
            w.Line("if (submission is null) throw new global::System.ArgumentNullException(nameof(submission));");
            w.Line("var form = Validation.FormValues.Rent(today.Date);");
            w.Line("form.Load(submission);");
            w.Line("form.Check(null);");
            w.Line("form.CheckRules();");
            w.Line($"return {RecordResult}.Of(form.Release());");
            w.Close();
        }
    }

    /// <summary>
    /// The compiled-once parts of a validator: regular expressions, lists of accepted media types, the errors at
    /// fixed paths with fixed messages (immutable, so every validation that finds one shares it), and for fields of
    /// entries the arrays that keep their errors per entry index once made.
    /// </summary>
    internal sealed class ValidatorStatics
    {
        private readonly Dictionary<string, string> _patterns = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _accepts = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _errors = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly Dictionary<string, string> _entryErrors = new Dictionary<string, string>(System.StringComparer.Ordinal);
        private readonly List<string> _lines = new List<string>();

        /// <summary>The static field holding the compiled <paramref name="pattern"/>.</summary>
        public string Pattern(string pattern)
        {
            if (_patterns.TryGetValue(pattern, out var name)) return name;
            name = "Pattern" + _patterns.Count;
            _patterns[pattern] = name;
            // The program the reference and the browser run (FormFactory.Runtime.Patterns), compiled once.
            _lines.Add($"private static readonly global::FormFactory.Runtime.Matching.PatternProgram {name} = global::FormFactory.Runtime.Patterns.Compile(" +
                CSharpLiteral.String(pattern) + ");");
            return name;
        }

        /// <summary>The static field holding an accepted media type list.</summary>
        public string Accept(IEnumerable<string> types)
        {
            var literals = new List<string>();
            foreach (var t in types) literals.Add(CSharpLiteral.String(t));
            string key = string.Join(", ", literals);
            if (_accepts.TryGetValue(key, out var name)) return name;
            name = "Accept" + _accepts.Count;
            _accepts[key] = name;
            _lines.Add($"private static readonly string[] {name} = new[] {{ {key} }};");
            return name;
        }

        /// <summary>The statement recording the error <paramref name="code"/> at <paramref name="path"/> with its messages.</summary>
        public string Fail(ErrorPath path, string code, string? messageDe, string? messageEn)
        {
            string messages = $"{CSharpLiteral.String(code)}, {CSharpLiteral.String(messageDe)}, {CSharpLiteral.String(messageEn)}";
            if (path.Entry is { } entry)
            {
                string key = $"{CSharpLiteral.String(entry.List)}, {CSharpLiteral.String(entry.Suffix)}, {messages}";
                if (!_entryErrors.TryGetValue(key, out var cache))
                {
                    cache = "EntryErrors" + _entryErrors.Count;
                    _entryErrors[key] = cache;
                    _lines.Add($"private static readonly global::FormFactory.Runtime.ValidationError?[] {cache} = new global::FormFactory.Runtime.ValidationError?[{entry.CachedEntries.ToString(System.Globalization.CultureInfo.InvariantCulture)}];");
                }
                return $"this.Run.FailAtEntry({cache}, this.Index, {key});";
            }
            string arguments = $"{path.Expression}, {messages}";
            if (path.FixedPath == null) return $"this.Run.Fail({arguments});";
            if (!_errors.TryGetValue(arguments, out var name))
            {
                name = "Error" + _errors.Count;
                _errors[arguments] = name;
                _lines.Add($"private static readonly global::FormFactory.Runtime.ValidationError {name} = new global::FormFactory.Runtime.ValidationError({arguments});");
            }
            return $"this.Run.Fail({name}); // {path.FixedPath}: {code}";
        }

        /// <summary>Writes the fields.</summary>
        public void Write(CodeWriter w)
        {
            foreach (var line in _lines) w.Line(line);
        }
    }
}
