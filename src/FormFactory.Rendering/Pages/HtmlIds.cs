using System.Text;

namespace FormFactory.Rendering.Pages
{
    /// <summary>HTML ids derived from field paths: <c>hunde[0].name</c> becomes <c>ff-hunde-0-name</c>.</summary>
    public static class HtmlIds
    {
        /// <summary>The id for the concrete path <paramref name="path"/>.</summary>
        public static string For(string path)
        {
            var sb = new StringBuilder("ff-", path.Length + 3);
            foreach (char c in path)
            {
                if (c == '.' || c == '[') sb.Append('-');
                else if (c != ']') sb.Append(c);
            }
            return sb.ToString();
        }

        /// <summary>The placeholder that stands for an entry's index in an item template, by nesting depth.</summary>
        public static string Placeholder(int depth) => "__" + depth + "__";
    }
}
