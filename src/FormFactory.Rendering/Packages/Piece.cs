using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// Bytes of a package file, or a part of one, with their SHA-256, CRC-32 and deflated form computed on first use and kept.
    /// A build shares one piece between many packages (the stylesheet and script library between all, a service's
    /// steps markup, schema and script between its tenants), so it hashes and deflates it once instead of per package.
    /// The deflated form ends with a sync flush (byte-aligned, not final): pieces deflated apart join into one valid
    /// deflate stream, which <see cref="ZipWriter"/> ends with an empty final block.
    /// </summary>
    public sealed class Piece
    {
        private static readonly UTF8Encoding Utf8 = new(false);
        private string? _sha256;
        private long _crc32 = -1; // until computed; a long, because builds read a shared piece from many threads at once
        private byte[]? _deflated;

        /// <summary>A piece of <paramref name="bytes"/>.</summary>
        /// <param name="bytes">The bytes; not copied, so they must not change afterwards.</param>
        /// <param name="shared">True when the same piece goes into many packages.</param>
        public Piece(byte[] bytes, bool shared = false)
        {
            Bytes = bytes;
            Shared = shared;
        }

        /// <summary>UTF-8 text (no byte order mark) with LF line endings.</summary>
        public static Piece Text(string text, bool shared = false) => new(Utf8.GetBytes(text.Replace("\r\n", "\n")), shared);

        /// <summary>The bytes.</summary>
        public byte[] Bytes { get; }

        /// <summary>True when the same piece goes into many packages (a build may then link one copy on disk).</summary>
        public bool Shared { get; }

        /// <summary>The SHA-256 of the bytes, lower-case hexadecimal.</summary>
        public string Sha256 => _sha256 ??= Hashes.Sha256(Bytes);

        /// <summary>The CRC-32 of the bytes, as a zip stores it.</summary>
        public uint Crc32
        {
            get
            {
                long crc = System.Threading.Volatile.Read(ref _crc32);
                if (crc < 0) System.Threading.Volatile.Write(ref _crc32, crc = System.IO.Hashing.Crc32.HashToUInt32(Bytes));
                return (uint)crc;
            }
        }

        /// <summary>The bytes deflated and sync-flushed (empty for no bytes). Computed once; the same bytes on every call and machine.</summary>
        /// <remarks>
        /// A shared piece is deflated at the optimal level: once, for many packages. A package's own piece (the page
        /// around the shared steps, the manifest; a few KB) at the fastest: for pieces this small the compressor's set-up
        /// is most of the time, and the fastest level takes about half as long, for output about a third longer (zips
        /// 2.4 % larger; measured in docs/benchmarks.md).
        /// </remarks>
        public byte[] Deflated => _deflated ??= Deflate(Bytes, Shared ? CompressionLevel.Optimal : CompressionLevel.Fastest);

        private static byte[] Deflate(byte[] bytes, CompressionLevel level)
        {
            if (bytes.Length == 0) return Array.Empty<byte>();
            using var buffer = new MemoryStream(bytes.Length / 3 + 64);
            int length;
            using (var deflate = new DeflateStream(buffer, level, leaveOpen: true))
            {
                deflate.Write(bytes, 0, bytes.Length);
                deflate.Flush(); // a sync flush: the output so far ends on a byte boundary with no final block
                length = checked((int)buffer.Length);
            } // disposing appends the final block, which is cut off below
            return buffer.GetBuffer().AsSpan(0, length).ToArray();
        }
    }
}
