using System.Collections.Generic;
using FormFactory.Definitions.Model;
using FormFactory.Rendering.Pages;

namespace FormFactory.Rendering.Packages
{
    /// <summary>
    /// What every tenant's package of one service has in common, made once per service: the pages' steps per
    /// language, the submission schema and the form's script.
    /// </summary>
    /// <param name="Form">The service.</param>
    /// <param name="Languages">The languages of its pages.</param>
    /// <param name="Bodies">Per language (in the order of <paramref name="Languages"/>) the steps and their markup.</param>
    /// <param name="BodyPieces">The same markup as bytes.</param>
    /// <param name="Schema">The submission schema.</param>
    /// <param name="Script">The form's script (it holds nothing of the tenant).</param>
    /// <param name="Shape">The submission shape the manifest names.</param>
    public sealed record ServiceParts(FormModel Form, IReadOnlyList<string> Languages, IReadOnlyList<FormBody> Bodies, IReadOnlyList<Piece> BodyPieces,
        Piece Schema, Piece Script, string Shape);
}
