using System;
using System.Collections.Concurrent;
using System.IO;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace FormFactory.Intake.Web
{
    /// <summary>
    /// Serves a built catalog (portals and packages) as static files: content types with charsets, an ETag that is
    /// the file's SHA-256 (the hash its package's manifest lists), and on every page the Content-Security-Policy the
    /// page itself declares, so the header and the page's meta element say the same. Hidden files (the build state)
    /// and anything outside the folder are never served.
    /// </summary>
    public sealed partial class PackageFiles
    {
        private readonly string _root;
        private readonly FileExtensionContentTypeProvider _types = new();
        private readonly ConcurrentDictionary<string, (long Length, DateTime Written, string ETag, string? Policy)> _known = new(StringComparer.Ordinal);

        /// <summary>Serves the folder <paramref name="root"/>.</summary>
        public PackageFiles(string root) => _root = Path.GetFullPath(root);

        /// <summary>Answers a GET or HEAD for a file of the folder; false when there is no such file (the caller answers 404).</summary>
        public async Task<bool> TryServeAsync(HttpContext context)
        {
            string relative = (context.Request.Path.Value ?? "/").TrimStart('/');
            if (relative.Contains('\\') || relative.Contains('\0') || relative.Split('/').AnyHidden()) return false;
            string full = Path.GetFullPath(Path.Combine(_root, relative));
            if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && full != _root) return false;
            if (Directory.Exists(full))
            {
                if (!(context.Request.Path.Value ?? "/").EndsWith('/'))
                {
                    // A package's pages link relatively, so its folder must be addressed with a trailing slash.
                    context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                    context.Response.Headers.Location = context.Request.PathBase + context.Request.Path + "/";
                    return true;
                }
                full = Path.Combine(full, "index.html");
            }
            var info = new FileInfo(full);
            if (!info.Exists) return false;
            var known = Describe(info);
            var response = context.Response;
            response.Headers.ETag = known.ETag;
            response.Headers.CacheControl = "no-cache";
            if (known.Policy != null) response.Headers.ContentSecurityPolicy = known.Policy;
            if (context.Request.Headers.IfNoneMatch == known.ETag)
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return true;
            }
            response.ContentType = ContentType(info.Name);
            response.ContentLength = info.Length;
            if (HttpMethods.IsHead(context.Request.Method)) return true;
            await response.SendFileAsync(full, context.RequestAborted);
            return true;
        }

        private (long Length, DateTime Written, string ETag, string? Policy) Describe(FileInfo info)
        {
            if (_known.TryGetValue(info.FullName, out var known) && known.Length == info.Length && known.Written == info.LastWriteTimeUtc) return known;
            byte[] bytes = File.ReadAllBytes(info.FullName);
            string? policy = null;
            if (info.Extension == ".html" && PolicyMeta().Match(System.Text.Encoding.UTF8.GetString(bytes)) is { Success: true } m)
                policy = System.Net.WebUtility.HtmlDecode(m.Groups[1].Value);
            known = (info.Length, info.LastWriteTimeUtc, "\"" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\"", policy);
            _known[info.FullName] = known;
            return known;
        }

        private string ContentType(string name)
        {
            if (!_types.TryGetContentType(name, out var type)) return "application/octet-stream";
            return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript" or "application/json"
                ? type + "; charset=utf-8" : type;
        }

        [GeneratedRegex("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
        private static partial Regex PolicyMeta();
    }

    internal static class PathSegments
    {
        // ".", ".." and hidden names (".formfactory-build.json") are never served.
        public static bool AnyHidden(this string[] segments)
        {
            foreach (var s in segments)
                if (s.StartsWith('.')) return true;
            return false;
        }
    }
}
