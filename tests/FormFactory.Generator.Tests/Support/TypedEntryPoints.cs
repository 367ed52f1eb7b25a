using System;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;
using System.Text.Json;
using FormFactory.Runtime;

namespace FormFactory.Generator.Tests.Support
{
    /// <summary>
    /// A generated form record's entry points, for a type loaded at run time: the JSON validator, the typed-record
    /// validator (as a compiled delegate, so calling it allocates nothing of its own), and the record's JSON.
    /// </summary>
    public sealed class TypedEntryPoints
    {
        private readonly MethodInfo _fromJson;
        private readonly MethodInfo _toJson;

        /// <summary>The entry points of the generated form record <paramref name="formType"/>.</summary>
        public TypedEntryPoints(Type formType)
        {
            FormType = formType;
            ValidateJson = formType.GetMethod("Validate", new[] { typeof(string), typeof(DateTime) })!
                .CreateDelegate<Func<string, DateTime, ValidationResult>>();
            var validate = formType.GetMethod("Validate", new[] { formType, typeof(DateTime) })
                ?? throw new InvalidOperationException(formType.Name + " has no Validate(record, DateTime).");
            var record = Expression.Parameter(typeof(object), "record");
            var today = Expression.Parameter(typeof(DateTime), "today");
            ValidateRecord = Expression.Lambda<Func<object, DateTime, RecordValidationResult>>(
                Expression.Call(validate, Expression.Convert(record, formType), today), record, today).Compile();
            _fromJson = formType.GetMethod("FromJson", new[] { typeof(string) })!;
            _toJson = formType.GetMethod("ToJson", Type.EmptyTypes)!;
        }

        /// <summary>The generated form record.</summary>
        public Type FormType { get; }

        /// <summary><c>Validate(string json, DateTime today)</c>.</summary>
        public Func<string, DateTime, ValidationResult> ValidateJson { get; }

        /// <summary><c>Validate(record, DateTime today)</c>.</summary>
        public Func<object, DateTime, RecordValidationResult> ValidateRecord { get; }

        /// <summary>The record <c>FromJson</c> reads from <paramref name="json"/>; null when it rejects the JSON (a wrong type, an unknown code …).</summary>
        public object? TryFromJson(string json)
        {
            try
            {
                return _fromJson.Invoke(null, new object[] { json });
            }
            catch (TargetInvocationException e) when (e.InnerException is JsonException or InvalidOperationException or FormatException)
            {
                return null;
            }
        }

        /// <summary>The record <c>FromJson</c> reads from <paramref name="json"/>, which it must accept.</summary>
        public object FromJson(string json) => TryFromJson(json) ?? throw new InvalidOperationException("FromJson rejects " + json);

        /// <summary><c>record.ToJson()</c>.</summary>
        public string ToJson(object record) => (string)_toJson.Invoke(record, null)!;

        /// <summary>
        /// Null when the typed validator gives <paramref name="record"/> exactly the errors (path, code, both messages,
        /// in order) the JSON validator gives its JSON; else a description of the difference.
        /// </summary>
        public string? Disagreement(object record, DateTime today)
        {
            string json = ToJson(record);
            var expected = ValidateJson(json, today);
            var actual = ValidateRecord(record, today);
            if (expected.Errors.SequenceEqual(actual.Errors) && actual.IsValid == (actual == RecordValidationResult.Valid)) return null;
            var sb = new StringBuilder();
            sb.AppendLine("record JSON: " + json);
            sb.AppendLine("JSON path:");
            foreach (var e in expected.Errors) sb.AppendLine($"  {e.Path} {e.Code} | {e.MessageDe} | {e.MessageEn}");
            sb.AppendLine("typed path:");
            foreach (var e in actual.Errors) sb.AppendLine($"  {e.Path} {e.Code} | {e.MessageDe} | {e.MessageEn}");
            return sb.ToString();
        }
    }
}
