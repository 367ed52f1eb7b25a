using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;
using FormFactory.FitConnect.Attachments;
using FormFactory.Intake.Receiving;
using FormFactory.Rendering.Build;
using FormFactory.Runtime;
using FormFactory.Testing;
using FormFactory.Workspace;

namespace FormFactory.Intake.Tests.Support
{
    /// <summary>A file of a sample post with its bytes.</summary>
    public sealed record SampleFile(string Path, string Name, string MediaType, byte[] Content);

    /// <summary>
    /// A sample submission of the semantic core's tests (<c>Cases/Submissions/SERVICE/*.json</c>) made postable:
    /// each file value gets real bytes of its size and media type (magic number first) and their SHA-256, so the
    /// validator's verdict is unchanged and the intake's attachment checks pass.
    /// </summary>
    public sealed class SamplePost
    {
        public static readonly DateTime Today = new(2026, 6, 15);
        private static readonly Lazy<Definitions.Model.Catalog> Loaded = new(() =>
        {
            var result = CatalogLoader.Load(Repository.Definitions);
            Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
            return result.Catalog;
        });

        public static Definitions.Model.Catalog Catalog => Loaded.Value;

        private static string Folder => Path.Combine(Repository.Root, "tests", "FormFactory.Definitions.Tests", "Cases", "Submissions");

        /// <summary>Every sample named <paramref name="kind"/>-N (valid or invalid) of every service, as (service, sample) pairs.</summary>
        public static IEnumerable<object[]> All(string kind) =>
            Directory.GetDirectories(Folder).OrderBy(d => d, StringComparer.Ordinal).SelectMany(d => Directory.GetFiles(d, kind + "-*.json")
                .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => new object[] { Path.GetFileName(d), Path.GetFileNameWithoutExtension(f) }));

