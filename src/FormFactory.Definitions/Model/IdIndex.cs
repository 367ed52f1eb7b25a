using System;
using System.Collections.Generic;
using System.Threading;

namespace FormFactory.Definitions.Model
{
    /// <summary>
    /// A lookup by id over an <see cref="EquatableArray{T}"/>, built on first use. It holds no data of its own for
    /// equality: every index equals every other, so records that keep one stay compared by their content. It
    /// remembers which array it was built from, so a record copied with <c>with { … }</c> and a new array rebuilds it.
    /// Safe to use from several threads (at worst two build the same index).
    /// </summary>
    /// <typeparam name="T">The items.</typeparam>
    internal sealed class IdIndex<T> : IEquatable<IdIndex<T>> where T : class
    {
        private readonly Func<T, string> _id;
        private Built? _built;

        public IdIndex(Func<T, string> id) => _id = id;

        /// <summary>The first item of <paramref name="items"/> with <paramref name="id"/>, or null.</summary>
        public T? Find(EquatableArray<T> items, string id)
        {
            var built = Volatile.Read(ref _built);
            if (built == null || !ReferenceEquals(built.Source, items))
            {
                var map = new Dictionary<string, T>(items.Count, StringComparer.Ordinal);
                foreach (var item in items)
                    if (!map.ContainsKey(_id(item))) map.Add(_id(item), item);
                built = new Built(items, map);
                Volatile.Write(ref _built, built);
            }
            return built.Map.TryGetValue(id, out var found) ? found : null;
        }

        public bool Equals(IdIndex<T>? other) => other is not null;

        public override bool Equals(object? obj) => obj is IdIndex<T>;

        public override int GetHashCode() => 0;

        private sealed class Built
        {
            public Built(EquatableArray<T> source, Dictionary<string, T> map)
            {
                Source = source;
                Map = map;
            }

            public EquatableArray<T> Source { get; }
            public Dictionary<string, T> Map { get; }
        }
    }
}
