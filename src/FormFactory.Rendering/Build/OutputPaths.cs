using System;
using System.IO;
using System.Linq;
using FormFactory.Definitions.Files;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// Confines what a build writes and deletes to its output folder: a name read back from the build state, or made
    /// of a tenant's and a service's id, becomes a path only when each of its parts is a plain name (no <c>..</c>, no
    /// separator, not rooted) and no part on the way below the output is a symbolic link; and the output folder may
    /// neither contain nor lie inside a folder the build reads (definitions, templates).
    /// </summary>
    public static class OutputPaths
    {
        /// <summary>True when <paramref name="name"/> ("tenant" or "tenant/service") consists of plain names only.</summary>
        public static bool IsPlain(string name) => name.Length > 0 && name.Split('/').All(IsPlainPart);

        /// <summary>
        /// The path of <paramref name="name"/> ("tenant", "tenant/service", plus an optional <paramref name="suffix"/>
        /// such as ".zip") below <paramref name="root"/>.
        /// </summary>
        /// <exception cref="IOException">The name is not plain, or a part of the path below the output is a symbolic link.</exception>
        public static string Below(string root, string name, string suffix = "")
        {
            if (!IsPlain(name)) throw new IOException($"'{name}' is not a name below the output folder '{root}'; a build writes and deletes only there.");
            string path = root;
            var parts = name.Split('/');
            for (int i = 0; i < parts.Length; i++)
            {
                path = Path.Combine(path, i == parts.Length - 1 ? parts[i] + suffix : parts[i]);
                if (new FileInfo(path).LinkTarget != null)
                    throw new IOException($"'{path}' is a symbolic link; a build writes and deletes only inside its output folder '{root}' and follows no link there. Remove the link.");
            }
            return path;
        }

        /// <summary>
        /// Refuses an output folder that is, contains or lies inside <paramref name="input"/> (what the build reads,
        /// called <paramref name="what"/>): a build deletes what it replaces, so it must not reach its own sources.
        /// Links are resolved on both sides.
        /// </summary>
        /// <exception cref="IOException">They overlap.</exception>
        public static void CheckSeparate(string output, string input, string what)
        {
            string o = RealPath.Of(output);
            string i = RealPath.Of(input);
            if (RealPath.IsInside(i, o))
                throw new IOException($"The output folder '{output}' contains the {what} '{input}'; a build replaces what is in its output, so build into a folder outside the {what} (for example a sibling 'out').");
            if (RealPath.IsInside(o, i))
                throw new IOException($"The output folder '{output}' lies inside the {what} '{input}'; build into a folder outside the {what} (for example a sibling 'out').");
        }

        private static bool IsPlainPart(string part) =>
            part.Length > 0 && part != "." && part != ".." && part.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 &&
            part.IndexOf('\\') < 0 && part.IndexOf(':') < 0 && !Path.IsPathRooted(part) && part.Trim() == part && !part.EndsWith(".", StringComparison.Ordinal);
    }
}