        public SamplePost(string service, string sample)
        {
            Form = Catalog.Form(service)!;
            Tenant = Catalog.Tenants.OrderBy(t => t.Id, StringComparer.Ordinal).First(t => t.Offers.Contains(service));
            Endpoint = SubmissionEndpoints.PathOf(Tenant);
            Data = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, service, sample + ".json")))!.AsObject();
            using (var document = JsonDocument.Parse(Data.ToJsonString()))
                foreach (var file in SubmittedFiles.In(Form, document.RootElement))
                {
                    byte[] content = Bytes(file.MediaType, file.Size);
                    Files.Add(new SampleFile(file.Path, file.Name, file.MediaType, content));
                    ((JsonObject)Find(Data, file.Path)!)["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content));
                }
        }

        public FormModel Form { get; }
        public TenantModel Tenant { get; }
        public string Endpoint { get; }
        public JsonObject Data { get; }
        public List<SampleFile> Files { get; } = new();

        /// <summary>The reference validator's verdict on <see cref="Data"/> as it is now.</summary>
        public ValidationResult Expected => new ReferenceValidator(Form, () => Today).Validate(Data.ToJsonString());

        /// <summary>Gives file <paramref name="index"/> other bytes (and a name), its value in the data following them as the page would.</summary>
        public SamplePost WithFile(int index, byte[] content, string? name = null)
        {
            var file = Files[index];
            Files[index] = file with { Content = content, Name = name ?? file.Name };
            var value = (JsonObject)Find(Data, file.Path)!;
            value["sha256"] = Convert.ToHexStringLower(SHA256.HashData(content));
            value["size"] = content.Length;
            value["name"] = name ?? file.Name;
            return this;
        }

        /// <summary>The JSON post of the script (submission contract, section 1).</summary>
        public string Json(Func<SampleFile, JsonObject, JsonObject>? alter = null)
        {
            var attachments = new JsonArray();
            foreach (var f in Files)
            {
                var entry = new JsonObject
                {
                    ["path"] = f.Path, ["name"] = f.Name, ["mediaType"] = f.MediaType, ["size"] = f.Content.Length,
                    ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(f.Content)), ["content"] = Convert.ToBase64String(f.Content),
                };
                attachments.Add(alter == null ? entry : alter(f, entry));
            }
            var envelope = new JsonObject
            {
                ["form"] = Form.Id, ["version"] = Form.Version, ["tenant"] = Tenant.Id, ["language"] = "de",
                ["data"] = JsonNode.Parse(Data.ToJsonString()), ["attachments"] = attachments,
            };
            return envelope.ToJsonString();
        }

        /// <summary>The JSON post with an idempotency key (a new one unless given), as the script sends it.</summary>
        public StringContent JsonContent(Func<SampleFile, JsonObject, JsonObject>? alter = null, string? key = null) => Keyed(Json(alter), key);

        public static StringContent Keyed(string json, string? key = null)
        {
            var content = new StringContent(json, Encoding.UTF8, "application/json");
            content.Headers.TryAddWithoutValidation("Idempotency-Key", key ?? Guid.NewGuid().ToString("N"));
            return content;
        }

        /// <summary>The multipart post of the page without JavaScript (submission contract, section 2).</summary>
        public MultipartFormDataContent Multipart()
        {
            var fields = new List<(string, string)> { ("_form", Form.Id), ("_version", Form.Version ?? ""), ("_tenant", Tenant.Id), ("_language", "de") };
            Flatten(Form.Fields, Data, "", fields);
            var content = new MultipartFormDataContent();
            foreach (var (name, value) in fields) content.Add(new StringContent(value, Encoding.UTF8), name);
            foreach (var f in Files)
            {
                var part = new ByteArrayContent(f.Content);
                part.Headers.ContentType = new MediaTypeHeaderValue(f.MediaType);
                content.Add(part, f.Path, f.Name);
            }
            return content;
        }

        private static void Flatten(IEnumerable<FieldModel> fields, JsonNode? group, string prefix, List<(string, string)> into)
        {
            if (group is not JsonObject o) return;
            foreach (var f in fields)
            {
                if (!o.TryGetPropertyValue(f.Id, out var node) || node == null) continue;
                string path = FieldPaths.Child(prefix, f.Id);
                switch (f.Kind)
                {
                    case FieldKind.Group when f.IsRepeated && node is JsonArray entries:
                        for (int i = 0; i < entries.Count; i++) Flatten(f.Fields, entries[i], path + "[" + i + "]", into);
                        break;
                    case FieldKind.Group:
                        Flatten(f.Fields, node, path, into);
                        break;
                    case FieldKind.File:
                        break; // a file part, added with the files
                    case FieldKind.Date when node.GetValueKind() == JsonValueKind.String && node.GetValue<string>().Split('-') is { Length: 3 } parts:
                        into.Add((path + ".day", parts[2]));
                        into.Add((path + ".month", parts[1]));
                        into.Add((path + ".year", parts[0]));
                        break;
                    case FieldKind.MultiChoice when node is JsonArray codes:
                        foreach (var code in codes) into.Add((path, Text(code)));
                        break;
                    default:
                        into.Add((path, Text(node)));
                        break;
                }
            }
        }

        private static string Text(JsonNode? node) => node == null ? "" : node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

        /// <summary>The node at a contract path (<c>hunde[0].sachkundenachweis</c>).</summary>
        public static JsonNode? Find(JsonNode root, string path)
        {
            JsonNode? node = root;
            foreach (var segment in path.Split('.'))
            {
                int bracket = segment.IndexOf('[');
                string id = bracket < 0 ? segment : segment.Substring(0, bracket);
                node = node?[id];
                if (bracket >= 0) node = node?[int.Parse(segment.Substring(bracket + 1, segment.Length - bracket - 2), CultureInfo.InvariantCulture)];
            }
            return node;
        }

        /// <summary><paramref name="size"/> bytes that start with <paramref name="mediaType"/>'s magic number.</summary>
        public static byte[] Bytes(string mediaType, long size)
        {
            byte[] magic = mediaType switch
            {
                "application/pdf" => "%PDF-1.7\n"u8.ToArray(),
                "image/png" => new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A },
                "image/jpeg" => new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 },
                "image/heic" => new byte[] { 0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c' },
                _ => "data"u8.ToArray(),
            };
            var bytes = new byte[Math.Max(size, magic.Length)];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(i * 31 + 7);
            magic.CopyTo(bytes, 0);
            return bytes;
        }
    }
}
