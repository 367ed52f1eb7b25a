namespace FormFactory.Definitions.Diagnostics
{
    /// <summary>How serious a diagnostic is. Errors stop a build; warnings point at likely mistakes.</summary>
    public enum DiagnosticSeverity
    {
        /// <summary>Something the designer probably did not mean; the definition still works.</summary>
        Warning,

        /// <summary>The definition cannot be used until this is fixed.</summary>
        Error,
    }
}
