using System;
using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Expressions;
using FormFactory.Definitions.FieldTypes;
using FormFactory.Runtime;

namespace FormFactory.Definitions.Validation
{
    /// <summary>Writes model values back as submission JSON, in the one canonical form every back end produces.</summary>
    public static class SubmissionJson
    {
        /// <summary>Writes <paramref name="value"/> (string, decimal, DateTime, bool, code list or file).</summary>
        public static void WriteValue(Utf8JsonWriter writer, object value)
        {
            switch (value)
            {
                case string s: writer.WriteStringValue(s); break;
                case decimal d: writer.WriteRawValue(NumberFieldType.Format(d)); break;
                case DateTime date: writer.WriteStringValue(DateLiterals.Format(date)); break;
                case bool b: writer.WriteBooleanValue(b); break;
                case IEnumerable<string> codes:
                    writer.WriteStartArray();
                    foreach (var c in codes) writer.WriteStringValue(c);
                    writer.WriteEndArray();
                    break;
                case FileValue f:
                    writer.WriteStartObject();
                    writer.WriteString("name", f.Name);
                    writer.WriteString("mediaType", f.MediaType);
                    writer.WriteNumber("size", f.Size);
                    writer.WriteString("sha256", f.Sha256);
                    writer.WriteEndObject();
                    break;
                default: throw new ArgumentException("Not a field value: " + value.GetType().Name);
            }
        }
    }
}
