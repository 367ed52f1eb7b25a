using System;
using System.Runtime.InteropServices;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// Hard links on Unix (<c>link(2)</c>): a second name for an existing file, costing no bytes on disk. .NET has no
    /// API for them. Elsewhere, or where the file system refuses (no support, too many links), callers copy instead.
    /// </summary>
    internal static class HardLinks
    {
        private static bool _unavailable = !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD());

        /// <summary>Makes <paramref name="target"/> (which must not exist) another name of <paramref name="source"/>; false when that is not possible here.</summary>
        public static bool TryCreate(string source, string target)
        {
            if (_unavailable) return false;
            try
            {
                return link(source, target) == 0;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _unavailable = true;
                return false;
            }
        }

        [DllImport("libc", SetLastError = true)]
        private static extern int link(string oldpath, string newpath);
    }
}
