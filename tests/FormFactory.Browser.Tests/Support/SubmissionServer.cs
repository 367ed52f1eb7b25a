using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions.Model;
using FormFactory.Definitions.Validation;
using FormFactory.Rendering.Schema;
using FormFactory.Runtime;
using FormFactory.Runtime.Submissions;

namespace FormFactory.Browser.Tests.Support
{
    /// <summary>What the test endpoint received and what it answered.</summary>
    /// <param name="Reference">The reference number it answered with; null when it refused the submission.</param>
    /// <param name="EndpointTenant">The tenant whose endpoint (<c>/TENANT/submissions</c>) was posted to.</param>
    /// <param name="Multipart">True for a multipart/form-data post (the form without JavaScript).</param>
    /// <param name="Form">The envelope's service id.</param>
    /// <param name="Tenant">The envelope's tenant id.</param>
    /// <param name="Language">The envelope's language.</param>
    /// <param name="DataJson">The submission data as posted (multipart converted to JSON).</param>
    /// <param name="Problems">Why it was refused: validator errors and envelope faults.</param>
    /// <param name="Files">The attachments: their path in the data and their bytes.</param>
    public sealed record ReceivedSubmission(string? Reference, string EndpointTenant, bool Multipart, string? Form, string? Tenant, string? Language,
        string DataJson, IReadOnlyList<string> Problems, IReadOnlyList<ReceivedFile> Files);

    /// <summary>An attachment as the endpoint received it.</summary>
    public sealed record ReceivedFile(string Path, string Name, string MediaType, string Sha256, byte[] Content);

    /// <summary>
    /// A real submission endpoint on 127.0.0.1 (a free port), standing in for a municipality's server: it takes the
    /// JSON post of the script and the multipart post of the page without JavaScript at <c>/TENANT/submissions</c>,
    /// checks the data with the <see cref="ReferenceValidator"/> and the envelope against the endpoint, and answers
    /// with a reference number (JSON or an HTML page) or with the errors (422). CORS is allowed for any origin because
    /// the built pages are opened from <c>file://</c>.
    /// </summary>
    public sealed class SubmissionServer : IDisposable
    {
        private readonly HttpListener _listener = new HttpListener();
        private readonly Catalog _catalog;
        private readonly Func<DateTime> _today;
        private readonly ConcurrentQueue<ReceivedSubmission> _received = new ConcurrentQueue<ReceivedSubmission>();
        private readonly CancellationTokenSource _stop = new CancellationTokenSource();
        private int _next;

        /// <summary>Starts listening; submissions are checked against the forms of <paramref name="catalog"/> as of <paramref name="today"/>.</summary>
        public SubmissionServer(Catalog catalog, Func<DateTime> today)
        {
            _catalog = catalog;
            _today = today;
            BaseUrl = Listen();
            _ = Task.Run(AcceptAsync);
        }

        /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
        public string BaseUrl { get; }

        /// <summary>A check the host adds to the validator's (e.g. "this chip number is already registered"); null when it passes.</summary>
        public Func<string, JsonElement, ValidationError?>? HostRule { get; set; }

        /// <summary>The endpoint of <paramref name="tenantId"/>.</summary>
        public string EndpointOf(string tenantId) => BaseUrl + tenantId + "/submissions";

        /// <summary>The submission that got <paramref name="reference"/>.</summary>
        public ReceivedSubmission Received(string reference) =>
            _received.FirstOrDefault(r => r.Reference == reference) ?? throw new InvalidOperationException("the endpoint never answered with " + reference);

        /// <summary>Every post so far, refused ones included.</summary>
        public IReadOnlyList<ReceivedSubmission> All => _received.ToList();

        private string Listen()
        {
            // Ask the system for a free port, then take it; another process may grab it in between, so try again.
            for (int attempt = 0; ; attempt++)
            {
                var probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                int port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                string url = $"http://127.0.0.1:{port}/";
                _listener.Prefixes.Clear();
                _listener.Prefixes.Add(url);
                try
                {
                    _listener.Start();
                    return url;
                }
                catch (HttpListenerException) when (attempt < 5) { }
            }
        }

