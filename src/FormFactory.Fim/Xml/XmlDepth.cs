using System.Xml;

namespace FormFactory.Fim.Xml
{
    /// <summary>
    /// Measures nesting while the XML is read, before any tree is built: building a tree of deeply nested elements
    /// takes time quadratic in the depth (200,000 levels did not load in minutes), so the limit must stop the reader,
    /// not be checked on the loaded document. Reading stops at the first element beyond the limit.
    /// </summary>
    internal static class XmlDepth
    {
        /// <summary>
        /// Reads <paramref name="reader"/> until the first element nested deeper than <paramref name="limit"/> levels
        /// (the root is level 1) and returns where it starts; null when the whole document stays within the limit.
        /// Malformed XML throws the reader's <see cref="XmlException"/>, as loading it would.
        /// </summary>
        public static (int Line, int Column)? FirstBeyond(XmlReader reader, int limit)
        {
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth < limit) continue;
                var info = reader as IXmlLineInfo;
                return info != null && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (1, 1);
            }
            return null;
        }
    }
}
