using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using FormFactory.Rendering.Packages;
using Microsoft.Win32.SafeHandles;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// Writes a build's files below one folder and counts them; safe to use from many threads.
    /// A file that is one shared piece (the stylesheet, the script library, a service's schema) is written once and
    /// then hard-linked where it is the same, when <see cref="LinkShared"/> and the file system allow: the bytes are
    /// the same as a copy's, and a build never writes into an existing file (it deletes a package's folder before
    /// writing it), so one name's file never changes through another. Copying the folder copies the content.
    /// </summary>
    internal sealed class OutputFolder
    {
        private readonly ConditionalWeakTable<Piece, string> _written = new();
        private int _files;
        private long _bytes;
        private int _links;

        public OutputFolder(string root, bool linkShared = true)
        {
            Root = root;
            LinkShared = linkShared;
        }

        public string Root { get; }

        /// <summary>True to hard-link files made of one shared piece to their first copy.</summary>
        public bool LinkShared { get; }

        /// <summary>Files written so far (links included).</summary>
        public int Files => Volatile.Read(ref _files);

        /// <summary>
        /// Size of the files written so far, a hard link counted at its file's size: what a copy of the output holds.
        /// Counting links as zero would make the figure depend on which thread wrote a shared piece first.
        /// </summary>
        public long Bytes => Interlocked.Read(ref _bytes);

        /// <summary>Files that were hard-linked to a copy of the same bytes instead of written.</summary>
        public int Links => Volatile.Read(ref _links);

        /// <summary>
        /// Writes <paramref name="content"/> to <paramref name="relativePath"/> (forward slashes) below
        /// <paramref name="directory"/>, as a new file: what was there goes first, so a link in its place is removed,
        /// not written through, and no folder on the way may be a link (<see cref="OutputPaths.Below"/>).
        /// </summary>
        public void Write(string directory, string relativePath, byte[] content)
        {
            string path = OutputPaths.Below(directory, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.Delete(path);
            using (SafeFileHandle handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
                RandomAccess.Write(handle, content, 0);
            Count(content.Length);
        }

        /// <summary>Writes the package files <paramref name="entries"/> into the new folder <paramref name="packageDirectory"/>.</summary>
        public void WritePackage(string packageDirectory, IReadOnlyList<PackageEntry> entries)
        {
            foreach (var folder in DeepestFolders(entries))
                Directory.CreateDirectory(Path.Combine(packageDirectory, folder));
            foreach (var entry in entries)
            {
                string path = Path.Combine(packageDirectory, entry.Path.Replace('/', Path.DirectorySeparatorChar));
                if (entry.Shared && LinkShared && _written.TryGetValue(entry.Pieces[0], out var first) && HardLinks.TryCreate(first, path))
                {
                    Interlocked.Increment(ref _links);
                    Count(entry.Length);
                    continue;
                }
                WritePieces(path, entry.Pieces);
                Count(entry.Length);
                // The first copy (or, after a refused link, this one) is what the next package links to.
                if (entry.Shared && LinkShared) _written.AddOrUpdate(entry.Pieces[0], path);
            }
        }

        /// <summary>
        /// Streams the zip of <paramref name="entries"/> (below the folder <paramref name="root"/>) to
        /// <paramref name="path"/>, replacing the file there unless <paramref name="fresh"/> says none can be.
        /// </summary>
        public void WriteZip(string path, IReadOnlyList<PackageEntry> entries, string root, bool fresh)
        {
            // The zip is made in this thread's buffer and written with one call: no buffer per file, no small writes.
            var buffer = _zipBuffer ??= new MemoryStream(256 * 1024);
            buffer.SetLength(0);
            ZipWriter.Write(entries, root, buffer);
            // Delete and create rather than truncate: ext4 flushes a file truncated and rewritten when it is closed.
            if (!fresh) File.Delete(path);
            using (SafeFileHandle handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write))
                RandomAccess.Write(handle, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), 0);
            Count(buffer.Length);
        }

        [ThreadStatic]
        private static MemoryStream? _zipBuffer;

        /// <summary>The entries' folders (relative, "" for the package's own) without those another one lies in: creating a folder creates its parents.</summary>
        private static IEnumerable<string> DeepestFolders(IReadOnlyList<PackageEntry> entries)
        {
            var folders = entries.Select(e => Path.GetDirectoryName(e.Path.Replace('/', Path.DirectorySeparatorChar)) ?? "").Distinct().ToList();
            return folders.Where(f => !folders.Any(other => other.Length > f.Length && (f.Length == 0 || other.StartsWith(f + Path.DirectorySeparatorChar, System.StringComparison.Ordinal))));
        }

        /// <summary>Writes a new file (it must not exist: the name may have been a hard link to another package's file).</summary>
        private static void WritePieces(string path, IReadOnlyList<Piece> pieces)
        {
            using SafeFileHandle handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            long offset = 0;
            foreach (var piece in pieces)
            {
                RandomAccess.Write(handle, piece.Bytes, offset);
                offset += piece.Bytes.Length;
            }
        }

        private void Count(long bytes)
        {
            Interlocked.Increment(ref _files);
            Interlocked.Add(ref _bytes, bytes);
        }
    }
}
