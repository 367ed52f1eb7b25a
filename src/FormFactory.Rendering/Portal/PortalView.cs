using System.Collections.Generic;
using FormFactory.Rendering.Templates;
using FormFactory.Rendering.Views;

namespace FormFactory.Rendering.Portal
{
    /// <summary>What <c>templates/portal.html</c> sees as <c>page</c>.</summary>
    public sealed class PortalView
    {
        /// <summary>The page's language.</summary>
        public string Lang { get; init; } = "de";
        /// <summary>Links to the portal in the other languages.</summary>
        public IReadOnlyList<LanguageLink> Languages { get; init; } = new List<LanguageLink>();
        /// <summary>The tenant's name.</summary>
        public string TenantName { get; init; } = "";
        /// <summary>The tenant as form pages show it (contact details).</summary>
        public TenantView Tenant { get; init; } = null!;
        /// <summary>The services grouped by OZG Themenfeld, groups and services in a stable order.</summary>
        public IReadOnlyList<PortalGroup> Groups { get; init; } = new List<PortalGroup>();
        /// <summary>The path of the stylesheet.</summary>
        public string Stylesheet { get; init; } = "assets/formfactory.css";
        /// <summary>The path of the search script.</summary>
        public string Script { get; init; } = "assets/portal.js";
        /// <summary>The Content-Security-Policy of the page.</summary>
        public string ContentSecurityPolicy { get; init; } = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";
    }

    /// <summary>The services of one Themenfeld.</summary>
    /// <param name="Id">An HTML id for the group's heading.</param>
    /// <param name="Title">The Themenfeld.</param>
    /// <param name="Services">Its services.</param>
    public sealed record PortalGroup(string Id, Text Title, IReadOnlyList<PortalService> Services);

    /// <summary>One offered service.</summary>
    /// <param name="Title">Its title.</param>
    /// <param name="Summary">Its short description.</param>
    /// <param name="Href">The link to its form page.</param>
    /// <param name="SearchText">Words the search matches: title, summary, keywords, OZG names.</param>
    public sealed record PortalService(Text Title, Text? Summary, string Href, string SearchText);
}
