namespace FormFactory.Factory
{
    /// <summary>What a report covers.</summary>
    public enum ReportScopeKind
    {
        /// <summary>Every service of the catalog.</summary>
        All,
        /// <summary>The services one municipality offers.</summary>
        Tenant,
        /// <summary>The services relevant for one municipality type.</summary>
        MunicipalityType,
    }

    /// <summary>The report's scope, to state in its heading.</summary>
    /// <param name="Kind">All services, a tenant's, or a municipality type's.</param>
    /// <param name="Id">The tenant id or the municipality type code; null for all services.</param>
    /// <param name="Name">The tenant's name; null otherwise.</param>
    public sealed record ReportScope(ReportScopeKind Kind, string? Id, string? Name)
    {
        /// <summary>Every service.</summary>
        public static ReportScope All { get; } = new(ReportScopeKind.All, null, null);
    }
}
