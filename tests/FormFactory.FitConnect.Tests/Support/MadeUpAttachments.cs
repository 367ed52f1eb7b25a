using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using FormFactory.FitConnect.Attachments;

namespace FormFactory.FitConnect.Tests.Support
{
    /// <summary>
    /// The sample submissions name files by size and SHA-256 but ship no contents. This makes up a content of the named
    /// size for each file value, rewrites the value's SHA-256 to match, and serves the contents by hash.
    /// </summary>
    public sealed class MadeUpAttachments : IAttachmentSource
    {
        private readonly Dictionary<string, byte[]> _byHash = new(StringComparer.Ordinal);

        /// <summary>The submission with every file value's SHA-256 matching its made-up content.</summary>
        public string Submission { get; }

        /// <summary>The contents by SHA-256.</summary>
        public IReadOnlyDictionary<string, byte[]> Contents => _byHash;

        public MadeUpAttachments(string submissionJson)
        {
            var root = JsonNode.Parse(submissionJson)!;
            Visit(root);
            Submission = root.ToJsonString();
        }

        public Stream? Open(string sha256) => _byHash.TryGetValue(sha256, out var bytes) ? new MemoryStream(bytes, writable: false) : null;

        private void Visit(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj when obj.ContainsKey("sha256") && obj.ContainsKey("size") && obj.ContainsKey("name"):
                    var content = Content(obj["name"]!.GetValue<string>(), obj["size"]!.GetValue<long>());
                    string sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
                    _byHash[sha256] = content;
                    obj["sha256"] = sha256;
                    break;
                case JsonObject obj:
                    foreach (var (_, child) in obj) Visit(child);
                    break;
                case JsonArray array:
                    foreach (var item in array) Visit(item);
                    break;
            }
        }

        private static byte[] Content(string name, long size)
        {
            var content = new byte[size];
            var pattern = Encoding.UTF8.GetBytes("FormFactory test attachment " + name + "\n");
            for (long i = 0; i < size; i++) content[i] = pattern[i % pattern.Length];
            return content;
        }
    }
}
