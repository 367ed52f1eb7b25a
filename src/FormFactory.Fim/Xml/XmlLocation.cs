using System.Xml;
using System.Xml.Linq;
using FormFactory.Definitions.Syntax;

namespace FormFactory.Fim.Xml
{
    /// <summary>Turns the line information XLinq keeps into the core's locations (XML has no character offsets here).</summary>
    public static class XmlLocation
    {
        /// <summary>Where <paramref name="node"/> starts in the file <paramref name="path"/>.</summary>
        public static SourceLocation Of(string path, XObject? node)
        {
            if (node is IXmlLineInfo info && info.HasLineInfo())
                return new SourceLocation(path, 0, 0, info.LineNumber, info.LinePosition, info.LineNumber, info.LinePosition);
            return SourceLocation.WholeFile(path);
        }

        /// <summary>The line of <paramref name="node"/>, or 0 when unknown.</summary>
        public static int Line(XObject? node) => node is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;
    }
}
