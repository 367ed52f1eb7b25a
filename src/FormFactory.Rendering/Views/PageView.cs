using System.Collections.Generic;
using FormFactory.Rendering.Templates;

namespace FormFactory.Rendering.Views
{
    /// <summary>What <c>templates/form.html</c> sees as <c>page</c>.</summary>
    public sealed record PageView
    {
        /// <summary>The page's language (<c>de</c>, <c>en</c>).</summary>
        public string Lang { get; init; } = "de";
        /// <summary>Links to the same page in the other languages.</summary>
        public IReadOnlyList<LanguageLink> Languages { get; init; } = new List<LanguageLink>();
        /// <summary>The service's title.</summary>
        public Text Title { get; init; } = null!;
        /// <summary>Its short description.</summary>
        public Text? Summary { get; init; }
        /// <summary>The service id.</summary>
        public string FormId { get; init; } = "";
        /// <summary>The definition's version.</summary>
        public string Version { get; init; } = "";
        /// <summary>The municipality.</summary>
        public TenantView Tenant { get; init; } = null!;
        /// <summary>Where the form posts; empty when the tenant has no (safe) endpoint.</summary>
        public string Action { get; init; } = "";
        /// <summary>The Content-Security-Policy of the page.</summary>
        public string ContentSecurityPolicy { get; init; } = "";
        /// <summary>The steps in order.</summary>
        public IReadOnlyList<StepView> Steps { get; init; } = new List<StepView>();
        /// <summary>The markup of <see cref="Steps"/> (template <c>partials/steps.html</c>), made once per service and language.</summary>
        public RawHtml StepsHtml { get; init; } = new("");
        /// <summary>Errors for the summary at the top (empty on a fresh page).</summary>
        public IReadOnlyList<ErrorView> Errors { get; init; } = new List<ErrorView>();
        /// <summary>Legal bases of the service.</summary>
        public IReadOnlyList<string> LegalBasis { get; init; } = new List<string>();
        /// <summary>The path of the stylesheet, relative to the page.</summary>
        public string Stylesheet { get; init; } = "assets/formfactory.css";
        /// <summary>The path of the script library (expression runtime and behaviour library, the same in every package), relative to the page.</summary>
        public string ScriptLibrary { get; init; } = "assets/formfactory-forms.js";
        /// <summary>The path of the form's script, relative to the page.</summary>
        public string Script { get; init; } = "assets/form.js";
        /// <summary>The link back to the tenant's portal page, relative to the page.</summary>
        public string PortalHref { get; init; } = "../index.html";
    }

    /// <summary>A link to the page in another language.</summary>
    /// <param name="Lang">The language code.</param>
    /// <param name="Href">The page's file name.</param>
    /// <param name="Label">The language's own name ("English", "Deutsch").</param>
    public sealed record LanguageLink(string Lang, string Href, string Label);

    /// <summary>One step: a page with the script, a fieldset without it.</summary>
    /// <param name="Id">The step id.</param>
    /// <param name="Number">Its number, from 1.</param>
    /// <param name="Count">How many steps there are.</param>
    /// <param name="Title">Its title.</param>
    /// <param name="Description">Text under the title.</param>
    /// <param name="Fields">Its fields.</param>
    public sealed record StepView(string Id, int Number, int Count, Text Title, Text? Description, IReadOnlyList<FieldView> Fields)
    {
        /// <summary>The HTML id of the step.</summary>
        public string HtmlId => "schritt-" + Id;
        /// <summary>True for the last step.</summary>
        public bool IsLast => Number == Count;
    }

    /// <summary>An entry of the error summary.</summary>
    /// <param name="Message">The message.</param>
    /// <param name="Href">The link to the field (<c>#ff-anschrift-plz</c>), or empty for errors of the whole form.</param>
    public sealed record ErrorView(Text Message, string Href);

    /// <summary>The municipality as a page shows it.</summary>
    /// <param name="Id">Its id.</param>
    /// <param name="Name">Its name.</param>
    /// <param name="ContactName">The office.</param>
    /// <param name="Email">Its e-mail address.</param>
    /// <param name="Phone">Its phone number.</param>
    /// <param name="Address">Its postal address.</param>
    /// <param name="Fees">Fees for this service.</param>
    /// <param name="Hint">The tenant's hint for this service.</param>
    public sealed record TenantView(string Id, string Name, string ContactName, string Email, string Phone, string Address, Text? Fees, Text? Hint)
    {
        /// <summary>A <c>mailto:</c> link for <see cref="Email"/>, or empty.</summary>
        public string EmailHref => Email.Length == 0 ? "" : "mailto:" + System.Uri.EscapeDataString(Email).Replace("%40", "@");
        /// <summary>A <c>tel:</c> link for <see cref="Phone"/>, or empty.</summary>
        public string PhoneHref => Phone.Length == 0 ? "" : "tel:" + Links.PhoneDigits(Phone);
    }
}
