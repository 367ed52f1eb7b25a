using FormFactory.Fim.CodeLists;
using FormFactory.Fim.Model;

namespace FormFactory.Fim.Reading
{
    /// <summary>An import file once read: either an XDatenfelder message or a genericode code list.</summary>
    /// <param name="Input">The file.</param>
    /// <param name="Schema">The schema or group it holds, for an XDatenfelder message.</param>
    /// <param name="CodeList">The list it holds, for a genericode file.</param>
    public sealed record FimFile(FimInput Input, FimSchema? Schema, GenericodeCodeList? CodeList);
}
