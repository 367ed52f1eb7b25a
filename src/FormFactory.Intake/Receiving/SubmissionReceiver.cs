using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using FormFactory.Definitions.Validation;
using FormFactory.FitConnect.Attachments;
using FormFactory.Intake.Catalog;
using FormFactory.Intake.Storage;
using FormFactory.Runtime;

namespace FormFactory.Intake.Receiving
{
    /// <summary>
    /// The checks between a post and the store, whatever its encoding: tenant and service, the definition version,
    /// the reference validator (its errors exactly), the attachments' bytes, then the idempotent write.
    /// </summary>
    public sealed class SubmissionReceiver
    {
        /// <summary>How long an identical post without an idempotency key answers with the first submission.</summary>
        public static readonly TimeSpan ContentKeyWindow = TimeSpan.FromHours(24);

        private readonly IntakeCatalog _catalog;
        private readonly ISubmissionStore _store;
        private readonly TimeProvider _time;
        private readonly Func<DateTime> _today;
        private readonly ConcurrentDictionary<string, ReferenceValidator> _validators = new(StringComparer.Ordinal);

        /// <summary>Receives into <paramref name="store"/>; <paramref name="today"/> is the validator's day (Europe/Berlin when null).</summary>
        public SubmissionReceiver(IntakeCatalog catalog, ISubmissionStore store, TimeProvider time, Func<DateTime>? today = null)
        {
            _catalog = catalog;
            _store = store;
            _time = time;
            _today = today ?? (() => BerlinClock.Today());
        }

        /// <summary>Checks and stores <paramref name="post"/>, sent to <paramref name="endpointPath"/> with an optional client <paramref name="idempotencyKey"/>.</summary>
        public async Task<ReceiveResult> ReceiveAsync(string endpointPath, IncomingSubmission post, string? idempotencyKey, long bodyBytes, CancellationToken cancel = default)
        {
            string language = post.Language == "en" ? "en" : "de";
            var tenant = _catalog.TenantsAt(endpointPath).FirstOrDefault(t => t.Id == post.Tenant);
            if (tenant == null) return ReceiveResult.Refused(Verdict.NotFound, "unknown-tenant", language);
            var service = post.Form == null ? null : _catalog.Service(post.Form);
            if (service == null) return ReceiveResult.Refused(Verdict.NotFound, "unknown-service", language, tenant: tenant);
            var form = service.Form;
            if (!tenant.Offers.Contains(form.Id)) return ReceiveResult.Refused(Verdict.NotFound, "not-offered", language, form, tenant);
            if (bodyBytes > service.BodyLimit) return ReceiveResult.Refused(Verdict.TooLarge, "too-large", language, form, tenant);
            string version = form.Version ?? "0.0.0";
            if (post.Version != version)
                return new ReceiveResult(Verdict.Invalid, "version", new[] { IntakeErrors.VersionChanged(post.Version ?? "", version) }, null, form, tenant, language);

            var validator = _validators.GetOrAdd(form.Id, _ => new ReferenceValidator(form, _today));
            var result = validator.Validate(post.DataJson);
            if (!result.IsValid) return new ReceiveResult(Verdict.Invalid, "validation", result.Errors, null, form, tenant, language);
            // After the validator, so an invalid post always gets exactly its errors; a valid one that carries what no
            // package sends is refused rather than silently trimmed.
            using (var data = JsonDocument.Parse(post.DataJson))
                if (DataShape.Problem(form, data.RootElement) is { } problem) return ReceiveResult.Refused(Verdict.Malformed, "malformed-data", language, form, tenant) with { Detail = problem };

            IReadOnlyList<SubmittedFile> files;
            using (var kept = JsonDocument.Parse(result.KeptJson)) files = SubmittedFiles.In(form, kept.RootElement);
            var (attachments, attachmentErrors) = AttachmentCheck.Match(files, post.Attachments);
            if (attachmentErrors.Count > 0) return new ReceiveResult(Verdict.Invalid, "attachment", attachmentErrors, null, form, tenant, language);

            string contentHash = ContentHash(form.Id, version, tenant.Id, language, result.KeptJson, attachments);
            var now = _time.GetUtcNow();
            var submission = new NewSubmission(Guid.NewGuid().ToString("D"), tenant.Id, form.Id, version, language, now, post.Encoding, result.KeptJson, attachments,
                idempotencyKey != null ? "key:" + idempotencyKey : "content:" + contentHash, idempotencyKey != null ? null : ContentKeyWindow, contentHash,
                StatusTokens.Create(), () => ReferenceNumbers.Create(service.Prefix, now.Year));
            var outcome = await _store.AcceptAsync(submission, cancel);
            return outcome.Kind switch
            {
                AcceptKind.Stored => new ReceiveResult(Verdict.Stored, "stored", Array.Empty<ValidationError>(), outcome, form, tenant, language),
                AcceptKind.Replayed => new ReceiveResult(Verdict.Replayed, "replayed", Array.Empty<ValidationError>(), outcome, form, tenant, language),
                _ => new ReceiveResult(Verdict.Invalid, "idempotency-conflict", new[] { IntakeErrors.KeyReused() }, null, form, tenant, language),
            };
        }

        // What an idempotency key protects: everything that is stored, so a retry with the same content is recognised
        // whatever the transport did to the body (multipart boundaries differ on every post).
        private static string ContentHash(string form, string version, string tenant, string language, string keptJson, IReadOnlyList<StoredAttachment> attachments)
        {
            var text = new StringBuilder().Append(form).Append('\n').Append(version).Append('\n').Append(tenant).Append('\n').Append(language).Append('\n').Append(keptJson);
            foreach (var a in attachments) text.Append('\n').Append(a.Path).Append(' ').Append(a.Sha256);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }
    }
}
