using System.Linq;
using System.Collections.Generic;

namespace FormFactory.Definitions.Model
{
    /// <summary>Contact details of an office.</summary>
    public sealed record Contact(string? Name, string? Email, string? Phone, string? Address);

    /// <summary>A tenant's settings for one service.</summary>
    public sealed record TenantServiceSettings(string ServiceId, LocalizedText? Fees, Contact? Contact, LocalizedText? Hint)
    {
        /// <summary>Days a delivered submission of this service keeps its data and attachments; null takes the tenant's.</summary>
        public int? RetentionDays { get; init; }
    }

    /// <summary>A municipality that offers services.</summary>
    /// <param name="Id">The tenant's id.</param>
    /// <param name="SourcePath">The file it came from.</param>
    /// <param name="Name">Its official name.</param>
    /// <param name="Type">Its municipality type.</param>
    /// <param name="Ars">Its Amtlicher Regionalschlüssel.</param>
    /// <param name="Contact">Its office's contact details.</param>
    /// <param name="SubmissionEndpoint">Where its forms post submissions.</param>
    /// <param name="Offers">The services it offers: its <c>offers</c> list, or every service relevant for its type.</param>
    /// <param name="OffersListed">True when the file lists its offers; false when they follow from relevance.</param>
    /// <param name="Services">Per-service settings.</param>
    public sealed record TenantModel(string Id, string SourcePath, string Name, string Type, string? Ars, Contact? Contact, string? SubmissionEndpoint,
        EquatableArray<string> Offers, bool OffersListed, EquatableArray<TenantServiceSettings> Services)
    {
        /// <summary>
        /// Days after delivery that a submission's data and attachments are kept before the intake deletes them and
        /// keeps a tombstone (reference, dates, states); null keeps them until deleted otherwise.
        /// </summary>
        public int? RetentionDays { get; init; }

        /// <summary>The retention of <paramref name="serviceId"/>: its own setting, else the tenant's.</summary>
        public int? RetentionOf(string serviceId)
        {
            foreach (var s in Services)
                if (s.ServiceId == serviceId && s.RetentionDays != null) return s.RetentionDays;
            return RetentionDays;
        }
    }

    /// <summary>A reusable block of fields, as written in its file (for documentation and listings).</summary>
    public sealed record BlockModel(string Id, string SourcePath, string? Version, LocalizedText? Title, string? Fim)
    {
        /// <summary>Notes for designers (provenance, FIM rules kept as text); never shown to citizens.</summary>
        public EquatableArray<string> Notes { get; init; } = EquatableArray<string>.Empty;
    }

    /// <summary>The factory's settings (<c>factory.json</c>).</summary>
    public sealed record FactorySettings(string Name, decimal? TargetPerWeek, string? Start, EquatableArray<string> Languages, string MaturityModel)
    {
        /// <summary>The highest maturity level of the chosen model.</summary>
        public int MaxMaturity => MaturityModel == "2.0" ? 7 : 4;

        /// <summary>
        /// True when <c>factory.json</c> lists its <c>languages</c>: forms are then published in those only (German
        /// always). Without the list, every language a form has is published.
        /// </summary>
        public bool LanguagesListed { get; init; }

        /// <summary>True when forms may be published in <paramref name="language"/>: German, a listed language, or any language when none are listed.</summary>
        public bool Publishes(string language) => language == "de" || !LanguagesListed || Languages.Contains(language);

        /// <summary>
        /// The languages pages can be published in: those the forms' interface texts (buttons, error summary, hints)
        /// exist for. Another listed language is accepted (FF0508 warns) and gets no pages.
        /// </summary>
        public static EquatableArray<string> PageLanguages { get; } = EquatableArray.Of("de", "en");

        /// <summary>
        /// The languages a form's pages are rendered in: German, and each other page language whose title the form
        /// has, when <paramref name="factory"/> (if given) publishes it.
        /// </summary>
        public static System.Collections.Generic.List<string> FormPageLanguages(FormModel form, FactorySettings? factory)
        {
            var languages = new System.Collections.Generic.List<string>();
            foreach (var l in PageLanguages)
                if ((l == "de" || form.Title.TryGet(l) != null) && (factory == null || factory.Publishes(l))) languages.Add(l);
            return languages;
        }

        /// <summary>Settings used when a catalog has no factory.json.</summary>
        public static FactorySettings Default { get; } = new FactorySettings("FormFactory", null, null, EquatableArray.Of("de"), "1.1");
    }

    /// <summary>A bound catalog: every definition that is free of errors.</summary>
    public sealed record Catalog(FactorySettings Settings, EquatableArray<FormModel> Forms, EquatableArray<BlockModel> Blocks,
        EquatableArray<CodeListModel> CodeLists, EquatableArray<TenantModel> Tenants)
    {
        // Lookups by id; equality-neutral, so the catalog stays compared by its content.
        private readonly IdIndex<FormModel> _formsById = new IdIndex<FormModel>(f => f.Id);
        private readonly IdIndex<TenantModel> _tenantsById = new IdIndex<TenantModel>(t => t.Id);

        /// <summary>The form with <paramref name="id"/>, if it bound without errors.</summary>
        public FormModel? Form(string id) => _formsById.Find(Forms, id);

        /// <summary>The tenant with <paramref name="id"/>.</summary>
        public TenantModel? Tenant(string id) => _tenantsById.Find(Tenants, id);
    }
}
