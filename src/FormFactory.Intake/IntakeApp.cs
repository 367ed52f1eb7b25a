using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.RateLimiting;
using FormFactory.Intake.Catalog;
using FormFactory.Intake.Operations;
using FormFactory.Intake.Receiving;
using FormFactory.Intake.Storage;
using FormFactory.Intake.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FormFactory.Intake
{
    /// <summary>
    /// Builds the intake host: configuration (section <c>Intake</c>), Kestrel limits, the store (migrated before the
    /// first request), the tenants' endpoints, status pages, health, metrics and, when configured, the built packages.
    /// <c>formfactory serve</c> and the plain app (<see cref="Program"/>) both start it here.
    /// </summary>
    public static class IntakeApp
    {
        /// <summary>The rate limiter policy of the endpoints.</summary>
        public const string PostPolicy = "posts";

        /// <summary>Builds the host from <paramref name="args"/> (ASP.NET Core's: <c>--urls</c>, <c>--Intake:Store=…</c>).</summary>
        public static WebApplication Create(string[] args)
        {
            var builder = WebApplication.CreateBuilder(args);
            // One line per request is noise at thousands a second; the intake logs each outcome itself.
            builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
            builder.Services.AddOptions<IntakeOptions>().Bind(builder.Configuration.GetSection("Intake"));
            builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<IntakeOptions>>().Value);
            builder.Services.TryAddSingleton(TimeProvider.System);
            builder.Services.AddSingleton(sp =>
            {
                var o = sp.GetRequiredService<IntakeOptions>();
                return IntakeCatalog.Load(Path.GetFullPath(o.Definitions), o.MaxBodyBytes);
            });
            builder.Services.AddSingleton(sp => SubmissionStores.Open(sp.GetRequiredService<IntakeOptions>().Store));
            builder.Services.AddSingleton(sp =>
            {
                var o = sp.GetRequiredService<IntakeOptions>();
                return new SubmissionReceiver(sp.GetRequiredService<IntakeCatalog>(), sp.GetRequiredService<ISubmissionStore>(), sp.GetRequiredService<TimeProvider>(),
                    o.Today is { } day ? () => day.Date : null);
            });
            builder.Services.AddSingleton<IntakeMetrics>();
            builder.Services.AddSingleton<SubmissionEndpoint>();
            builder.Services.AddSingleton<PortalCors>();
            builder.Services.AddSingleton<HealthCheck>();
            builder.Services.AddSingleton<RetentionPurge>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<RetentionPurge>());
            builder.Services.AddOptions<KestrelServerOptions>().Configure<IntakeOptions>((k, o) =>
            {
                k.AddServerHeader = false;
                k.Limits.MaxRequestBodySize = o.MaxBodyBytes;
                k.Limits.MaxRequestHeaderCount = 64;
                k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
                k.Limits.MaxRequestLineSize = 8 * 1024;
                k.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
                k.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(60);
                // A client that sends slower than this is cut off: slow bodies cannot hold connections for long.
                k.Limits.MinRequestBodyDataRate = new MinDataRate(o.MinBodyBytesPerSecond, TimeSpan.FromSeconds(o.SlowBodyGraceSeconds));
                k.Limits.MinResponseDataRate = new MinDataRate(bytesPerSecond: 1024, gracePeriod: TimeSpan.FromSeconds(10));
            });
            builder.Services.AddRateLimiter(_ => { });
            builder.Services.AddOptions<RateLimiterOptions>().Configure<IntakeOptions>((r, o) =>
            {
                r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                r.OnRejected = async (context, cancel) =>
                {
                    context.HttpContext.Response.Headers.RetryAfter = "60";
                    context.HttpContext.RequestServices.GetRequiredService<IntakeMetrics>().Refused("rate-limited");
                    await context.HttpContext.Response.WriteAsJsonAsync(new { error = "rate-limited" }, cancel);
                };
                r.AddPolicy(PostPolicy, http => o.PostsPerMinute <= 0
                    ? RateLimitPartition.GetNoLimiter("all")
                    : RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = o.PostsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            });

            var app = builder.Build();
            var options = app.Services.GetRequiredService<IntakeOptions>();
            var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("FormFactory.Intake");
            var store = app.Services.GetRequiredService<ISubmissionStore>();
            store.MigrateAsync().GetAwaiter().GetResult();
            var catalog = app.Services.GetRequiredService<IntakeCatalog>();
            log.LogInformation("Intake on a {Store} store with {Services} service(s) at {Endpoints} endpoint(s)", store.Kind, catalog.Catalog.Forms.Count, catalog.EndpointPaths.Count());

            var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
            foreach (var proxy in options.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            app.UseForwardedHeaders(forwarded);
            app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Unexpected, SuppressDiagnosticsCallback = _ => false });
            app.Use((context, next) =>
            {
                SecurityHeaders.Apply(context);
                return next(context);
            });
            app.UseRateLimiter();

            var endpoint = app.Services.GetRequiredService<SubmissionEndpoint>();
            var cors = app.Services.GetRequiredService<PortalCors>();
            foreach (string path in catalog.EndpointPaths)
            {
                app.MapPost(path, async context =>
                {
                    // CORS headers only for allowed origins; the post itself is not refused by its Origin: a form post
                    // is no CORS request, and under Referrer-Policy no-referrer browsers send "Origin: null" with it.
                    cors.Allow(context, path, endpoint.Origin(context));
                    await endpoint.HandleAsync(context, path);
                }).RequireRateLimiting(PostPolicy);
                app.MapMethods(path, new[] { "OPTIONS" }, context =>
                {
                    context.Response.StatusCode = cors.Allow(context, path, endpoint.Origin(context)) ? StatusCodes.Status204NoContent : StatusCodes.Status403Forbidden;
                    return System.Threading.Tasks.Task.CompletedTask;
                });
            }
            app.MapGet("/status/{token}", StatusPage.HandleAsync);
            app.MapGet("/healthz", async (HealthCheck health, HttpContext context) =>
            {
                var report = await health.CheckAsync(context.RequestAborted);
                return Results.Json(report, statusCode: report.Healthy ? 200 : 503);
            });
            app.MapGet("/metrics", (IntakeMetrics metrics) => Results.Text(metrics.Text(), "text/plain; version=0.0.4; charset=utf-8"));
            if (options.Packages != null)
            {
                var files = new PackageFiles(options.Packages);
                string index = IntakePages.Index(catalog.Catalog.Tenants.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => (t.Id, t.Name)));
                app.MapGet("/", (HttpContext context) =>
                {
                    context.Response.Headers.ContentSecurityPolicy = IntakePages.ContentSecurityPolicy;
                    return Results.Content(index, "text/html; charset=utf-8");
                });
                app.MapMethods("/{**path}", new[] { "GET", "HEAD" }, async context =>
                {
                    if (!await files.TryServeAsync(context)) context.Response.StatusCode = StatusCodes.Status404NotFound;
                });
            }
            return app;
        }

        // Anything unexpected (a store that is down, a bug): 503 without details, so no stack trace ever reaches a client.
        private static async System.Threading.Tasks.Task Unexpected(HttpContext context)
        {
            var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("FormFactory.Intake").LogError(error, "Unexpected failure at {Path}", context.Request.Path.Value);
            context.RequestServices.GetRequiredService<IntakeMetrics>().Refused("unavailable");
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            context.Response.Headers.RetryAfter = "30";
            await context.Response.WriteAsJsonAsync(new { error = "unavailable" });
        }
    }
}
