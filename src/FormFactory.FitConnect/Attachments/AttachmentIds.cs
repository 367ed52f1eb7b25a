using System;
using System.Security.Cryptography;
using System.Text;

namespace FormFactory.FitConnect.Attachments
{
    /// <summary>
    /// Attachment ids in the UUID version 4 format FIT-Connect asks for, derived from the data hash and the field path
    /// instead of drawn at random, so the same submission always exports the same metadata. A sender that announces its
    /// own ids replaces them.
    /// </summary>
    public static class AttachmentIds
    {
        /// <summary>The id of the file at <paramref name="path"/> in the data whose SHA-512 is <paramref name="dataSha512"/>.</summary>
        public static string For(string dataSha512, string path)
        {
            var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(dataSha512 + "\n" + path));
            var id = new byte[16];
            Array.Copy(bytes, id, 16);
            id[6] = (byte)((id[6] & 0x0F) | 0x40); // version 4
            id[8] = (byte)((id[8] & 0x3F) | 0x80); // RFC 4122 variant
            return new Guid(id, bigEndian: true).ToString("D");
        }
    }
}
