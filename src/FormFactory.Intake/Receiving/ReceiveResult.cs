using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Intake.Storage;
using FormFactory.Runtime;

namespace FormFactory.Intake.Receiving
{
    /// <summary>How a post ended.</summary>
    public enum Verdict
    {
        /// <summary>Stored now (201).</summary>
        Stored,
        /// <summary>A retry of a stored submission: the first answer (201), nothing stored.</summary>
        Replayed,
        /// <summary>Refused with errors for the citizen (422).</summary>
        Invalid,
        /// <summary>Unknown tenant or service, or a service the tenant does not offer (404).</summary>
        NotFound,
        /// <summary>The body is too large for the service (413).</summary>
        TooLarge,
        /// <summary>Data no package sends: properties the form has no field for (400).</summary>
        Malformed,
    }

    /// <summary>The outcome of receiving a post.</summary>
    /// <param name="Verdict">How it ended.</param>
    /// <param name="Reason">A short reason for logs and metrics (never citizen data): <c>validation</c>, <c>attachment</c>, <c>version</c>, …</param>
    /// <param name="Errors">The errors for the citizen (validator's, then the intake's).</param>
    /// <param name="Outcome">The store's answer when stored or replayed.</param>
    /// <param name="Form">The service, when it was found.</param>
    /// <param name="Tenant">The tenant, when it was found.</param>
    /// <param name="Language">The language to answer in.</param>
    public sealed record ReceiveResult(Verdict Verdict, string Reason, IReadOnlyList<ValidationError> Errors, AcceptOutcome? Outcome,
        FormModel? Form, TenantModel? Tenant, string Language)
    {
        /// <summary>For a malformed post: what is wrong, in words for a developer (never citizen data).</summary>
        public string? Detail { get; init; }

        /// <summary>A refusal without errors for the citizen.</summary>
        public static ReceiveResult Refused(Verdict verdict, string reason, string language = "de", FormModel? form = null, TenantModel? tenant = null) =>
            new(verdict, reason, System.Array.Empty<ValidationError>(), null, form, tenant, language);
    }
}
