using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Fim.CodeLists;
using FormFactory.Fim.Xml;

namespace FormFactory.Fim.Reading
{
    /// <summary>Reads an import file safely and tells its kind by the root element's namespace and name.</summary>
    public static class FimFileReader
    {
        /// <summary>Every XDatenfelder namespace starts so; the version follows.</summary>
        public const string XdfNamespacePrefix = "urn:xoev-de:fim:standard:xdatenfelder_";

        /// <summary>Reads <paramref name="input"/>; null (with a diagnostic) when it is no importable file.</summary>
        public static FimFile? Read(FimInput input, DiagnosticBag diagnostics)
        {
            var document = SafeXml.Load(input, diagnostics);
            var root = document?.Root;
            if (root == null) return null;
            if (GenericodeReader.IsCodeList(root))
            {
                var list = GenericodeReader.Read(root, input.Path, diagnostics);
                return list == null ? null : new FimFile(input, null, list);
            }
            string ns = root.Name.NamespaceName;
            if (!ns.StartsWith(XdfNamespacePrefix, StringComparison.Ordinal))
            {
                diagnostics.Report(DiagnosticDescriptors.NotAnImportableMessage, XmlLocation.Of(input.Path, root),
                    $"The root element '{root.Name.LocalName}'{(ns.Length == 0 ? " (no namespace)" : $" (namespace {ns})")} is no XDatenfelder message");
                return null;
            }
            string version = ns.Substring(XdfNamespacePrefix.Length);
            int major = version.Length > 0 && char.IsDigit(version[0]) ? version[0] - '0' : 0;
            if (major != 2 && major != 3)
            {
                diagnostics.Report(DiagnosticDescriptors.UnsupportedXdfVersion, XmlLocation.Of(input.Path, root),
                    $"XDatenfelder {(major == 0 ? version : major.ToString(System.Globalization.CultureInfo.InvariantCulture))} (namespace {ns})");
                return null;
            }
            string name = root.Name.LocalName;
            if (name != XdfReader.SchemaMessage && name != XdfReader.GroupMessage)
            {
                diagnostics.Report(DiagnosticDescriptors.NotAnImportableMessage, XmlLocation.Of(input.Path, root),
                    $"The XDatenfelder message '{name}' is none FormFactory imports");
                return null;
            }
            XdfReader reader = major == 2 ? new Xdf2Reader(input.Path, diagnostics) : new Xdf3Reader(input.Path, diagnostics);
            var schema = reader.ReadMessage(root);
            return schema == null ? null : new FimFile(input, schema, null);
        }

        /// <summary>
        /// The root element's name without reading the whole file (with the same safe settings), to find genericode
        /// lists beside a schema; null when the file is no readable XML.
        /// </summary>
        public static XName? PeekRoot(byte[] content)
        {
            try
            {
                using var reader = XmlReader.Create(new MemoryStream(content, writable: false), SafeXml.Settings());
                return reader.MoveToContent() == XmlNodeType.Element ? XName.Get(reader.LocalName, reader.NamespaceURI) : null;
            }
            catch (XmlException)
            {
                return null;
            }
        }
    }
}
