using System.Linq;
using System.Text;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Mapping
{
    /// <summary>
    /// What a group's block is made of, as text: its children with their <c>anzahl</c>, the fields' kinds, labels,
    /// constraints and values, and the rules. Exports sometimes carry one group (same id and version) with different
    /// content in two places; comparing shapes finds that, so the report can say which occurrence the block follows.
    /// </summary>
    internal static class GroupShape
    {
        /// <summary>The shape of <paramref name="group"/>.</summary>
        public static string Of(FimGroup group)
        {
            var text = new StringBuilder();
            Append(text, group);
            return text.ToString();
        }

        private static void Append(StringBuilder text, FimGroup group)
        {
            text.Append("G(").Append(group.Label).Append('|');
            foreach (var rule in group.Rules) text.Append("R ").Append(rule.Identification).Append(';');
            foreach (var child in group.Children)
            {
                text.Append(child.Cardinality.Min).Append(':').Append(child.Cardinality.Max?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "*").Append(' ');
                switch (child.Element)
                {
                    case FimGroup inner: Append(text, inner); break;
                    case FimField field: Append(text, field); break;
                }
                text.Append(';');
            }
            text.Append(')');
        }

        private static void Append(StringBuilder text, FimField field)
        {
            var c = field.Constraints;
            text.Append("F(").Append(field.Identification).Append('|').Append(field.Label).Append('|').Append(field.Feldart).Append('|').Append(field.Datentyp)
                .Append('|').Append(c.MinLength).Append('|').Append(c.MaxLength).Append('|').Append(c.MinValue).Append('|').Append(c.MaxValue).Append('|').Append(c.Pattern)
                .Append('|').Append(field.CodeList?.CanonicalVersionUri ?? field.CodeList?.CanonicalUri)
                .Append('|').Append(string.Join(",", field.Values.Select(v => v.Code)))
                .Append('|').Append(string.Join(",", field.Rules.Select(r => r.Identification.ToString())))
                .Append(')');
        }
    }
}
