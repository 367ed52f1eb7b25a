using System.Collections.Generic;
using System.Linq;
using FormFactory.Definitions.Model;
using FormFactory.Runtime.Submissions;

namespace FormFactory.Rendering.Schema
{
    /// <summary>The runtime's <see cref="SubmissionShape"/> of a bound form, for the multipart converter.</summary>
    public static class SubmissionShapes
    {
        /// <summary>The shape of <paramref name="form"/>'s submission data.</summary>
        public static SubmissionShape For(FormModel form) => new(Fields(form.Fields));

        private static IReadOnlyList<FieldShape> Fields(IEnumerable<FieldModel> fields) =>
            fields.Where(f => f.Kind != FieldKind.Info).Select(f => new FieldShape(f.Id, Kind(f), f.Kind == FieldKind.Group ? Fields(f.Fields) : null)).ToList();

        private static ShapeKind Kind(FieldModel f) => f.Kind switch
        {
            FieldKind.Integer => ShapeKind.Integer,
            FieldKind.Decimal or FieldKind.Money => ShapeKind.Number,
            FieldKind.Date => ShapeKind.Date,
            FieldKind.Boolean => ShapeKind.Boolean,
            FieldKind.MultiChoice => ShapeKind.Codes,
            FieldKind.File => ShapeKind.File,
            FieldKind.Group => f.IsRepeated ? ShapeKind.Repeat : ShapeKind.Group,
            _ => ShapeKind.Text,
        };
    }
}
