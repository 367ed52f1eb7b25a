using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Xml;
using FormFactory.Definitions.Model;

namespace FormFactory.FitConnect.Xml
{
    /// <summary>
    /// Renders kept submission data as XML whose element names are the FIM ids where the definition has them (the
    /// field's <c>fim</c>, for a block inclusion the block's) and the field ids elsewhere: a back office that knows the
    /// FIM schema finds its fields by the ids it knows. Codes are written as XÖV code values
    /// (<c>&lt;F00000462 listURI="…" listVersionID="…"&gt;&lt;code&gt;001&lt;/code&gt;&lt;/F00000462&gt;</c>).
    /// </summary>
    public static class SubmissionXml
    {
        /// <summary>The namespace of the rendering: <c>urn:formfactory:submission:&lt;service&gt;[:&lt;version&gt;]</c>.</summary>
        public static string Namespace(FormModel form) => "urn:formfactory:submission:" + form.Id + (form.Version == null ? "" : ":" + form.Version);

        /// <summary>
        /// The XML text (UTF-8, indented, <c>\n</c> line ends) of <paramref name="keptData"/>. <paramref name="blocks"/>
        /// gives the FIM ids of included blocks; <paramref name="attachmentIds"/> (field path to id) links file values to
        /// the attachments exported with them.
        /// </summary>
        public static byte[] Write(FormModel form, JsonElement keptData, IReadOnlyDictionary<string, BlockModel> blocks, IReadOnlyDictionary<string, string>? attachmentIds = null)
        {
            var settings = new XmlWriterSettings { Indent = true, IndentChars = "  ", NewLineChars = "\n", Encoding = new UTF8Encoding(false) };
            using var stream = new MemoryStream();
            using (var writer = XmlWriter.Create(stream, settings))
            {
                var context = new Context(writer, Namespace(form), blocks, attachmentIds ?? new Dictionary<string, string>());
                writer.WriteStartDocument();
                writer.WriteStartElement(ElementNames.For(form.Fim, form.Id), context.Namespace);
                if (form.Fim != null) writer.WriteAttributeString("service", form.Id);
                if (form.Version != null) writer.WriteAttributeString("version", form.Version);
                context.Fields(form.Fields, keptData, "");
                writer.WriteEndElement();
                writer.WriteEndDocument();
            }
            return stream.ToArray();
        }

        private sealed class Context
        {
            private readonly XmlWriter _writer;
            private readonly IReadOnlyDictionary<string, BlockModel> _blocks;
            private readonly IReadOnlyDictionary<string, string> _attachmentIds;

            public Context(XmlWriter writer, string ns, IReadOnlyDictionary<string, BlockModel> blocks, IReadOnlyDictionary<string, string> attachmentIds)
            {
                _writer = writer;
                Namespace = ns;
                _blocks = blocks;
                _attachmentIds = attachmentIds;
            }

            public string Namespace { get; }

            public void Fields(IEnumerable<FieldModel> fields, JsonElement data, string prefix)
            {
                foreach (var field in fields)
                {
                    if (field.Kind == FieldKind.Info || !data.TryGetProperty(field.Id, out var value)) continue;
                    Field(field, value, prefix + field.Id);
                }
            }

            private void Field(FieldModel field, JsonElement value, string path)
            {
                string name = Name(field);
                switch (field.Kind)
                {
                    case FieldKind.Group when field.IsRepeated:
                        int i = 0;
                        bool wrapper = field.Fields.Count == 1 && field.Fim != null && field.Fields[0].Fim == field.Fim;
                        foreach (var item in value.EnumerateArray())
                        {
                            string itemPath = path + "[" + i++ + "].";
                            // A repeated FIM field is written as a group of one value: write the values, not the group.
                            if (wrapper)
                            {
                                if (item.TryGetProperty(field.Fields[0].Id, out var single)) Value(field.Fields[0], name, single, itemPath + field.Fields[0].Id);
                                continue;
                            }
                            _writer.WriteStartElement(name, Namespace);
                            Fields(field.Fields, item, itemPath);
                            _writer.WriteEndElement();
                        }
                        break;
                    case FieldKind.Group:
                        _writer.WriteStartElement(name, Namespace);
                        Fields(field.Fields, value, path + ".");
                        _writer.WriteEndElement();
                        break;
                    case FieldKind.MultiChoice:
                        foreach (var code in value.EnumerateArray()) Code(field, name, code.GetString()!);
                        break;
                    default:
                        Value(field, name, value, path);
                        break;
                }
            }

            private void Value(FieldModel field, string name, JsonElement value, string path)
            {
                switch (field.Kind)
                {
                    case FieldKind.Choice:
                        Code(field, name, value.GetString()!);
                        return;
                    case FieldKind.File:
                        _writer.WriteStartElement(name, Namespace);
                        if (_attachmentIds.TryGetValue(path, out var id)) _writer.WriteAttributeString("attachmentId", id);
                        foreach (var part in new[] { "name", "mediaType", "size", "sha256" })
                            _writer.WriteElementString(part, Namespace, Scalar(value.GetProperty(part)));
                        _writer.WriteEndElement();
                        return;
                    default:
                        _writer.WriteElementString(name, Namespace, Scalar(value));
                        return;
                }
            }

            private void Code(FieldModel field, string name, string code)
            {
                _writer.WriteStartElement(name, Namespace);
                var list = field.CodeList;
                if (list?.Source != null)
                {
                    string suffix = list.Version == null ? "" : "_" + list.Version;
                    bool versioned = suffix.Length > 0 && list.Source.EndsWith(suffix, StringComparison.Ordinal);
                    _writer.WriteAttributeString("listURI", versioned ? list.Source.Substring(0, list.Source.Length - suffix.Length) : list.Source);
                    if (list.Version != null) _writer.WriteAttributeString("listVersionID", list.Version);
                }
                _writer.WriteElementString("code", Namespace, code);
                _writer.WriteEndElement();
            }

            private string Name(FieldModel field)
            {
                string? fim = field.Fim;
                if (fim == null && field.BlockId != null && _blocks.TryGetValue(field.BlockId, out var block)) fim = block.Fim;
                return ElementNames.For(fim, field.Id);
            }

            private static string Scalar(JsonElement value) => value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => value.GetRawText(),
            };
        }
    }
}
