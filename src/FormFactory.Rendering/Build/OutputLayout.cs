using System;
using System.Collections.Generic;

namespace FormFactory.Rendering.Build
{
    /// <summary>What a build writes per package: its folder, its zip, or both. Portals and the build state are written in every layout.</summary>
    public enum OutputLayout
    {
        /// <summary>The package's folder (<c>TENANT/SERVICE/</c>) and its zip (<c>TENANT/SERVICE.zip</c>).</summary>
        Both,

        /// <summary>Only the package's folder, ready for a web server.</summary>
        Folders,

        /// <summary>Only the package's zip: one file per package instead of eight, for a build server that ships zips.</summary>
        Zips,
    }

    /// <summary>Names of <see cref="OutputLayout"/> as the command line and the build state spell them.</summary>
    public static class OutputLayouts
    {
        /// <summary>"both", "folders", "zips".</summary>
        public static IReadOnlyList<string> Names { get; } = new[] { "both", "folders", "zips" };

        /// <summary>The layout's name: "both", "folders" or "zips".</summary>
        public static string Name(this OutputLayout layout) => Names[(int)layout];

        /// <summary>The layout called <paramref name="name"/>.</summary>
        /// <exception cref="ArgumentException">No layout has that name.</exception>
        public static OutputLayout Parse(string name)
        {
            int index = Array.IndexOf((string[])Names, name);
            return index >= 0 ? (OutputLayout)index : throw new ArgumentException($"Unknown output layout '{name}'; expected one of: {string.Join(", ", Names)}.", nameof(name));
        }

        /// <summary>True when the layout writes package folders.</summary>
        public static bool HasFolders(this OutputLayout layout) => layout != OutputLayout.Zips;

        /// <summary>True when the layout writes package zips.</summary>
        public static bool HasZips(this OutputLayout layout) => layout != OutputLayout.Folders;
    }
}