        private async Task AcceptAsync()
        {
            while (!_stop.IsCancellationRequested)
            {
                HttpListenerContext context;
                try { context = await _listener.GetContextAsync(); }
                catch (Exception) when (_stop.IsCancellationRequested) { return; }
                catch (HttpListenerException) { return; }
                _ = Task.Run(() => HandleAsync(context));
            }
        }

        private async Task HandleAsync(HttpListenerContext context)
        {
            var response = context.Response;
            try
            {
                response.AddHeader("Access-Control-Allow-Origin", "*");
                response.AddHeader("Access-Control-Allow-Methods", "POST, OPTIONS");
                response.AddHeader("Access-Control-Allow-Headers", "Content-Type, Accept, Idempotency-Key");
                response.AddHeader("Access-Control-Allow-Private-Network", "true");
                var segments = context.Request.Url!.AbsolutePath.Trim('/').Split('/');
                if (context.Request.HttpMethod == "OPTIONS") { response.StatusCode = 204; return; }
                if (context.Request.HttpMethod != "POST" || segments.Length != 2 || segments[1] != "submissions" || _catalog.Tenant(segments[0]) == null)
                {
                    response.StatusCode = 404;
                    return;
                }
                using var buffer = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(buffer);
                string contentType = context.Request.ContentType ?? "";
                if (contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
                    await AnswerMultipartAsync(response, segments[0], contentType, buffer.ToArray());
                else
                    await AnswerJsonAsync(response, segments[0], buffer.ToArray());
            }
            catch (Exception e)
            {
                response.StatusCode = 500;
                await WriteAsync(response, "text/plain", e.ToString());
            }
            finally
            {
                response.Close();
            }
        }

        private async Task AnswerJsonAsync(HttpListenerResponse response, string endpointTenant, byte[] body)
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            string? form = Str(root, "form"), tenant = Str(root, "tenant"), language = Str(root, "language");
            var data = root.TryGetProperty("data", out var d) ? d : default;
            var problems = Check(endpointTenant, form, tenant, data.ValueKind == JsonValueKind.Undefined ? "null" : data.GetRawText(), out var errors);
            var files = new List<ReceivedFile>();
            if (root.TryGetProperty("attachments", out var attachments))
                foreach (var a in attachments.EnumerateArray())
                {
                    byte[] content = Convert.FromBase64String(Str(a, "content") ?? "");
                    if (Convert.ToHexStringLower(SHA256.HashData(content)) != Str(a, "sha256") || content.Length != a.GetProperty("size").GetInt32())
                        problems.Add($"attachment {Str(a, "path")}: content does not match its size and sha256");
                    files.Add(new ReceivedFile(Str(a, "path") ?? "", Str(a, "name") ?? "", Str(a, "mediaType") ?? "", Str(a, "sha256") ?? "", content));
                }
            var received = Record(endpointTenant, false, form, tenant, language, data.ValueKind == JsonValueKind.Undefined ? "" : data.GetRawText(), problems, files);
            if (received.Reference != null)
            {
                response.StatusCode = 201;
                await WriteAsync(response, "application/json", JsonSerializer.Serialize(new { reference = received.Reference }));
            }
            else
            {
                response.StatusCode = 422;
                var list = errors.Count > 0 ? errors.Select(e => new { path = e.Path, code = e.Code, message = e.Message(language ?? "de") }).ToList()
                    : problems.Select(p => new { path = "", code = "envelope", message = p }).ToList();
                await WriteAsync(response, "application/json", JsonSerializer.Serialize(new { errors = list }));
            }
        }

