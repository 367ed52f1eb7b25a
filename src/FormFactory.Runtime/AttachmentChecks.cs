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
            {
                if (a == m) return true;
                if (a.EndsWith("/*", StringComparison.Ordinal) && m.StartsWith(a.Substring(0, a.Length - 1), StringComparison.Ordinal)) return true;
            }
            return false;
        }

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
