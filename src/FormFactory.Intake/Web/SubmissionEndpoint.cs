using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FormFactory.Intake.Catalog;
using FormFactory.Intake.Operations;
using FormFactory.Intake.Receiving;
using FormFactory.Rendering.Pages;
using FormFactory.Rendering.Templates;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace FormFactory.Intake.Web
{
    /// <summary>
    /// A tenant's endpoint: reads the post in either encoding within the body limit of the tenant's services, hands
    /// it to the <see cref="SubmissionReceiver"/> and answers as the submission contract says (JSON for the script,
    /// HTML with post/redirect/get for the page without it). Bad input always gets a 4xx, never a 500.
    /// </summary>
    public sealed class SubmissionEndpoint
    {
        private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        private readonly IntakeCatalog _catalog;
        private readonly SubmissionReceiver _receiver;
        private readonly IntakeMetrics _metrics;
        private readonly IntakeOptions _options;
        private readonly FormRenderer _renderer = new(TemplateSet.Load());
        private readonly ILogger _log;

        /// <summary>Creates the endpoint handler.</summary>
        public SubmissionEndpoint(IntakeCatalog catalog, SubmissionReceiver receiver, IntakeMetrics metrics, IntakeOptions options, ILogger<SubmissionEndpoint> log)
        {
            _catalog = catalog;
            _receiver = receiver;
            _metrics = metrics;
            _options = options;
            _log = log;
        }

        /// <summary>Handles a post to <paramref name="path"/>.</summary>
        public async Task HandleAsync(HttpContext context, string path)
        {
            var clock = Stopwatch.StartNew();
            bool html = false;
            try
            {
                long limit = _catalog.BodyLimitAt(path);
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
                if (context.Request.ContentLength > limit) { await RefuseAsync(context, 413, "too-large", false); return; }
                MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type);
                string media = type?.MediaType.Value?.ToLowerInvariant() ?? "";
                html = media == "multipart/form-data";
                string? key = context.Request.Headers["Idempotency-Key"].FirstOrDefault();
                if (key != null && (key.Length is 0 or > 200 || key.Any(c => c < 0x21 || c > 0x7e))) { await RefuseAsync(context, 400, "bad-idempotency-key", false); return; }

                IncomingSubmission post;
                long bytes;
                if (media == "application/json")
                {
                    if (type!.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) { await RefuseAsync(context, 415, "charset", false); return; }
                    var body = await ReadBodyAsync(context.Request, limit);
                    if (body == null) { await RefuseAsync(context, 413, "too-large", false); return; }
                    bytes = body.Length;
                    post = JsonEnvelope.Read(body);
                }
                else if (html)
                {
                    var (fields, files) = await MultipartEnvelope.ReadAsync(context.Request, limit, context.RequestAborted);
                    string? formId = fields.FirstOrDefault(f => f.Key == "_form").Value;
                    var service = formId == null ? null : _catalog.Service(formId);
                    if (service == null) { await RefuseAsync(context, 404, "unknown-service", true); return; }
                    bytes = context.Request.ContentLength ?? files.Sum(f => (long)f.Content.Length);
                    post = MultipartEnvelope.Convert(service, fields, files);
                }
                else
                {
                    await RefuseAsync(context, 415, "content-type", false);
                    return;
                }

                var result = await _receiver.ReceiveAsync(path, post, key, bytes, context.RequestAborted);
                await AnswerAsync(context, path, post, result, html);
            }
            catch (MalformedSubmissionException e)
            {
                _log.LogInformation("Refused a post to {Endpoint}: 400 {Reason}", path, e.Message);
                await RefuseAsync(context, 400, "malformed", html, e.Message);
            }
            catch (BadHttpRequestException e)
            {
                // Kestrel's own refusals: body past the limit (413), a client too slow or a body cut short (400).
                await RefuseAsync(context, e.StatusCode == 413 ? 413 : 400, e.StatusCode == 413 ? "too-large" : "bad-request", html);
            }
            catch (IOException) when (context.RequestAborted.IsCancellationRequested)
            {
                _metrics.Refused("aborted");
            }
            finally
            {
                _metrics.Latency(clock.Elapsed.TotalSeconds);
            }
        }

        // Reads the whole body, but never more than the limit: null when it goes past it.
        private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long limit)
        {
            using var buffer = new MemoryStream(request.ContentLength is { } n && n <= limit ? (int)n : 16 * 1024);
            var chunk = new byte[64 * 1024];
            int read;
            while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit) return null;
                buffer.Write(chunk, 0, read);
            }
            return buffer.ToArray();
        }

        private async Task AnswerAsync(HttpContext context, string path, IncomingSubmission post, ReceiveResult result, bool html)
        {
            var response = context.Response;
            switch (result.Verdict)
            {
                case Verdict.Stored:
                case Verdict.Replayed:
                {
                    var outcome = result.Outcome!;
                    if (result.Verdict == Verdict.Stored) _metrics.Accepted(); else _metrics.Replayed();
                    _log.LogInformation("{Verdict} {Tenant}/{Service} as {Reference} ({Encoding})", result.Verdict, result.Tenant!.Id, result.Form!.Id, outcome.Reference, post.Encoding);
                    string statusUrl = Origin(context) + "/status/" + outcome.StatusToken;
                    if (html)
                    {
                        response.StatusCode = StatusCodes.Status303SeeOther;
                        response.Headers.Location = statusUrl;
                        return;
                    }
                    response.StatusCode = StatusCodes.Status201Created;
                    response.Headers.Location = statusUrl;
                    if (result.Verdict == Verdict.Replayed) response.Headers["Idempotent-Replayed"] = "true";
                    await response.WriteAsJsonAsync(new { reference = outcome.Reference, status = "received", statusUrl }, Json);
                    return;
                }
                case Verdict.Invalid:
                    Log(422, result.Reason, path);
                    response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                    if (html)
                    {
                        await WriteHtmlAsync(context, RerenderedPage(context, path, post, result), ContentSecurityPolicyOf(context, path));
                        return;
                    }
                    await response.WriteAsJsonAsync(new
                    {
                        errors = result.Errors.Select(e => new { path = e.Path, code = e.Code, message = e.Message(result.Language), messages = new { de = e.MessageDe, en = e.MessageEn } }),
                    }, Json);
                    return;
                case Verdict.NotFound:
                    await RefuseAsync(context, 404, result.Reason, html, null, result.Language);
                    return;
                case Verdict.Malformed:
                    await RefuseAsync(context, 400, result.Reason, html, result.Detail, result.Language);
                    return;
                default:
                    await RefuseAsync(context, 413, result.Reason, html, null, result.Language);
                    return;
            }
        }

        // The package's page again, with the citizen's values as typed and the errors, posting to this endpoint.
        private string RerenderedPage(HttpContext context, string path, IncomingSubmission post, ReceiveResult result)
        {
            var tenant = result.Tenant! with { SubmissionEndpoint = Origin(context) + path };
            using var values = JsonDocument.Parse(post.DataJson);
            var state = new PageState(values.RootElement.Clone(), result.Errors);
            var body = _renderer.Body(result.Form!, result.Language, state) with
            {
                PackageUrl = _options.PackageUrl.Replace("{tenant}", tenant.Id, StringComparison.Ordinal).Replace("{service}", result.Form!.Id, StringComparison.Ordinal),
            };
            return _renderer.Render(body, tenant);
        }

        // The re-rendered page keeps the package's policy: its own files, and posts to this host only.
        private string ContentSecurityPolicyOf(HttpContext context, string path)
        {
            string origin = Origin(context);
            return $"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src {origin}; form-action {origin}; base-uri 'none'; frame-ancestors 'none'";
        }

        private async Task RefuseAsync(HttpContext context, int status, string reason, bool html, string? detail = null, string language = "de")
        {
            Log(status, reason, context.Request.Path.Value ?? "");
            if (context.Response.HasStarted) return;
            context.Response.StatusCode = status;
            if (html) await WriteHtmlAsync(context, IntakePages.Problem(status, language), IntakePages.ContentSecurityPolicy);
            else await context.Response.WriteAsJsonAsync(new { error = reason, detail }, Json);
        }

        private void Log(int status, string reason, string path)
        {
            _metrics.Refused(reason);
            // The reason and endpoint only: nothing the citizen typed reaches the log.
            _log.LogInformation("Refused a post to {Endpoint}: {Status} {Reason}", path, status, reason);
        }

        private static async Task WriteHtmlAsync(HttpContext context, string page, string policy)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentSecurityPolicy = policy;
            await context.Response.WriteAsync(page);
        }

        /// <summary>The origin citizens reach this host at: configured, or the request's (after forwarded headers).</summary>
        public string Origin(HttpContext context) =>
            _options.PublicOrigin?.TrimEnd('/') ?? context.Request.Scheme + "://" + context.Request.Host.Value;
    }
}
