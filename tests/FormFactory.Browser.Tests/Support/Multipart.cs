using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using FormFactory.Runtime.Submissions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>Reads a multipart/form-data body as a host's web framework would (ASP.NET Core's MultipartReader).</summary>
    public static class Multipart
    {
        public static async Task<(List<KeyValuePair<string, string>> Fields, List<UploadedFile> Files)> ReadAsync(string contentType, byte[] body)
        {
            var boundary = HeaderUtilities.RemoveQuotes(MediaTypeHeaderValue.Parse(contentType).Boundary).Value!;
            var reader = new MultipartReader(boundary, new MemoryStream(body));
            var fields = new List<KeyValuePair<string, string>>();
            var files = new List<UploadedFile>();
            for (var section = await reader.ReadNextSectionAsync(); section != null; section = await reader.ReadNextSectionAsync())
            {
                var disposition = ContentDispositionHeaderValue.Parse(section.ContentDisposition);
                string name = HeaderUtilities.RemoveQuotes(disposition.Name).Value!;
                using var buffer = new MemoryStream();
                await section.Body.CopyToAsync(buffer);
                if (disposition.FileName.HasValue || disposition.FileNameStar.HasValue)
                {
                    string fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value ?? "";
                    files.Add(new UploadedFile(name, fileName, section.ContentType ?? "", buffer.ToArray()));
                }
                else fields.Add(new KeyValuePair<string, string>(name, System.Text.Encoding.UTF8.GetString(buffer.ToArray())));
            }
            return (fields, files);
        }
    }
}
