using System;
using System.Collections.Generic;
using System.Text;

namespace FormFactory.Runtime.Submissions
{
    /// <summary>What the converter needs to know about a field's value.</summary>
    public enum ShapeKind
    {
        /// <summary>A string (text, textarea, e-mail, phone, postcode, IBAN, choice).</summary>
        Text,
        /// <summary>A JSON integer.</summary>
        Integer,
        /// <summary>A JSON number (decimal, money); a decimal comma is accepted.</summary>
        Number,
        /// <summary>A date from three inputs: <c>name.day</c>, <c>name.month</c>, <c>name.year</c>.</summary>
        Date,
        /// <summary><c>true</c> or <c>false</c>.</summary>
        Boolean,
        /// <summary>A list of codes (multiChoice): the name repeated once per ticked box.</summary>
        Codes,
        /// <summary>An uploaded file, turned into its metadata.</summary>
        File,
        /// <summary>A nested object.</summary>
        Group,
        /// <summary>A list of objects: <c>name[0].field</c>, <c>name[1].field</c>, …</summary>
        Repeat,
    }

    /// <summary>One field of a <see cref="SubmissionShape"/>.</summary>
    public sealed class FieldShape
    {
        /// <summary>Creates a field shape.</summary>
        public FieldShape(string id, ShapeKind kind, IReadOnlyList<FieldShape>? fields = null)
        {
            Id = id;
            Kind = kind;
            Fields = fields ?? Array.Empty<FieldShape>();
        }

        /// <summary>The field id (the JSON property name).</summary>
        public string Id { get; }

        /// <summary>The kind of value.</summary>
        public ShapeKind Kind { get; }

        /// <summary>The fields of a group or of each entry of a repeat.</summary>
        public IReadOnlyList<FieldShape> Fields { get; }
    }

    /// <summary>
    /// The shape of a form's submission data: field ids, nesting and value kinds. Form packages carry it as text in
    /// <c>manifest.json</c> (<c>submissionShape</c>), so a host needs nothing but this library to convert a
    /// multipart post. Text form: <c>id:kind</c> separated by commas, groups and repeats with their fields in braces,
    /// e.g. <c>name:text,hunde:repeat{name:text,geburtsdatum:date}</c>.
    /// </summary>
    public sealed class SubmissionShape
    {
        /// <summary>Creates a shape.</summary>
        public SubmissionShape(IReadOnlyList<FieldShape> fields) => Fields = fields;

        /// <summary>The top-level fields.</summary>
        public IReadOnlyList<FieldShape> Fields { get; }

        /// <summary>The text form.</summary>
        public override string ToString()
        {
            var sb = new StringBuilder();
            Write(Fields, sb);
            return sb.ToString();
        }

        private static void Write(IReadOnlyList<FieldShape> fields, StringBuilder sb)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(fields[i].Id).Append(':').Append(Name(fields[i].Kind));
                if (fields[i].Kind == ShapeKind.Group || fields[i].Kind == ShapeKind.Repeat)
                {
                    sb.Append('{');
                    Write(fields[i].Fields, sb);
                    sb.Append('}');
                }
            }
        }

        /// <summary>Reads the text form.</summary>
        /// <exception cref="FormatException">The text is not a shape.</exception>
        public static SubmissionShape Parse(string text)
        {
            int pos = 0;
            var fields = ParseFields(text, ref pos);
            if (pos != text.Length) throw new FormatException($"Unexpected '{text[pos]}' at {pos} in the submission shape.");
            return new SubmissionShape(fields);
        }

        private static List<FieldShape> ParseFields(string text, ref int pos)
        {
            var fields = new List<FieldShape>();
            if (pos >= text.Length || text[pos] == '}') return fields;
            while (true)
            {
                string id = Word(text, ref pos);
                Expect(text, ref pos, ':');
                var kind = Kind(Word(text, ref pos), pos);
                IReadOnlyList<FieldShape>? children = null;
                if (kind == ShapeKind.Group || kind == ShapeKind.Repeat)
                {
                    Expect(text, ref pos, '{');
                    children = ParseFields(text, ref pos);
                    Expect(text, ref pos, '}');
                }
                fields.Add(new FieldShape(id, kind, children));
                if (pos < text.Length && text[pos] == ',') { pos++; continue; }
                return fields;
            }
        }

        private static string Word(string text, ref int pos)
        {
            int start = pos;
            while (pos < text.Length && (char.IsLetterOrDigit(text[pos]) || text[pos] == '_')) pos++;
            if (pos == start) throw new FormatException($"Expected a name at {start} in the submission shape.");
            return text.Substring(start, pos - start);
        }

        private static void Expect(string text, ref int pos, char c)
        {
            if (pos >= text.Length || text[pos] != c) throw new FormatException($"Expected '{c}' at {pos} in the submission shape.");
            pos++;
        }

        private static string Name(ShapeKind kind) => kind switch
        {
            ShapeKind.Text => "text",
            ShapeKind.Integer => "integer",
            ShapeKind.Number => "number",
            ShapeKind.Date => "date",
            ShapeKind.Boolean => "boolean",
            ShapeKind.Codes => "codes",
            ShapeKind.File => "file",
            ShapeKind.Group => "group",
            _ => "repeat",
        };

        private static ShapeKind Kind(string name, int pos) => name switch
        {
            "text" => ShapeKind.Text,
            "integer" => ShapeKind.Integer,
            "number" => ShapeKind.Number,
            "date" => ShapeKind.Date,
            "boolean" => ShapeKind.Boolean,
            "codes" => ShapeKind.Codes,
            "file" => ShapeKind.File,
            "group" => ShapeKind.Group,
            "repeat" => ShapeKind.Repeat,
            _ => throw new FormatException($"Unknown kind '{name}' before {pos} in the submission shape."),
        };
    }
}
