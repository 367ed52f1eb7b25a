using System;
using System.Runtime.InteropServices;

namespace FormFactory.Definitions.Files
{
    /// <summary>
    /// The two things .NET does not tell about a path on Linux: what kind of entry it is (a FIFO or a device looks
    /// like an empty file, and opening a FIFO blocks until someone writes) and where it really is once every symbolic
    /// link on the way is resolved. Other systems get null, and the callers fall back to what .NET knows.
    /// </summary>
    internal static class NativeFiles
    {
        /// <summary>The kind of a file-system entry.</summary>
        internal enum EntryKind { Missing, RegularFile, Directory, SymbolicLink, Other }

        private static readonly bool IsLinux = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

        /// <summary>What <paramref name="path"/> is, without following a link at its end; null when the system cannot say.</summary>
        public static EntryKind? KindOf(string path, bool followLink)
        {
            if (!IsLinux) return null;
            var buffer = new byte[256]; // struct statx, the same layout on every Linux architecture
            int result;
            try
            {
                result = statx(AtFdCwd, Utf8(path), followLink ? 0 : AtSymlinkNoFollow, StatxType, buffer);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return null; // a C library without statx (before glibc 2.28)
            }
            if (result != 0) return EntryKind.Missing;
            int mode = BitConverter.ToUInt16(buffer, 28) & 0xF000; // stx_mode's file type bits
            return mode switch
            {
                0x8000 => EntryKind.RegularFile,
                0x4000 => EntryKind.Directory,
                0xA000 => EntryKind.SymbolicLink,
                _ => EntryKind.Other, // FIFO, socket, character or block device
            };
        }

        /// <summary><paramref name="path"/> with every link resolved (it must exist); null when the system cannot say or it does not exist.</summary>
        public static string? Resolve(string path)
        {
            if (!IsLinux) return null;
            IntPtr resolved;
            try
            {
                resolved = realpath(Utf8(path), IntPtr.Zero);
            }
            catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
            {
                return null;
            }
            if (resolved == IntPtr.Zero) return null;
            try
            {
                return Marshal.PtrToStringAnsi(resolved); // UTF-8 on Unix
            }
            finally
            {
                free(resolved);
            }
        }

        /// <summary>The path as the C library takes it: UTF-8, ending in a zero byte.</summary>
        private static byte[] Utf8(string path)
        {
            var bytes = new byte[System.Text.Encoding.UTF8.GetByteCount(path) + 1];
            System.Text.Encoding.UTF8.GetBytes(path, 0, path.Length, bytes, 0);
            return bytes;
        }

        private const int AtFdCwd = -100;
        private const int AtSymlinkNoFollow = 0x100;
        private const uint StatxType = 0x1;

        [DllImport("libc.so.6", SetLastError = true)]
        private static extern int statx(int dirfd, byte[] path, int flags, uint mask, byte[] buffer);

        [DllImport("libc.so.6", SetLastError = true)]
        private static extern IntPtr realpath(byte[] path, IntPtr resolved);

        [DllImport("libc.so.6")]
        private static extern void free(IntPtr pointer);
    }
}
