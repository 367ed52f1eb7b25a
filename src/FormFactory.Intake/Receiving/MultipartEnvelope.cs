using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Intake.Catalog;
using FormFactory.Runtime.Submissions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace FormFactory.Intake.Receiving
{
    /// <summary>Reads the multipart post of the page without JavaScript and converts it with the runtime's converter (submission contract, section 2).</summary>
    public static class MultipartEnvelope
    {
        /// <summary>Most form fields a post may have: every sample form has far fewer; more is an attack.</summary>
        public const int MaxFields = 2000;

        /// <summary>The form fields and files of <paramref name="request"/>, read within <paramref name="limit"/> bytes.</summary>
        /// <exception cref="MalformedSubmissionException">The body is no well-formed multipart form.</exception>
        public static async Task<(List<KeyValuePair<string, string>> Fields, List<UploadedFile> Files)> ReadAsync(HttpRequest request, long limit, CancellationToken cancel)
        {
            request.HttpContext.Features.Set<IFormFeature>(new FormFeature(request, new FormOptions
            {
                MultipartBodyLengthLimit = limit, ValueCountLimit = MaxFields, KeyLengthLimit = 512, ValueLengthLimit = 1024 * 1024,
                MultipartHeadersCountLimit = 8, BufferBody = false,
            }));
            IFormCollection form;
            try { form = await request.ReadFormAsync(cancel); }
            catch (InvalidDataException) { throw new MalformedSubmissionException("the body is not a well-formed multipart form (or exceeds its limits)"); }
            catch (IOException e) when (e is not BadHttpRequestException) { throw new MalformedSubmissionException("the multipart body ended early"); }
            var fields = form.SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? ""))).ToList();
            var files = new List<UploadedFile>();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream((int)file.Length);
                await file.CopyToAsync(buffer, cancel);
                files.Add(new UploadedFile(file.Name, file.FileName, file.ContentType ?? "application/octet-stream", buffer.ToArray()));
            }
            return (fields, files);
        }

        /// <summary>The post as the intake checks it: converted to JSON with the shape of its service.</summary>
        public static IncomingSubmission Convert(IntakeService service, List<KeyValuePair<string, string>> fields, List<UploadedFile> files)
        {
            var post = MultipartSubmissionConverter.Convert(service.Shape, fields, files);
            return new IncomingSubmission(post.Form, post.Version, post.Tenant, post.Language, post.DataJson,
                post.Attachments.Select(a => new IncomingAttachment(a.Path, a.Name, a.MediaType, a.Size, a.Sha256, a.Content)).ToList(), "multipart");
        }
    }
}
