using System.Text;

namespace FormFactory.Synthetic.Json
{
    /// <summary>camelCase ids from German names: umlauts transliterated, other characters dropped, words capitalised.</summary>
    internal static class Slug
    {
        public static string CamelCase(string name)
        {
            var sb = new StringBuilder();
            bool upper = false;
            foreach (var ch in name)
            {
                string part = ch switch
                {
                    'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'Ä' => "Ae", 'Ö' => "Oe", 'Ü' => "Ue", 'ß' => "ss",
                    _ => char.IsAsciiLetterOrDigit(ch) ? ch.ToString() : "",
                };
                if (part.Length == 0)
                {
                    upper = sb.Length > 0;
                    continue;
                }
                if (sb.Length == 0) part = char.ToLowerInvariant(part[0]) + part.Substring(1);
                else if (upper) part = char.ToUpperInvariant(part[0]) + part.Substring(1);
                upper = false;
                sb.Append(part);
            }
            return sb.ToString();
        }
    }
}
