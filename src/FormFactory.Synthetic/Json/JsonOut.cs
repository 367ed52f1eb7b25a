using System;
using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FormFactory.Synthetic.Json
{
    /// <summary>Writes one definition file: indented with two spaces, LF line endings, umlauts as they are.</summary>
    internal sealed class JsonOut : IDisposable
    {
        private static readonly JsonWriterOptions Options = new()
        {
            Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

        public JsonOut() => W = new Utf8JsonWriter(_buffer, Options);

        public Utf8JsonWriter W { get; }

        /// <summary>A localized text: a plain string for German only, an object when English is given.</summary>
        public void Text(string name, string de, string? en = null)
        {
            if (en == null)
            {
                W.WriteString(name, de);
                return;
            }
            W.WriteStartObject(name);
            W.WriteString("de", de);
            W.WriteString("en", en);
            W.WriteEndObject();
        }

        /// <summary>A list of strings.</summary>
        public void Strings(string name, params string[] values)
        {
            W.WriteStartArray(name);
            foreach (var v in values) W.WriteStringValue(v);
            W.WriteEndArray();
        }

        /// <summary>The file's bytes (UTF-8 without byte order mark), ending in a line break.</summary>
        public byte[] ToBytes()
        {
            W.Flush();
            var bytes = new byte[_buffer.WrittenCount + 1];
            _buffer.WrittenSpan.CopyTo(bytes);
            bytes[^1] = (byte)'\n';
            return bytes;
        }

        public void Dispose() => W.Dispose();
    }
}
