using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Model;

namespace FormFactory.Intake.Receiving
{
    /// <summary>A file value in a submission's data: where it is and what it says about the file.</summary>
    public sealed record FileValue(string Path, FieldModel Field, string Name, string MediaType, long Size, string Sha256);

    /// <summary>Finds the file values of kept submission data by walking the form's fields (paths as in the submission contract).</summary>
    public static class FileValues
    {
        /// <summary>Every file value of <paramref name="data"/> (an object of <paramref name="form"/>'s fields), in form order.</summary>
        public static IReadOnlyList<FileValue> In(FormModel form, JsonElement data)
        {
            var found = new List<FileValue>();
            Walk(form.Fields, data, "", found);
            return found;
        }

        private static void Walk(IEnumerable<FieldModel> fields, JsonElement group, string prefix, List<FileValue> found)
        {
            if (group.ValueKind != JsonValueKind.Object) return;
            foreach (var f in fields)
            {
                if (!group.TryGetProperty(f.Id, out var value)) continue;
                string path = FieldPaths.Child(prefix, f.Id);
                if (f.Kind == FieldKind.File && value.ValueKind == JsonValueKind.Object)
                    found.Add(new FileValue(path, f, Str(value, "name"), Str(value, "mediaType"),
                        value.TryGetProperty("size", out var size) && size.TryGetInt64(out long n) ? n : -1, Str(value, "sha256")));
                else if (f.Kind == FieldKind.Group && f.IsRepeated && value.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var entry in value.EnumerateArray()) Walk(f.Fields, entry, path + "[" + i++ + "]", found);
                }
                else if (f.Kind == FieldKind.Group) Walk(f.Fields, value, path, found);
            }
        }

        private static string Str(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
    }
}
