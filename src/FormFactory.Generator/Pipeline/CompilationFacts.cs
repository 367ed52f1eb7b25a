using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Which of the types generated code may need the compilation lacks (metadata names), taken without keeping the compilation.</summary>
    internal sealed record CompilationFacts(EquatableArray<string> MissingTypes)
    {
        /// <summary>Every type generated code may use from outside itself, with advice for when it is missing.</summary>
        public static readonly (string MetadataName, string Advice)[] KnownTypes =
        {
            ("System.DateOnly", "date fields need .NET 6 or later; set TargetFramework to net8.0 or newer"),
            ("FormFactory.Runtime.Attachment", "file fields need the FormFactory.Runtime library; add a reference to it"),
            ("FormFactory.Runtime.ValidationResult", "validators need the FormFactory.Runtime library; add a reference to it"),
            ("FormFactory.Runtime.RecordValidationResult", "validators of typed records need a FormFactory.Runtime as new as the generator; update the reference"),
            ("System.Text.Json.JsonElement", "validators and JSON converters need System.Text.Json; target net8.0 or newer, or add the System.Text.Json package"),
        };
    }
}