        private async Task AnswerMultipartAsync(HttpListenerResponse response, string endpointTenant, string contentType, byte[] body)
        {
            var (fields, files) = await Multipart.ReadAsync(contentType, body);
            string? formId = fields.FirstOrDefault(f => f.Key == "_form").Value;
            var form = formId == null ? null : _catalog.Form(formId);
            if (form == null)
            {
                Record(endpointTenant, true, formId, null, null, "", new List<string> { "unknown form " + formId }, new List<ReceivedFile>());
                response.StatusCode = 422;
                await WriteAsync(response, "text/html; charset=utf-8", Page("Fehler", "Unbekanntes Formular."));
                return;
            }
            var post = MultipartSubmissionConverter.Convert(SubmissionShapes.For(form), fields, files);
            var problems = Check(endpointTenant, post.Form, post.Tenant, post.DataJson, out _);
            var received = Record(endpointTenant, true, post.Form, post.Tenant, post.Language, post.DataJson, problems,
                post.Attachments.Select(a => new ReceivedFile(a.Path, a.Name, a.MediaType, a.Sha256, a.Content)).ToList());
            response.StatusCode = received.Reference != null ? 201 : 422;
            await WriteAsync(response, "text/html; charset=utf-8", received.Reference != null
                ? Page("Antrag eingegangen", "Ihre Vorgangsnummer: <strong id=\"reference\">" + WebUtility.HtmlEncode(received.Reference) + "</strong>")
                : Page("Fehler", "<ul>" + string.Concat(problems.Select(p => "<li>" + WebUtility.HtmlEncode(p) + "</li>")) + "</ul>"));
        }

        /// <summary>Validates <paramref name="dataJson"/> and the envelope; the problems found, empty when it is accepted.</summary>
        private List<string> Check(string endpointTenant, string? formId, string? tenantId, string dataJson, out IReadOnlyList<ValidationError> errors)
        {
            var problems = new List<string>();
            errors = Array.Empty<ValidationError>();
            if (tenantId != endpointTenant) problems.Add($"the envelope's tenant {tenantId} posted to the endpoint of {endpointTenant}");
            var form = formId == null ? null : _catalog.Form(formId);
            if (form == null) return Add(problems, "unknown form " + formId);
            if (_catalog.Tenant(endpointTenant) is { } tenant && !tenant.Offers.Contains(form.Id)) problems.Add($"{endpointTenant} does not offer {form.Id}");
            var result = new ReferenceValidator(form, _today).Validate(dataJson);
            var list = result.Errors.ToList();
            if (HostRule != null)
            {
                using var data = JsonDocument.Parse(dataJson);
                if (HostRule(form.Id, data.RootElement) is { } hostError) list.Add(hostError);
            }
            errors = list;
            problems.AddRange(list.Select(e => e.ToString()));
            return problems;
        }

        private static List<string> Add(List<string> list, string item)
        {
            list.Add(item);
            return list;
        }

        private ReceivedSubmission Record(string endpointTenant, bool multipart, string? form, string? tenant, string? language, string data, List<string> problems,
            IReadOnlyList<ReceivedFile> files)
        {
            string? reference = problems.Count == 0 ? $"FF-{endpointTenant.ToUpperInvariant()}-{Interlocked.Increment(ref _next):D6}" : null;
            var received = new ReceivedSubmission(reference, endpointTenant, multipart, form, tenant, language, data, problems, files);
            _received.Enqueue(received);
            return received;
        }

        private static string Page(string title, string bodyHtml) =>
            $"<!DOCTYPE html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>{title}</title></head><body><main><h1>{title}</h1><div>{bodyHtml}</div></main></body></html>";

        private static async Task WriteAsync(HttpListenerResponse response, string contentType, string text)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(text);
            response.ContentType = contentType;
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes);
        }

        private static string? Str(JsonElement e, string name) => e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        public void Dispose()
        {
            _stop.Cancel();
            try { _listener.Stop(); _listener.Close(); } catch (ObjectDisposedException) { }
        }
    }
}
