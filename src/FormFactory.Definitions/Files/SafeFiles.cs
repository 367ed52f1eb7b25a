using System;
using System.Collections.Generic;
using System.IO;

namespace FormFactory.Definitions.Files
{
    /// <summary>
    /// The one way FormFactory reads a user's files (definitions, templates, FIM imports, attachments): regular files
    /// only, so a FIFO or device can neither block nor stream without end; size limits counted while reading; and, in
    /// a folder, symbolic links followed only to targets inside the folder, folder links not at all (so a link loop
    /// cannot make a walk endless, and a foreign file's content is never read, nor quoted in an error).
    /// </summary>
    public sealed class SafeFiles
    {
        private readonly string? _root;

        /// <summary>Reads files anywhere (a path the user named): links are followed, the other rules hold.</summary>
        public static SafeFiles Anywhere { get; } = new SafeFiles(null);

        private SafeFiles(string? resolvedRoot) => _root = resolvedRoot;

        /// <summary>Reads the files of <paramref name="folder"/>: links only to targets inside it.</summary>
        public static SafeFiles In(string folder) => new SafeFiles(RealPath.Of(folder));

        /// <summary>
        /// Every file below the folder (or in it alone, unless <paramref name="recursive"/>) whose name
        /// <paramref name="include"/> accepts, in no particular order. Links to folders are not followed: one inside
        /// the folder shows files that are read where they lie, one out of it (or broken) is returned, so that reading
        /// it reports why it is not read. Folders that cannot be listed are skipped.
        /// </summary>
        public IEnumerable<string> Files(string folder, Func<string, bool> include, bool recursive = true)
        {
            var pending = new Stack<string>();
            pending.Push(folder);
            while (pending.Count > 0)
            {
                string current = pending.Pop();
                string[] entries;
                try
                {
                    entries = Directory.GetFileSystemEntries(current);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    continue;
                }
                foreach (string entry in entries)
                {
                    var attributes = AttributesOf(entry);
                    if (attributes == null)
                    {
                        if (include(Path.GetFileName(entry))) yield return entry; // a broken link: reading it says so
                        continue;
                    }
                    bool link = (attributes.Value & FileAttributes.ReparsePoint) != 0;
                    if ((attributes.Value & FileAttributes.Directory) == 0)
                    {
                        if (include(Path.GetFileName(entry))) yield return entry;
                    }
                    else if (!link)
                    {
                        if (recursive) pending.Push(entry);
                    }
                    else if (recursive && !LinksInside(entry))
                    {
                        yield return entry; // reported as a link out of the folder when it is read
                    }
                }
            }
        }

        private static FileAttributes? AttributesOf(string path)
        {
            try
            {
                return File.GetAttributes(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>The bytes of <paramref name="path"/>, at most <paramref name="maxBytes"/>.</summary>
        /// <exception cref="UnsafeFileException">The path is no regular file, links out of the folder, or holds more than <paramref name="maxBytes"/>.</exception>
        /// <exception cref="IOException">The file cannot be read.</exception>
        /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
        public byte[] ReadAllBytes(string path, long maxBytes)
        {
            using var stream = OpenRead(path);
            // A regular file says its length: read that much into one array, then make sure nothing follows.
            long length = stream.Length;
            if (length > maxBytes) throw TooLarge(maxBytes);
            var bytes = new byte[length];
            int read = 0, n;
            while (read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0) read += n;
            if (read < bytes.Length) return bytes.AsSpan(0, read).ToArray(); // it shrank while being read
            int next = stream.ReadByte();
            if (next < 0) return bytes;
            // It grew while being read: take the rest in chunks, counting against the limit as they come.
            var more = new MemoryStream(bytes.Length + 1);
            more.Write(bytes, 0, bytes.Length);
            more.WriteByte((byte)next);
            var chunk = new byte[81920];
            while (more.Length <= maxBytes && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - more.Length))) > 0)
                more.Write(chunk, 0, n);
            if (more.Length > maxBytes) throw TooLarge(maxBytes);
            return more.ToArray();
        }

        /// <summary>A stream over the regular file <paramref name="path"/>; the caller bounds what it reads.</summary>
        /// <exception cref="UnsafeFileException">The path is no regular file, or links out of the folder.</exception>
        public FileStream OpenRead(string path)
        {
            Check(path);
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }

        /// <summary>The refusal for more than <paramref name="maxBytes"/> bytes, worded like every other place that has a limit.</summary>
        public static UnsafeFileException TooLarge(long maxBytes) =>
            new UnsafeFileException(UnsafeFileReason.TooLarge, maxBytes % (1024 * 1024) == 0
                ? $"it is larger than {maxBytes / 1024 / 1024} MB"
                : $"it is larger than {maxBytes} bytes");

        /// <summary>Throws unless <paramref name="path"/> is a regular file, reached (in a folder) without a link out of it.</summary>
        private void Check(string path)
        {
            var kind = NativeFiles.KindOf(path, followLink: false);
            if (kind == null)
            {
                // Where the kind and a link's target are unknown: no link is followed in a folder, no device read.
                var attributes = File.GetAttributes(path);
                if (_root != null && (attributes & FileAttributes.ReparsePoint) != 0) throw LinkOut();
                if ((attributes & (FileAttributes.Device | FileAttributes.Directory)) != 0) throw NotRegular();
                return;
            }
            if (kind == NativeFiles.EntryKind.SymbolicLink)
            {
                if (!LinksInside(path)) throw LinkOut();
                kind = NativeFiles.KindOf(path, followLink: true);
            }
            if (kind == NativeFiles.EntryKind.Missing) throw new FileNotFoundException($"Could not find file '{path}'", path);
            if (kind != NativeFiles.EntryKind.RegularFile) throw NotRegular();
        }

        /// <summary>True when the link <paramref name="path"/> resolves (through every further link) to a place inside the folder, or there is no folder.</summary>
        private bool LinksInside(string path) =>
            _root == null || (NativeFiles.Resolve(path) is { } target && RealPath.IsInside(target, _root));

        private static UnsafeFileException NotRegular() => new UnsafeFileException(UnsafeFileReason.NotARegularFile,
            "it is not a regular file (a folder, FIFO, device or socket), which is never read");

        private static UnsafeFileException LinkOut() => new UnsafeFileException(UnsafeFileReason.LinkOutOfFolder,
            "it is a symbolic link to a place outside the folder, which is never followed");
    }
}
