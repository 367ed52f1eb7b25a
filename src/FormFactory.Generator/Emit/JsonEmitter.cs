using System.Globalization;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;

namespace FormFactory.Generator.Emit
{
    /// <summary>
    /// Writes a service's JSON support: <c>FromJson</c> and <c>ToJson</c> on the form's record and a
    /// <c>JsonConverter</c> per record, plain <c>Utf8JsonReader</c>/<c>Utf8JsonWriter</c> code without reflection,
    /// registered with <c>[JsonConverter]</c> so <c>JsonSerializer</c> and its source generator use it too.
    /// </summary>
    internal static class JsonEmitter
    {
        private const string Reader = "global::System.Text.Json.Utf8JsonReader";
        private const string Writer = "global::System.Text.Json.Utf8JsonWriter";

        /// <summary>The source file with the JSON support of <paramref name="form"/>'s records.</summary>
        public static string Emit(FormSpec form, string rootNamespace)
        {
            var w = new CodeWriter();
            SourceHeader.Write(w, form.SourceFileName);
            w.Line("namespace " + rootNamespace).Open();
            WriteType(w, form.Type, rootNamespace, isForm: true);
            w.Close();
            return w.ToString();
        }

        private static void WriteType(CodeWriter w, TypeSpec type, string rootNamespace, bool isForm)
        {
            string json = "global::" + rootNamespace + ".FormFactoryJson";
            w.Line($"[global::System.Text.Json.Serialization.JsonConverter(typeof({type.Name}.Converter))]");
            w.Line("partial record " + type.Name).Open();
            if (isForm)
            {
                w.Summary("Reads the record from JSON text shaped like a submission, such as <see cref=\"global::FormFactory.Runtime.ValidationResult.KeptJson\"/>.");
                w.Line("/// <param name=\"json\">A JSON object whose properties are the ids of the fields; unknown properties are ignored.</param>");
                w.Line("/// <exception cref=\"global::System.Text.Json.JsonException\">The text is no JSON object, or a value has the wrong type or is no code of its list.</exception>");
                w.Line($"public static {type.Name} FromJson(string json)").Open();
                w.Line($"var reader = {json}.Open(json);");
                w.Line("var value = Converter.ReadValue(ref reader);");
                w.Line($"{json}.End(ref reader);");
                w.Line("return value;");
                w.Close();
                w.Line();
                w.Summary("Writes the record as JSON shaped like a submission: empty values left out, numbers without trailing zeros, dates as <c>YYYY-MM-DD</c>.");
                w.Line($"public string ToJson() => {json}.Write(writer => Converter.WriteValue(writer, this));");
                w.Line();
            }
            w.Summary($"Reads and writes <see cref=\"{type.Name}\"/> as submission JSON, without reflection.");
            w.Line($"public sealed class Converter : global::System.Text.Json.Serialization.JsonConverter<{type.Name}>").Open();
            w.Line("/// <inheritdoc />");
            w.Line($"public override {type.Name} Read(ref {Reader} reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options) => ReadValue(ref reader);");
            w.Line();
            w.Line("/// <inheritdoc />");
            w.Line($"public override void Write({Writer} writer, {type.Name} value, global::System.Text.Json.JsonSerializerOptions options) => WriteValue(writer, value);");
            w.Line();
            WriteRead(w, type, rootNamespace, json);
            w.Line();
            WriteWrite(w, type, rootNamespace, json);
            w.Close();
            foreach (var nested in type.NestedTypes)
            {
                w.Line();
                WriteType(w, nested, rootNamespace, isForm: false);
            }
            w.Close();
        }

        private static void WriteRead(CodeWriter w, TypeSpec type, string rootNamespace, string json)
        {
            w.Summary("Reads the object the reader is at, leaving the reader at its end.");
            w.Line($"public static {type.Name} ReadValue(ref {Reader} reader)").Open();
            w.Line($"{json}.StartObject(ref reader, {CSharpLiteral.String(type.Name)});");
            var props = type.Properties;
            for (int i = 0; i < props.Count; i++)
            {
                string element = FormEmitter.ElementType(props[i], rootNamespace);
                w.Line(props[i].Type.IsList
                    ? $"global::System.Collections.Generic.IReadOnlyList<{element}> {Local(i)} = global::System.Array.Empty<{element}>();"
                    : $"{element}? {Local(i)} = null;");
            }
            w.Line($"while ({json}.NextProperty(ref reader))").Open();
            for (int i = 0; i < props.Count; i++)
            {
                w.Line($"{(i == 0 ? "" : "else ")}if (reader.ValueTextEquals({CSharpLiteral.String(props[i].FieldId)}))").Open();
                w.Line($"{json}.Value(ref reader);");
                ReadProperty(w, props[i], Local(i), rootNamespace, json);
                w.Close();
            }
            w.Line(props.Count == 0 ? "reader.Skip();" : "else reader.Skip();");
            w.Close();
            w.Line($"return new {type.Name}").Open();
            for (int i = 0; i < props.Count; i++) w.Line($"{props[i].Name} = {Local(i)},");
            w.Close(";");
            w.Close();
        }

