using System.Linq;
using System.Threading.Tasks;
using FormFactory.Intake.Storage;
using Microsoft.AspNetCore.Http;

namespace FormFactory.Intake.Web
{
    /// <summary>
    /// <c>GET /status/TOKEN</c>: the state of one submission (JSON for scripts, the confirmation page for browsers),
    /// found by the token's hash. It tells the reference and the state, never the data.
    /// </summary>
    public static class StatusPage
    {
        /// <summary>Answers a status request.</summary>
        public static async Task HandleAsync(HttpContext context, string token, ISubmissionStore store, IntakeOptions options)
        {
            context.Response.Headers.CacheControl = "no-store";
            var status = token.Length is > 0 and <= 100 ? await store.StatusAsync(StatusTokens.Hash(token), context.RequestAborted) : null;
            bool json = context.Request.Headers.Accept.Any(a => a != null && a.Contains("application/json")) && !context.Request.Headers.Accept.Any(a => a != null && a.Contains("text/html"));
            if (status == null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                if (json) await context.Response.WriteAsJsonAsync(new { error = "unknown-status-token" });
                return;
            }
            if (json)
            {
                await context.Response.WriteAsJsonAsync(new { reference = status.Reference, state = status.State, receivedAt = status.ReceivedAt, changedAt = status.ChangedAt });
                return;
            }
            string? stylesheet = options.Packages == null ? null
                : options.PackageUrl.Replace("{tenant}", status.Tenant).Replace("{service}", status.Service) + "assets/formfactory.css";
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentSecurityPolicy = IntakePages.ContentSecurityPolicy;
            await context.Response.WriteAsync(IntakePages.Confirmation(status, stylesheet));
        }
    }
}
