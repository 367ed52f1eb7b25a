namespace FormFactory.Generator.Pipeline
{
    /// <summary>Names of the pipeline steps, so tests can check which steps ran again after an edit.</summary>
    internal static class TrackingNames
    {
        /// <summary>Each definition file's path and text.</summary>
        public const string DefinitionText = nameof(DefinitionText);
        /// <summary>All definition files, bound together.</summary>
        public const string Catalog = nameof(Catalog);
        /// <summary>One spec per service.</summary>
        public const string Form = nameof(Form);
        /// <summary>One spec per code list.</summary>
        public const string CodeList = nameof(CodeList);
        /// <summary>The MSBuild settings the generator reads.</summary>
        public const string Options = nameof(Options);
        /// <summary>Which types the compilation offers that generated code needs.</summary>
        public const string CompilationFacts = nameof(CompilationFacts);
        /// <summary>A service's spec with the settings.</summary>
        public const string FormWithOptions = nameof(FormWithOptions);
        /// <summary>A code list's spec with the settings.</summary>
        public const string CodeListWithOptions = nameof(CodeListWithOptions);
        /// <summary>Whether the project has a service, so the files validators and converters share are needed.</summary>
        public const string HasForms = nameof(HasForms);
        /// <summary>That with the settings.</summary>
        public const string SupportWithOptions = nameof(SupportWithOptions);
        /// <summary>Every problem to report.</summary>
        public const string Diagnostics = nameof(Diagnostics);
    }
}