        private static void ReadProperty(CodeWriter w, PropertySpec p, string local, string rootNamespace, string json)
        {
            string name = CSharpLiteral.String(p.FieldId);
            string element = FormEmitter.ElementType(p, rootNamespace);
            string mapping = "global::" + rootNamespace + ".CodeLists." + p.CodeMapping;
            string notACode = $"throw {json}.Invalid({name}, \"a code of its code list\")";
            switch (p.Kind)
            {
                case FieldKind.Group when p.Type.IsList:
                    w.Line($"var list = new global::System.Collections.Generic.List<{element}>();");
                    w.Line($"if ({json}.StartArray(ref reader, {name}))").Open();
                    w.Line($"while ({json}.NextItem(ref reader)) list.Add({element}.Converter.ReadValue(ref reader));");
                    w.Close();
                    w.Line($"{local} = list;");
                    break;
                case FieldKind.Group:
                    w.Line($"{local} = reader.TokenType == global::System.Text.Json.JsonTokenType.Null ? null : {element}.Converter.ReadValue(ref reader);");
                    break;
                case FieldKind.MultiChoice when p.CodeMapping != null:
                    w.Line($"var list = new global::System.Collections.Generic.List<{element}>();");
                    w.Line($"if ({json}.StartArray(ref reader, {name}))").Open();
                    w.Line($"while ({json}.NextItem(ref reader)) list.Add({mapping}.TryParse({json}.ReadString(ref reader, {name}), out var code) ? code : {notACode});");
                    w.Close();
                    w.Line($"{local} = list;");
                    break;
                case FieldKind.Choice when p.CodeMapping != null:
                    w.Line($"string? text = {json}.ReadString(ref reader, {name});");
                    w.Line($"{local} = text == null ? null : {mapping}.TryParse(text, out var code) ? code : {notACode};");
                    break;
                case FieldKind.Integer:
                    w.Line($"{local} = {json}.ReadInteger(ref reader, {name});");
                    break;
                case FieldKind.Decimal:
                case FieldKind.Money:
                    w.Line($"{local} = {json}.ReadDecimal(ref reader, {name});");
                    break;
                case FieldKind.Boolean:
                    w.Line($"{local} = {json}.ReadBoolean(ref reader, {name});");
                    break;
                case FieldKind.Date:
                    w.Line($"global::System.DateTime? date = {json}.ReadDate(ref reader, {name});");
                    w.Line($"{local} = date == null ? null : global::System.DateOnly.FromDateTime(date.Value);");
                    break;
                case FieldKind.File:
                    w.Line($"{local} = {json}.ReadAttachment(ref reader, {name});");
                    break;
                default:
                    w.Line($"{local} = {json}.ReadString(ref reader, {name});");
                    break;
            }
        }

        private static void WriteWrite(CodeWriter w, TypeSpec type, string rootNamespace, string json)
        {
            w.Summary("Writes <paramref name=\"value\"/> as a JSON object, leaving out empty values.");
            w.Line($"public static void WriteValue({Writer} writer, {type.Name} value)").Open();
            w.Line("writer.WriteStartObject();");
            var props = type.Properties;
            for (int i = 0; i < props.Count; i++)
            {
                var p = props[i];
                string name = CSharpLiteral.String(p.FieldId);
                string element = FormEmitter.ElementType(p, rootNamespace);
                string mapping = "global::" + rootNamespace + ".CodeLists." + p.CodeMapping;
                string local = Local(i);
                if (p.Type.IsList)
                {
                    w.Line($"if (value.{p.Name} is {{ Count: > 0 }} {local})").Open();
                    w.Line($"writer.WriteStartArray({name});");
                    w.Line(p.Kind == FieldKind.Group
                        ? $"foreach (var item in {local}) {element}.Converter.WriteValue(writer, item);"
                        : $"foreach (var item in {local}) writer.WriteStringValue({mapping}.ToCode(item));");
                    w.Line("writer.WriteEndArray();");
                    w.Close();
                    continue;
                }
                string test = $"if (value.{p.Name} is {element} {local}) ";
                switch (p.Kind)
                {
                    case FieldKind.Group:
                        w.Line(test).Open();
                        w.Line($"writer.WritePropertyName({name});");
                        w.Line($"{element}.Converter.WriteValue(writer, {local});");
                        w.Close();
                        break;
                    case FieldKind.Choice when p.CodeMapping != null: w.Line(test + $"writer.WriteString({name}, {mapping}.ToCode({local}));"); break;
                    case FieldKind.Integer: w.Line(test + $"writer.WriteNumber({name}, {local});"); break;
                    case FieldKind.Decimal:
                    case FieldKind.Money: w.Line(test + $"{json}.WriteDecimal(writer, {name}, {local});"); break;
                    case FieldKind.Boolean: w.Line(test + $"writer.WriteBoolean({name}, {local});"); break;
                    case FieldKind.Date: w.Line(test + $"{json}.WriteDate(writer, {name}, {local}.ToDateTime(global::System.TimeOnly.MinValue));"); break;
                    case FieldKind.File: w.Line(test + $"{json}.WriteAttachment(writer, {name}, {local});"); break;
                    default: w.Line(test + $"writer.WriteString({name}, {local});"); break;
                }
            }
            w.Line("writer.WriteEndObject();");
            w.Close();
        }

        private static string Local(int index) => "p" + index.ToString(CultureInfo.InvariantCulture);
    }
}
