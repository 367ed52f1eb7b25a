using FormFactory.Definitions.Model;

namespace FormFactory.Generator.Pipeline
{
    /// <summary>One enum member: its C# name and the code it stands for in JSON.</summary>
    internal sealed record CodeMemberSpec(string Name, string Code, DocSpec Doc);

    /// <summary>Everything needed to write a code list's enum and its code mapping.</summary>
    /// <param name="Id">The code list's id.</param>
    /// <param name="Version">Its version, if any.</param>
    /// <param name="HintName">The generated file's name.</param>
    /// <param name="EnumName">The enum's name.</param>
    /// <param name="MappingName">The name of the static class that maps members to codes and back.</param>
    /// <param name="Doc">The enum's doc comment.</param>
    /// <param name="Members">The members in definition order.</param>
    internal sealed record CodeListSpec(string Id, string? Version, string HintName, string EnumName, string MappingName, DocSpec Doc,
        EquatableArray<CodeMemberSpec> Members);
}
