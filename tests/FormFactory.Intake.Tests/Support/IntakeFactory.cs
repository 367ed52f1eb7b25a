using System.Collections.Generic;
using System.Net.Http;
using FormFactory.Intake.Storage;
using FormFactory.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FormFactory.Intake.Tests.Support
{
    /// <summary>
    /// The intake host in memory (WebApplicationFactory) on the sample catalog, with a SQLite store in a temporary
    /// folder, the validator's day set to the samples' day and no rate limit unless a test sets one.
    /// </summary>
    public sealed class IntakeFactory : WebApplicationFactory<Program>
    {
        private readonly TempFolder _folder = new();

        /// <summary>More configuration (<c>Intake:PostsPerMinute</c> …), read when the host starts at first use.</summary>
        public Dictionary<string, string> Settings { get; init; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseSetting("Intake:Definitions", Repository.Definitions);
            builder.UseSetting("Intake:Store", "sqlite:" + _folder.File("intake.db"));
            builder.UseSetting("Intake:Today", "2026-06-15");
            builder.UseSetting("Intake:PostsPerMinute", "0");
            builder.UseSetting("Intake:PurgeIntervalMinutes", "0");
            foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        }

        public ISubmissionStore Store => Services.GetRequiredService<ISubmissionStore>();

        /// <summary>A client that does not follow redirects (the 303 of a no-script post is checked as such).</summary>
        public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            _folder.Dispose();
        }
    }
}
