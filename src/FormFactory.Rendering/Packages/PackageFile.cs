using System.Text;

namespace FormFactory.Rendering.Packages
{
    /// <summary>One file of a package or portal.</summary>
    /// <param name="Path">Its path inside the package, with forward slashes.</param>
    /// <param name="Content">Its bytes.</param>
    public sealed record PackageFile(string Path, byte[] Content)
    {
        private static readonly UTF8Encoding Utf8 = new(false);

        /// <summary>A UTF-8 text file (no byte order mark); line endings are normalised to LF.</summary>
        public static PackageFile Text(string path, string text) => new(path, Utf8.GetBytes(text.Replace("\r\n", "\n")));

        /// <summary>The SHA-256 of the content, lower-case hexadecimal.</summary>
        public string Sha256() => Hashes.Sha256(Content);
    }

    /// <summary>Hash helpers.</summary>
    public static class Hashes
    {
        /// <summary>The SHA-256 of <paramref name="bytes"/>, lower-case hexadecimal.</summary>
        public static string Sha256(byte[] bytes)
        {
            var hash = System.Security.Cryptography.SHA256.HashData(bytes);
            return System.Convert.ToHexStringLower(hash);
        }
    }
}
