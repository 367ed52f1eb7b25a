using System;
using System.Collections.Generic;
using System.IO.Hashing;
using System.Linq;
using System.Security.Cryptography;

namespace FormFactory.Rendering.Packages
{
    /// <summary>A file of a package as a build writes it: its path and its bytes as pieces, some shared with other packages.</summary>
    /// <param name="Path">Its path inside the package, with forward slashes.</param>
    /// <param name="Pieces">Its bytes, in order.</param>
    public sealed record PackageEntry(string Path, IReadOnlyList<Piece> Pieces)
    {
        /// <summary>A file of one piece.</summary>
        public PackageEntry(string path, Piece piece) : this(path, new[] { piece }) { }

        /// <summary>The file's size.</summary>
        public long Length => Pieces.Sum(p => (long)p.Bytes.Length);

        /// <summary>True when the whole file is one piece that other packages have too.</summary>
        public bool Shared => Pieces.Count == 1 && Pieces[0].Shared;

        /// <summary>The SHA-256 of the file, lower-case hexadecimal.</summary>
        public string Sha256()
        {
            if (Pieces.Count == 1) return Pieces[0].Sha256;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            foreach (var piece in Pieces) hash.AppendData(piece.Bytes);
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        /// <summary>The CRC-32 of the file, as a zip stores it.</summary>
        public uint Crc32()
        {
            if (Pieces.Count == 1) return Pieces[0].Crc32;
            var crc = new System.IO.Hashing.Crc32();
            foreach (var piece in Pieces) crc.Append(piece.Bytes);
            return crc.GetCurrentHashAsUInt32();
        }

        /// <summary>The file with its bytes in one array.</summary>
        public PackageFile ToFile()
        {
            if (Pieces.Count == 1) return new PackageFile(Path, Pieces[0].Bytes);
            var bytes = new byte[Length];
            int at = 0;
            foreach (var piece in Pieces)
            {
                piece.Bytes.CopyTo(bytes, at);
                at += piece.Bytes.Length;
            }
            return new PackageFile(Path, bytes);
        }

        /// <summary>What the manifest lists of the file.</summary>
        public ManifestEntry ToManifestEntry() => new(Path, Length, Sha256());
    }
}
