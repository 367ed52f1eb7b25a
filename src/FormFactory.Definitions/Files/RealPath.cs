using System;
using System.IO;

namespace FormFactory.Definitions.Files
{
    /// <summary>Where a path really is, every symbolic link resolved, and whether it lies in a folder.</summary>
    public static class RealPath
    {
        /// <summary>How this system compares paths: case-insensitively on Windows and macOS, whose usual file systems fold case.</summary>
        public static StringComparison Comparison { get; } =
            System.Runtime.InteropServices.RuntimeInformation.IsOSPlatform(System.Runtime.InteropServices.OSPlatform.Linux) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

        /// <summary>
        /// The absolute path of <paramref name="path"/> with the links of its longest existing part resolved (on
        /// Linux; elsewhere the full path as written, and callers do not follow links). A part that does not exist
        /// yet is appended as written.
        /// </summary>
        public static string Of(string path)
        {
            string full = Path.GetFullPath(path);
            string existing = full;
            string rest = "";
            while (true)
            {
                if (NativeFiles.Resolve(existing) is { } resolved) return rest.Length == 0 ? resolved : Path.Combine(resolved, rest);
                string? parent = Path.GetDirectoryName(existing);
                if (parent == null) return full;
                rest = rest.Length == 0 ? Path.GetFileName(existing) : Path.Combine(Path.GetFileName(existing), rest);
                existing = parent;
            }
        }

        /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies below it; both absolute and resolved (<see cref="Of"/>).</summary>
        public static bool IsInside(string path, string folder)
        {
            string f = folder.Length > 1 ? folder.TrimEnd('/', '\\') : folder;
            if (f.Length == 0 || path.Equals(f, Comparison)) return true;
            string prefix = IsSeparator(f[f.Length - 1]) ? f : f + Path.DirectorySeparatorChar; // "C:" + "\", but "/" as it is
            return path.StartsWith(prefix, Comparison);
        }

        private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
    }
}
