namespace FormFactory.Generator.Pipeline
{
    /// <summary>One definition file as the pipeline sees it: its path and text (null when the host could not read it).</summary>
    /// <param name="Path">The path the compiler knows the file by; diagnostics point there.</param>
    /// <param name="Text">The file's content.</param>
    internal sealed record DefinitionText(string Path, string? Text);
}
