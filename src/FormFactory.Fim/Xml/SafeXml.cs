using System;
using System.IO;
using System.Xml;
using System.Xml.Linq;
using FormFactory.Definitions.Diagnostics;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Fim.Xml
{
    /// <summary>
    /// Reads import files as XML without trusting them: no DTD (so no entity expansion and no external entities),
    /// no resolver (nothing else is ever read), and limits on size, so a hostile or broken file yields a diagnostic,
    /// never a hang, a crash or a read of another file.
    /// </summary>
    public static class SafeXml
    {
        /// <summary>Files larger than this are refused; real FIM exports are a few hundred kilobytes.</summary>
        public const int MaxFileBytes = 32 * 1024 * 1024;

        /// <summary>Nesting deeper than this is refused (real schemas nest fewer than 30 levels).</summary>
        public const int MaxDepth = 256;

        /// <summary>The reader settings every import file is read with.</summary>
        public static XmlReaderSettings Settings() => new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxFileBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };

        /// <summary>Parses <paramref name="input"/>; null (with a diagnostic in <paramref name="diagnostics"/>) when it cannot be used.</summary>
        public static XDocument? Load(FimInput input, DiagnosticBag diagnostics)
        {
            if (input.Content.Length > MaxFileBytes)
            {
                diagnostics.Report(DiagnosticDescriptors.FileUnreadable, SourceLocation.WholeFile(input.Path), $"it is larger than {MaxFileBytes / 1024 / 1024} MB");
                return null;
            }
            try
            {
                // A first pass with the bare reader keeps the whole read linear: the tree is built only for a file
                // whose nesting is known to stay within the limit.
                using (var probe = Open(input.Content))
                    if (XmlDepth.FirstBeyond(probe, MaxDepth) is (int deepLine, int deepColumn))
                    {
                        diagnostics.Report(DiagnosticDescriptors.XmlNestedTooDeeply,
                            new SourceLocation(input.Path, 0, 0, deepLine, deepColumn, deepLine, deepColumn), MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture));
                        return null;
                    }
                using var reader = Open(input.Content);
                var document = XDocument.Load(reader, LoadOptions.SetLineInfo);
                return document.Root == null ? null : document;
            }
            catch (XmlException e)
            {
                if (DocumentTypeAt(input.Content) is (int line, int column))
                    diagnostics.Report(DiagnosticDescriptors.XmlDtdRefused, new SourceLocation(input.Path, 0, 0, line, column, line, column));
                else
                    diagnostics.Report(DiagnosticDescriptors.InvalidXml,
                        new SourceLocation(input.Path, 0, 0, Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition), Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)),
                        Describe(e));
                return null;
            }
        }

        private static XmlReader Open(byte[] content) => XmlReader.Create(new MemoryStream(content, writable: false), Settings());

        /// <summary>
        /// Where the prolog declares <c>&lt;!DOCTYPE</c> (the reason a reader that prohibits DTDs stops; it reports no
        /// position for it), or null when there is none.
        /// </summary>
        private static (int Line, int Column)? DocumentTypeAt(byte[] content)
        {
            // The declaration comes before the root element, so the first kilobytes tell. UTF-16 files are probed too.
            int n = Math.Min(content.Length, 64 * 1024);
            foreach (var encoding in new[] { System.Text.Encoding.UTF8, System.Text.Encoding.Unicode, System.Text.Encoding.BigEndianUnicode })
            {
                string head = encoding.GetString(content, 0, encoding == System.Text.Encoding.UTF8 ? n : n - n % 2).TrimStart('\uFEFF');
                int at = head.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
                if (at < 0) continue;
                int line = 1, lineStart = 0;
                for (int i = 0; i < at; i++)
                    if (head[i] == '\n') { line++; lineStart = i + 1; }
                return (line, at - lineStart + 1);
            }
            return null;
        }

        /// <summary>The parser's message without the position, which the diagnostic carries.</summary>
        private static string Describe(XmlException e)
        {
            string message = e.Message;
            int at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
            if (at > 0) message = message.Substring(0, at);
            return message.TrimEnd('.', ' ');
        }
    }
}
