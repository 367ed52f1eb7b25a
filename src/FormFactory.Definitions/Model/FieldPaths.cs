using System.Collections.Generic;
using System.Text;
using FormFactory.Definitions.Expressions;

namespace FormFactory.Definitions.Model
{
    /// <summary>Formats field paths the way errors and documentation show them.</summary>
    public static class FieldPaths
    {
        /// <summary>Joins segments with dots and marks repeated groups with <c>[]</c> (<c>hunde[].name</c>).</summary>
        public static string Format(IEnumerable<PathSegment> segments)
        {
            var sb = new StringBuilder();
            var list = new List<PathSegment>(segments);
            for (int i = 0; i < list.Count; i++)
            {
                if (sb.Length > 0) sb.Append('.');
                sb.Append(list[i].Id);
                if (list[i].Repeated && i < list.Count - 1) sb.Append("[]");
            }
            return sb.ToString();
        }

        /// <summary>Appends <paramref name="id"/> to a concrete path (<c>hunde[0]</c> + <c>name</c>).</summary>
        public static string Child(string parent, string id) => parent.Length == 0 ? id : parent + "." + id;
    }
}
