using System;
using System.Collections.Generic;

namespace FormFactory.Generator.Naming
{
    /// <summary>
    /// The names taken in one C# scope (the members of a type, the members of an enum). Hands out each name once,
    /// adding a suffix and then a number when the wanted name is taken, in a fixed order so output stays stable.
    /// </summary>
    internal sealed class NameScope
    {
        private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>A scope in which <paramref name="reserved"/> are already taken.</summary>
        public NameScope(IEnumerable<string> reserved)
        {
            foreach (var r in reserved) _taken.Add(r);
        }

        /// <summary>
        /// Takes <paramref name="wanted"/>, else <paramref name="wanted"/> + <paramref name="suffix"/>, else that with 2,
        /// 3, …. A wanted name that does not start with a letter gets the suffix in front instead (<c>06</c> → <c>Code06</c>).
        /// </summary>
        /// <param name="wanted">The preferred name, made of ASCII letters and digits.</param>
        /// <param name="suffix">A word starting with an ASCII letter.</param>
        public string Claim(string wanted, string suffix)
        {
            if (!CSharpNames.StartsWithLetter(suffix)) throw new ArgumentException("The suffix must start with a letter.", nameof(suffix));
            string name = CSharpNames.StartsWithLetter(wanted) ? wanted : suffix + wanted;
            if (!CSharpNames.IsUsableIdentifier(name) || _taken.Contains(name)) name += suffix;
            string stem = name;
            for (int n = 2; !CSharpNames.IsUsableIdentifier(name) || _taken.Contains(name); n++)
                name = stem + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _taken.Add(name);
            return name;
        }

        /// <summary>True when <paramref name="name"/> is taken.</summary>
        public bool IsTaken(string name) => _taken.Contains(name);
    }
}
