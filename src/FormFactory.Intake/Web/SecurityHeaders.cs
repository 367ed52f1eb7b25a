using Microsoft.AspNetCore.Http;

namespace FormFactory.Intake.Web
{
    /// <summary>Headers every answer carries, whatever served it.</summary>
    public static class SecurityHeaders
    {
        /// <summary>Sets them on the response of <paramref name="context"/>; a page's own Content-Security-Policy is set where it is served.</summary>
        public static void Apply(HttpContext context)
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "no-referrer";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            if (context.Request.IsHttps) h.StrictTransportSecurity = "max-age=31536000";
        }
    }
}
