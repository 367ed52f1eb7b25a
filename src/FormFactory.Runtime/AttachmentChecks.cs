using System;
using System.Collections.Generic;

namespace FormFactory.Runtime
{
    /// <summary>The checks of <c>file</c> fields: accepted media types and the shape of the content hash.</summary>
    public static class AttachmentChecks
    {
        /// <summary>True when <paramref name="mediaType"/> is in <paramref name="accept"/> (lower case), where <c>image/*</c> accepts every image type.</summary>
        public static bool Accepts(IEnumerable<string> accept, string mediaType)
        {
            string m = mediaType.ToLowerInvariant();
            foreach (var a in accept)
                if (Matches(a, m)) return true;
            return false;
        }

        /// <summary>
        /// As <see cref="Accepts(IEnumerable{string}, string)"/>, for the arrays generated validators hold: allocates nothing
        /// when the media type is already in lower case, as it almost always is.
        /// </summary>
        public static bool Accepts(string[] accept, string mediaType)
        {
            string m = mediaType.ToLowerInvariant();
            for (int i = 0; i < accept.Length; i++)
                if (Matches(accept[i], m)) return true;
            return false;
        }

        // "image/*" matches every type that starts with "image/", compared in place rather than through a substring.
        private static bool Matches(string accepted, string lowerMediaType)
        {
            if (accepted == lowerMediaType) return true;
            int prefix = accepted.Length - 1;
            return accepted.EndsWith("/*", StringComparison.Ordinal) && lowerMediaType.Length >= prefix
                && string.CompareOrdinal(lowerMediaType, 0, accepted, 0, prefix) == 0;
        }

        /// <summary>
        /// True when a file's name and media type hold only what a one-line text may (<see cref="TextCharacters"/>):
        /// both end up in exports and file names, where a control character or lone surrogate would break them.
        /// </summary>
        public static bool HasPlainTexts(string name, string mediaType) =>
            TextCharacters.AreAllowed(name, multiline: false) && TextCharacters.AreAllowed(mediaType, multiline: false);

        /// <summary>True for 64 hexadecimal digits (either case).</summary>
        public static bool IsSha256(string value)
        {
            if (value.Length != 64) return false;
            foreach (char c in value)
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
            return true;
        }
    }
}
