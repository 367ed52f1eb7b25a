using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// Writes a zip of <see cref="PackageEntry"/> files whose deflated data is the pieces' own, already deflated data
    /// joined (<see cref="Piece.Deflated"/>) and ended with an empty final block: a piece shared by many packages is
    /// deflated once per build, not once per zip. Entries are sorted by path and carry one fixed timestamp and no
    /// extra fields or attributes, so the same files give the same bytes on every machine.
    /// </summary>
    public static class ZipWriter
    {
        /// <summary>An empty deflate block marked final (fixed Huffman codes, end of block only).</summary>
        private static readonly byte[] FinalBlock = { 0x03, 0x00 };

        private const ushort Version = 20;             // 2.0: deflate
        private const ushort Deflate = 8;
        private const ushort Utf8Names = 1 << 11;
        private const ushort DosTime = 0;              // 00:00:00
        private const ushort DosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01, the earliest a zip can store

        /// <summary>Writes the zip of <paramref name="entries"/> below the folder <paramref name="root"/> to <paramref name="stream"/> (left open).</summary>
        /// <exception cref="NotSupportedException">The zip would need Zip64 (over 4 GB or 65,535 entries).</exception>
        public static void Write(IEnumerable<PackageEntry> entries, string root, Stream stream)
        {
            var central = new MemoryStream();
            long offset = 0;
            int count = 0;
            foreach (var entry in entries.OrderBy(e => e.Path, StringComparer.Ordinal))
            {
                byte[] name = Encoding.UTF8.GetBytes(root + "/" + entry.Path);
                ushort flags = name.Any(b => b >= 0x80) ? Utf8Names : (ushort)0;
                uint crc = entry.Crc32();
                uint size = Small(entry.Length);
                uint compressed = Small(entry.Pieces.Sum(p => (long)p.Deflated.Length) + FinalBlock.Length);

                var local = new byte[30 + name.Length];
                var h = local.AsSpan();
                BinaryPrimitives.WriteUInt32LittleEndian(h, 0x04034b50);
                WriteEntryFields(h[4..], flags, crc, compressed, size, checked((ushort)name.Length));
                // extra field length: zero
                name.CopyTo(h[30..]);
                stream.Write(local, 0, local.Length);
                foreach (var piece in entry.Pieces) stream.Write(piece.Deflated, 0, piece.Deflated.Length);
                stream.Write(FinalBlock, 0, FinalBlock.Length);

                var record = new byte[46 + name.Length];
                var c = record.AsSpan();
                BinaryPrimitives.WriteUInt32LittleEndian(c, 0x02014b50);
                BinaryPrimitives.WriteUInt16LittleEndian(c[4..], Version); // made by: MS-DOS attributes (none), the same on every system
                WriteEntryFields(c[6..], flags, crc, compressed, size, (ushort)name.Length);
                // extra field, comment, disk number, internal and external attributes: all zero
                BinaryPrimitives.WriteUInt32LittleEndian(c[42..], Small(offset));
                name.CopyTo(c[46..]);
                central.Write(record, 0, record.Length);

                offset += local.Length + compressed;
                count++;
            }
            if (count > ushort.MaxValue) throw new NotSupportedException("A zip of more than 65,535 files needs Zip64.");

            var end = new byte[22];
            var e = end.AsSpan();
            BinaryPrimitives.WriteUInt32LittleEndian(e, 0x06054b50);
            BinaryPrimitives.WriteUInt16LittleEndian(e[8..], (ushort)count);
            BinaryPrimitives.WriteUInt16LittleEndian(e[10..], (ushort)count);
            BinaryPrimitives.WriteUInt32LittleEndian(e[12..], Small(central.Length));
            BinaryPrimitives.WriteUInt32LittleEndian(e[16..], Small(offset));
            central.WriteTo(stream);
            stream.Write(end, 0, end.Length);
        }

        /// <summary>The fields a local header and a central directory record share, in the same order: version needed to extract to name length.</summary>
        private static void WriteEntryFields(Span<byte> at, ushort flags, uint crc, uint compressed, uint size, ushort nameLength)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, Version);
            BinaryPrimitives.WriteUInt16LittleEndian(at[2..], flags);
            BinaryPrimitives.WriteUInt16LittleEndian(at[4..], Deflate);
            BinaryPrimitives.WriteUInt16LittleEndian(at[6..], DosTime);
            BinaryPrimitives.WriteUInt16LittleEndian(at[8..], DosDate);
            BinaryPrimitives.WriteUInt32LittleEndian(at[10..], crc);
            BinaryPrimitives.WriteUInt32LittleEndian(at[14..], compressed);
            BinaryPrimitives.WriteUInt32LittleEndian(at[18..], size);
            BinaryPrimitives.WriteUInt16LittleEndian(at[22..], nameLength);
        }

        private static uint Small(long value) =>
            value <= uint.MaxValue ? (uint)value : throw new NotSupportedException("A zip over 4 GB needs Zip64.");
    }
}
