using System.Collections.Generic;
using System.Text.Json;
using FormFactory.Definitions.Model;

namespace FormFactory.FitConnect.Attachments
{
    /// <summary>Finds the file values in kept submission data, in form order, with their paths.</summary>
    public static class SubmittedFiles
    {
        /// <summary>Every file value of <paramref name="keptData"/> (as the validator keeps it) for <paramref name="form"/>.</summary>
        public static List<SubmittedFile> In(FormModel form, JsonElement keptData)
        {
            var files = new List<SubmittedFile>();
            Walk(form.Fields, keptData, "", files);
            return files;
        }

        private static void Walk(IEnumerable<FieldModel> fields, JsonElement data, string prefix, List<SubmittedFile> files)
        {
            foreach (var field in fields)
            {
                if (!data.TryGetProperty(field.Id, out var value)) continue;
                string path = prefix + field.Id;
                if (field.Kind == FieldKind.File && value.ValueKind == JsonValueKind.Object)
                    files.Add(new SubmittedFile(path, field.Label?.De, value.GetProperty("name").GetString()!, value.GetProperty("mediaType").GetString()!,
                        value.GetProperty("size").GetInt64(), value.GetProperty("sha256").GetString()!));
                else if (field.Kind == FieldKind.Group && field.IsRepeated && value.ValueKind == JsonValueKind.Array)
                {
                    int i = 0;
                    foreach (var item in value.EnumerateArray()) Walk(field.Fields, item, path + "[" + i++ + "].", files);
                }
                else if (field.Kind == FieldKind.Group && value.ValueKind == JsonValueKind.Object) Walk(field.Fields, value, path + ".", files);
            }
        }
    }
}
