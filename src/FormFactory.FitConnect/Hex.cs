using System;
using System.IO;
using System.Security.Cryptography;

namespace FormFactory.FitConnect
{
    /// <summary>Hashes as FIT-Connect writes them: lower-case hexadecimal.</summary>
    public static class Hex
    {
        /// <summary>SHA-512 of <paramref name="bytes"/>.</summary>
        public static string Sha512(byte[] bytes) => Convert.ToHexStringLower(SHA512.HashData(bytes));

        /// <summary>SHA-512 of a stream, read to its end, and the number of bytes read.</summary>
        public static string Sha512(Stream stream, out long length)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA512);
            var buffer = new byte[81920];
            length = 0;
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                hash.AppendData(buffer, 0, n);
                length += n;
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        /// <summary>SHA-256 of a stream, read to its end.</summary>
        public static string Sha256(Stream stream) => Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
