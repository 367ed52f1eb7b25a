using System.Text.Json.Nodes;

namespace FormFactory.Fim.Mapping
{
    /// <summary>A definition file produced by the import, before it is written as text.</summary>
    /// <param name="Path">The path below the output folder, e.g. <c>blocks/anschriftInland.block.json</c>.</param>
    /// <param name="Json">Its content.</param>
    internal sealed record MappedFile(string Path, JsonObject Json);
}
