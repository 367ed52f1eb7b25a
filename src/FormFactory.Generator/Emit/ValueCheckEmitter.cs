using System.Globalization;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>Writes the checks of one non-empty value, by field type, and the line that keeps it.</summary>
    internal sealed class ValueCheckEmitter
    {
        private const string Runtime = "global::FormFactory.Runtime";

        private readonly CodeWriter _w;
        private readonly ValidatedField _field;
        private readonly ErrorPath _path;
        private readonly string _rootNamespace;
        private readonly string _support;
        private readonly ValidatorStatics _statics;
        private readonly ICSharpFieldAccess _access;

        /// <summary>Prepares to write the checks of <paramref name="field"/>, reported at <paramref name="path"/>.</summary>
        public ValueCheckEmitter(CodeWriter writer, ValidatedField field, ErrorPath path, string rootNamespace, ValidatorStatics statics, ICSharpFieldAccess access)
        {
            _w = writer;
            _field = field;
            _path = path;
            _rootNamespace = rootNamespace;
            _support = "global::" + rootNamespace + ".FormFactoryValidation";
            _statics = statics;
            _access = access;
        }

        /// <summary>Writes the checks of the value held in <paramref name="member"/>, which is not null here.</summary>
        public void Write(string member)
        {
            var f = _field;
            string id = CSharpLiteral.String(f.Id);
            switch (f.Kind)
            {
                case FieldKind.Text:
                case FieldKind.Textarea:
                    _w.Line($"string value = {member};");
                    if (f.MinLength != null || f.MaxLength != null) _w.Line($"int length = {Runtime}.TextLength.CodePoints(value);");
                    if (f.MinLength is int minLength) FailIf("length < " + Int(minLength), "minLength");
                    if (f.MaxLength is int maxLength) FailIf("length > " + Int(maxLength), "maxLength");
                    if (f.Pattern != null) FailIf($"!{Runtime}.Patterns.IsMatch({_statics.Pattern(f.Pattern)}, value)", "pattern");
                    _w.Line($"writer?.WriteString({id}, value);");
                    break;
                case FieldKind.Email:
                case FieldKind.Phone:
                case FieldKind.Postcode:
                case FieldKind.Iban:
                    _w.Line($"string value = {member};");
                    string check = f.Kind switch { FieldKind.Email => "IsEmail", FieldKind.Phone => "IsPhone", FieldKind.Postcode => "IsPostcode", _ => "IsIban" };
                    FailIf($"!{Runtime}.FormatChecks.{check}(value)", f.Kind == FieldKind.Iban ? "iban" : "format");
                    // An IBAN is checked as typed (the check reads past spaces and case) and kept normalised.
                    _w.Line(f.Kind == FieldKind.Iban ? $"writer?.WriteString({id}, this.{f.Id}_Normal());" : $"writer?.WriteString({id}, value);");
                    break;
                case FieldKind.Choice:
                    _w.Line($"string value = {member};");
                    if (f.CodeMapping != null) FailIf($"!{Mapping(f)}.TryParse(value, out _)", "codeList");
                    _w.Line($"writer?.WriteString({id}, value);");
                    break;
                case FieldKind.MultiChoice:
                    _w.Line($"global::System.Collections.Generic.List<string> value = {member};");
                    if (f.CodeMapping != null)
                    {
                        // One error however many codes are unknown.
                        _w.Line("foreach (string code in value)").Open();
                        _w.Line($"if (!{Mapping(f)}.TryParse(code, out _))").Open();
                        Fail("codeList");
                        _w.Line("break;");
                        _w.Close();
                        _w.Close();
                    }
                    if (f.MinItems is int minItems) FailIf("value.Count < " + Int(minItems), "minItems");
                    if (f.MaxItems is int maxItems) FailIf("value.Count > " + Int(maxItems), "maxItems");
                    _w.Line($"if (writer != null) {_support}.WriteCodes(writer, {id}, value);");
                    break;
                case FieldKind.Integer:
                case FieldKind.Decimal:
                case FieldKind.Money:
                    _w.Line($"decimal value = {member}.Value;");
                    if (f.Min is decimal min) FailIf("value < " + Decimal(min), "min");
                    if (f.Max is decimal max) FailIf("value > " + Decimal(max), "max");
                    if (f.Scale is int scale) FailIf($"{Runtime}.Numbers.Scale(value) > {Int(scale)}", "scale");
                    _w.Line($"if (writer != null) {_support}.WriteNumber(writer, {id}, value);");
                    break;
                case FieldKind.Date:
                    _w.Line($"global::System.DateTime value = {member}.Value;");
                    DateBound(f.MinDate, "min", "<");
                    DateBound(f.MaxDate, "max", ">");
                    _w.Line($"writer?.WriteString({id}, {Runtime}.DateLiterals.Format(value));");
                    break;
                case FieldKind.Boolean:
                    _w.Line($"writer?.WriteBoolean({id}, {member}.Value);");
                    break;
                case FieldKind.File:
                    _w.Line($"{Runtime}.Attachment value = {member};");
                    if (f.Accept.Count > 0) FailIf($"!{Runtime}.AttachmentChecks.Accepts({_statics.Accept(f.Accept)}, value.MediaType)", "accept");
                    if (f.MaxSizeKb is long kb) FailIf("value.Size > " + (kb * 1024).ToString(CultureInfo.InvariantCulture) + "L", "maxSize");
                    _w.Line($"if (writer != null) {_support}.WriteFile(writer, {id}, value);");
                    break;
            }
        }

        private void DateBound(BoundExpression? bound, string code, string comparison)
        {
            if (bound == null) return;
            _w.Line($"global::System.DateTime? {code} = {CSharpPrinter.Print(bound, _access)};");
            _w.Line($"if ({code} != null && value {comparison} {code}.Value)").Open();
            var m = _field.Message(code);
            if (m.De != null && m.En != null) Fail(code);
            else
            {
                // The message names the bound as evaluated for this submission.
                string limit = $"{Runtime}.DateLiterals.Format({code}.Value)";
                string de = $"{Runtime}.DefaultMessages.For({CSharpLiteral.String(code)}, \"date\", null, {CSharpLiteral.String(_field.LabelDe)}, {limit}, \"de\")";
                string en = $"{Runtime}.DefaultMessages.For({CSharpLiteral.String(code)}, \"date\", null, {CSharpLiteral.String(_field.LabelEn)}, {limit}, \"en\")";
                _w.Line($"this.Run.Fail({_path.Expression}, {CSharpLiteral.String(code)}, {de}, {en});");
            }
            _w.Close();
        }

        private string Mapping(ValidatedField f) => "global::" + _rootNamespace + ".CodeLists." + f.CodeMapping;

        private void Fail(string code)
        {
            var m = _field.Message(code);
            _w.Line(_statics.Fail(_path, code, m.De, m.En));
        }

        private void FailIf(string condition, string code)
        {
            _w.Line($"if ({condition})").Open();
            Fail(code);
            _w.Close();
        }

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Decimal(decimal value) => CSharpPrinter.DecimalLiteral(value.ToString(CultureInfo.InvariantCulture));
    }
}
