using System.Collections.Generic;
using System.Xml.Linq;

namespace FormFactory.Fim.Xml
{
    /// <summary>Measures nesting without recursion, so a hostile file cannot overflow the stack.</summary>
    internal static class XmlDepth
    {
        public static bool Exceeds(XElement root, int limit, out XElement deepest)
        {
            var stack = new Stack<(XElement Element, int Depth)>();
            stack.Push((root, 1));
            deepest = root;
            while (stack.Count > 0)
            {
                var (element, depth) = stack.Pop();
                if (depth > limit)
                {
                    deepest = element;
                    return true;
                }
                foreach (var child in element.Elements()) stack.Push((child, depth + 1));
            }
            return false;
        }
    }
}
