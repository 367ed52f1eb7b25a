using System;
using System.Collections;
using System.Collections.Generic;

namespace FormFactory.Definitions.Model
{
    /// <summary>
    /// An immutable list compared by its items, so records that hold lists stay value-equatable (the generator's
    /// incremental pipeline relies on it).
    /// </summary>
    public sealed class EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
    {
        private readonly T[] _items;

        /// <summary>The empty list.</summary>
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        /// <summary>Copies <paramref name="items"/>.</summary>
        public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

        private EquatableArray(T[] items) => _items = items;

        /// <inheritdoc />
        public T this[int index] => _items[index];

        /// <inheritdoc />
        public int Count => _items.Length;

        /// <inheritdoc />
        public bool Equals(EquatableArray<T>? other)
        {
            if (other is null) return false;
            if (ReferenceEquals(this, other)) return true;
            if (_items.Length != other._items.Length) return false;
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _items.Length; i++)
                if (!comparer.Equals(_items[i], other._items[i])) return false;
            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as EquatableArray<T>);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                var comparer = EqualityComparer<T>.Default;
                foreach (var item in _items) hash = hash * 31 + (item is null ? 0 : comparer.GetHashCode(item));
                return hash;
            }
        }

        /// <inheritdoc />
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <inheritdoc />
        public override string ToString() => "[" + string.Join(", ", _items) + "]";
    }

    /// <summary>Helpers to build <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>An equatable copy of <paramref name="items"/>.</summary>
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new EquatableArray<T>(items);

        /// <summary>An equatable list of the given items.</summary>
        public static EquatableArray<T> Of<T>(params T[] items) => new EquatableArray<T>(items);
    }
}
