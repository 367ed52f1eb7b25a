using System;
using System.Collections.Generic;
using System.Globalization;

namespace FormFactory.Generator.Naming
{
    /// <summary>
    /// File names for generated sources. C# names may differ only in case (<c>Abc</c>, <c>ABc</c>), file names may
    /// not: the compiler and case-insensitive file systems treat them as one, so such names get a number.
    /// </summary>
    internal sealed class HintNames
    {
        private readonly HashSet<string> _taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>A unique <c>{stem}.g.cs</c>, or <c>{stem}.2.g.cs</c>, … when the name is taken in any case.</summary>
        public string Claim(string stem)
        {
            string name = stem + ".g.cs";
            for (int n = 2; !_taken.Add(name); n++) name = stem + "." + n.ToString(CultureInfo.InvariantCulture) + ".g.cs";
            return name;
        }
    }
}
