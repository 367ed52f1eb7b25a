using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>Constants that identify the service a model was generated from.</summary>
    /// <param name="Id">The service id.</param>
    /// <param name="Version">The definition's version, if any.</param>
    /// <param name="Leika">The LeiKa key, if any.</param>
    /// <param name="Title">The German title.</param>
    /// <param name="TitleEn">The English title, or the German one where there is none.</param>
    internal sealed record MetadataSpec(string Id, string? Version, string? Leika, string Title, string TitleEn);

    /// <summary>Everything needed to write one service's source file; value-equatable, so unchanged services are not rewritten.</summary>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="SourceFileName">The definition's file name (without folders, so output does not depend on the machine).</param>
    /// <param name="Type">The form's record.</param>
    /// <param name="Metadata">The service's identifying constants.</param>
    /// <param name="RequiredTypes">Metadata names of types outside the generated code the model uses (<c>System.DateOnly</c> …).</param>
    /// <param name="JsonHintName">The name of the file with the records' JSON converters.</param>
    /// <param name="Validator">The service's validator.</param>
    internal sealed record FormSpec(string HintName, string SourceFileName, TypeSpec Type, MetadataSpec Metadata, EquatableArray<string> RequiredTypes,
        string JsonHintName, ValidatorSpec Validator);
}
