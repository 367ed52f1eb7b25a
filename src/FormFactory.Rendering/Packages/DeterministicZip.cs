using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// Zips files so that the same files always give the same bytes: entries sorted by path, one fixed timestamp,
    /// no extra attributes.
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
        public static void Write(IEnumerable<PackageFile> files, string root, Stream stream)
        {
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
                {
                    var entry = zip.CreateEntry(root + "/" + file.Path, CompressionLevel.Optimal);
                    entry.LastWriteTime = Timestamp;
                    using var entryStream = entry.Open();
                    entryStream.Write(file.Content, 0, file.Content.Length);
                }
            }
        }
    }
}
