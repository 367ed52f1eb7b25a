using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// Zips files so that the same files always give the same bytes: entries sorted by path, one fixed timestamp,
    /// no extra attributes (written by <see cref="ZipWriter"/>).
    /// </summary>
    public static class DeterministicZip
    {
        /// <summary>The timestamp of every entry (the earliest a zip can store).</summary>
        public static readonly DateTimeOffset Timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Zips <paramref name="files"/> below the folder <paramref name="root"/> inside the archive.</summary>
        public static byte[] Create(IEnumerable<PackageFile> files, string root)
        {
            using var stream = new MemoryStream();
            Write(files, root, stream);
            return stream.ToArray();
        }

        /// <summary>Writes the zip of <paramref name="files"/> to <paramref name="stream"/> (left open), the same bytes as <see cref="Create"/>.</summary>
        public static void Write(IEnumerable<PackageFile> files, string root, Stream stream) =>
            ZipWriter.Write(files.Select(f => new PackageEntry(f.Path, new Piece(f.Content))), root, stream);
    }
}
