using System;
using System.Security.Cryptography;
using System.Text;

namespace FormFactory.Intake.Storage
{
    /// <summary>The secret of a status URL: 256 random bits, so it cannot be guessed; the store keeps only its hash with the submission.</summary>
    public static class StatusTokens
    {
        /// <summary>A new token (URL-safe base64, 43 characters).</summary>
        public static string Create() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

        /// <summary>The SHA-256 of <paramref name="token"/>, lower-case hexadecimal: what a status request is looked up by.</summary>
        public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
