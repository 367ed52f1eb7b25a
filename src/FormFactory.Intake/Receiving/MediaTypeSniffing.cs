using System;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// Checks an attachment's bytes against its declared media type by their magic numbers: a file named
    /// <c>.pdf</c> that is HTML is refused. Types without a signature here are refused only when the bytes look like
    /// markup or script, which a browser could run.
    /// </summary>
    public static class MediaTypeSniffing
    {
        /// <summary>True when <paramref name="content"/> may be of <paramref name="mediaType"/>.</summary>
        public static bool Fits(string mediaType, ReadOnlySpan<byte> content)
        {
            switch (mediaType.ToLowerInvariant())
            {
                case "application/pdf": return StartsWith(content, "%PDF-"u8);
                case "image/png": return StartsWith(content, new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
                case "image/jpeg": return StartsWith(content, new byte[] { 0xFF, 0xD8, 0xFF });
                case "image/gif": return StartsWith(content, "GIF87a"u8) || StartsWith(content, "GIF89a"u8);
                case "image/webp": return StartsWith(content, "RIFF"u8) && content.Length >= 12 && content.Slice(8, 4).SequenceEqual("WEBP"u8);
                case "image/tiff": return StartsWith(content, "II*\0"u8) || StartsWith(content, "MM\0*"u8);
                case "image/heic":
                case "image/heif": return content.Length >= 12 && content.Slice(4, 4).SequenceEqual("ftyp"u8);
                case "application/zip": return StartsWith(content, "PK\x03\x04"u8);
                default: return !LooksLikeMarkup(content);
            }
        }

        // Skips a byte order mark and white space, then looks for '<' (HTML, SVG, XML) the way a sniffing browser would.
        private static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
        {
            int i = StartsWith(content, new byte[] { 0xEF, 0xBB, 0xBF }) ? 3 : 0;
            while (i < content.Length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) i++;
            return i < content.Length && content[i] == '<';
        }

        private static bool StartsWith(ReadOnlySpan<byte> content, ReadOnlySpan<byte> magic) => content.StartsWith(magic);
    }
}
