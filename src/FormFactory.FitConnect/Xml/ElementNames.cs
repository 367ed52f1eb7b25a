using System.Text.RegularExpressions;
using System.Xml;

namespace FormFactory.FitConnect.Xml
{
    /// <summary>Element names for the XML rendering: the FIM id without its version, else the definition's id.</summary>
    public static class ElementNames
    {
        private static readonly Regex FimId = new(@"^([A-Za-z][0-9]+)(?:V[0-9][0-9.]*)?$", RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(1));

        /// <summary><c>F60000227</c> for <c>F60000227</c> or <c>F60000227V1.1</c>; <paramref name="id"/> when there is no usable FIM id.</summary>
        public static string For(string? fim, string id)
        {
            if (fim != null)
            {
                var m = FimId.Match(fim.Trim());
                if (m.Success) return m.Groups[1].Value;
                try
                {
                    return XmlConvert.VerifyNCName(fim.Trim());
                }
                catch (XmlException)
                {
                    // Not a name XML allows: fall back to the field id, which always is one.
                }
            }
            return id;
        }
    }
}
