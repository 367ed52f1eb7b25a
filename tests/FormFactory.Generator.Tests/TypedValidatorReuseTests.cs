using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FormFactory.Generator.Tests.Support;
using FormFactory.Runtime;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// The typed entry point reuses one set of values objects per thread and shares one valid result. That must cost
    /// nothing for a valid record and never carry one validation into the next: not after an invalid one, not in a
    /// validation started inside another, not across threads.
    /// </summary>
    public class TypedValidatorReuseTests
    {
        private static readonly DateTime Today = new DateTime(2026, 6, 15);

        private static TypedEntryPoints Entry(string serviceId) => new TypedEntryPoints(SampleCompilation.FormType(serviceId));

        private static object Sample(TypedEntryPoints entry, string serviceId, string name) =>
            entry.FromJson(SampleCompilation.SampleSubmissions(serviceId, name).Single());

        /// <summary>
        /// Every sample service's valid sample submissions with their validators: as the application keeps them
        /// (<c>FromJson(KeptJson)</c>), or as submitted (<paramref name="asSubmitted"/>: hidden values still in,
        /// IBANs with spaces and in lower case).
        /// </summary>
        private static List<(TypedEntryPoints Entry, object Record)> ValidRecords(bool asSubmitted = false)
        {
            var records = new List<(TypedEntryPoints, object)>();
            foreach (var row in SampleCatalog.ServiceIds())
            {
                string serviceId = (string)row[0];
                var entry = Entry(serviceId);
                foreach (string json in SampleCompilation.SampleSubmissions(serviceId, "valid"))
                    records.Add((entry, entry.FromJson(asSubmitted ? json : entry.ValidateJson(json, Today).KeptJson)));
            }
            return records;
        }

        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void ValidRecordsAllocateNothingAfterTheFirstValidationOnAThread(bool asSubmitted)
        {
            var records = ValidRecords(asSubmitted);
            // Among the records as submitted, IBANs typed in groups and in lower case must be checked without a copy.
            if (asSubmitted) Assert.Contains(records, r => r.Entry.ToJson(r.Record).Contains("\"de89 3704"));
            // hundAnmelden's valid-2 (two dogs, two files, conditional fields) must be among them.
            Assert.Contains(records, r => r.Entry.FormType.Name == "HundAnmelden" && r.Entry.ToJson(r.Record).Contains("\"sha256\"") && r.Entry.ToJson(r.Record).Split("\"rasse\"").Length == 3);
            Assert.True(records.Select(r => r.Entry.FormType).Distinct().Count() >= 5, "too few services have valid samples");
            foreach (var (entry, record) in records)
                Assert.True(entry.ValidateRecord(record, Today).IsValid, entry.FormType.Name + ": " + entry.ToJson(record));

            var allocating = new List<string>();
            foreach (var (entry, record) in records)
            {
                // The least of three measurements: an allocation of the validator shows in every one, while the runtime
                // now and then allocates on this thread for its own work (once seen in CI: 760 bytes in one batch of 20
                // validations that allocate nothing in every other run; most likely tiered recompilation).
                long allocated = long.MaxValue;
                for (int attempt = 0; attempt < 3 && allocated != 0; attempt++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    for (int round = 0; round < 20; round++) entry.ValidateRecord(record, Today);
                    allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
                }
                if (allocated != 0) allocating.Add($"{entry.FormType.Name}: {allocated / 20} bytes per validation of {entry.ToJson(record)}");
            }

            Assert.True(allocating.Count == 0, string.Join("\n", allocating));
        }

        [Fact]
        public void TheValidResultIsSharedAndCannotBeChanged()
        {
            var entry = Entry("hundAnmelden");
            var first = entry.ValidateRecord(Sample(entry, "hundAnmelden", "valid-1"), Today);
            var second = entry.ValidateRecord(Sample(entry, "hundAnmelden", "valid-2"), Today);

            Assert.Same(RecordValidationResult.Valid, first);
            Assert.Same(first, second);
            Assert.True(first.IsValid);
            var errors = Assert.IsAssignableFrom<ICollection<ValidationError>>(first.Errors);
            Assert.Throws<NotSupportedException>(() => errors.Add(new ValidationError("x", "y", "z", "z")));
            Assert.Empty(RecordValidationResult.Valid.Errors);
        }

        [Fact]
        public void ValidAndInvalidRecordsInTurnEachGetTheirOwnErrors()
        {
            foreach (var row in SampleCatalog.ServiceIds())
            {
                string serviceId = (string)row[0];
                var entry = Entry(serviceId);
                var records = SampleCompilation.SampleSubmissions(serviceId).Select(entry.TryFromJson).OfType<object>().ToList();
                // Forward and backward, so each record follows both a valid and an invalid one where the samples allow.
                foreach (var record in records.Concat(Enumerable.Reverse(records)).Concat(records))
                {
                    string? disagreement = entry.Disagreement(record, Today);
                    Assert.True(disagreement == null, serviceId + ":\n" + disagreement);
                }
            }
        }

        [Fact]
        public void AnEnumValueOutsideItsMembersIsAnUnknownCode()
        {
            var entry = Entry("hundAnmelden");
            var record = Sample(entry, "hundAnmelden", "valid-2");
            var json = JsonNode.Parse(entry.ToJson(record))!;
            json["hunde"]![0]!["rasse"] = "keine-rasse";
            var expected = entry.ValidateJson(json.ToJsonString(), Today).Errors;

            var dog = ((IEnumerable)record.GetType().GetProperty("Hunde")!.GetValue(record)!).Cast<object>().First();
            var rasse = dog.GetType().GetProperty("Rasse")!;
            rasse.SetValue(dog, Enum.ToObject(Nullable.GetUnderlyingType(rasse.PropertyType)!, 999));
            var actual = entry.ValidateRecord(record, Today).Errors;

            Assert.Equal("hunde[0].rasse codeList", string.Join(", ", expected.Select(e => e.Path + " " + e.Code)));
            Assert.Equal(expected, actual);
        }

        [Fact]
        public void AValidationStartedInsideAnotherGetsItsOwnValues()
        {
            // A record's list is the caller's code: here it validates an invalid record while the outer validation
            // reads its entries. Neither may see the other's values.
            var entry = Entry("hundAnmelden");
            var invalid = entry.FromJson(SampleCompilation.SampleSubmissions("hundAnmelden", "invalid-1").Single());
            var expectedInner = entry.ValidateJson(entry.ToJson(invalid), Today).Errors;
            Assert.NotEmpty(expectedInner);
            var outer = Sample(entry, "hundAnmelden", "valid-2");
            var hunde = outer.GetType().GetProperty("Hunde")!;
            var dogs = ((IEnumerable)hunde.GetValue(outer)!).Cast<object>().ToList();
            var inner = new List<RecordValidationResult>();
            var listType = typeof(CallbackList<>).MakeGenericType(dogs[0].GetType());
            hunde.SetValue(outer, Activator.CreateInstance(listType, dogs, new Action(() => inner.Add(entry.ValidateRecord(invalid, Today)))));

            var result = entry.ValidateRecord(outer, Today);

            Assert.Same(RecordValidationResult.Valid, result);
            Assert.NotEmpty(inner);
            Assert.All(inner, r => Assert.Equal(expectedInner, r.Errors));
            // And the thread's pooled values are sound afterwards.
            Assert.Equal(expectedInner, entry.ValidateRecord(invalid, Today).Errors);
            Assert.Same(RecordValidationResult.Valid, entry.ValidateRecord(outer, Today));
        }

        [Fact]
        public void ThreadsValidatingAtOnceEachGetTheirOwnResults()
        {
            var entry = Entry("hundAnmelden");
            var records = SampleCompilation.SampleSubmissions("hundAnmelden").Select(entry.FromJson).ToList();
            var expected = records.Select(r => entry.ValidateJson(entry.ToJson(r), Today).Errors).ToList();
            Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 4 }, worker =>
            {
                for (int i = 0; i < 300; i++)
                {
                    int k = (i + worker) % records.Count;
                    Assert.Equal(expected[k], entry.ValidateRecord(records[k], Today).Errors);
                }
            });
        }

        /// <summary>A list that runs <c>callback</c> whenever an entry is read.</summary>
        public sealed class CallbackList<T> : IReadOnlyList<T>
        {
            private readonly List<T> _items;
            private readonly Action _callback;

            public CallbackList(List<object> items, Action callback)
            {
                _items = items.Cast<T>().ToList();
                _callback = callback;
            }

            public T this[int index]
            {
                get
                {
                    _callback();
                    return _items[index];
                }
            }

            public int Count => _items.Count;

            public IEnumerator<T> GetEnumerator() => _items.GetEnumerator();

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
