using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FormFactory.Rendering.Build
{
    /// <summary>
    /// A SHA-256 over the whole content of a bound model object (a form, a tenant): its runtime type and every
    /// property that is part of its state (those with a setter or init), recursively, lists item by item. Two models
    /// get the same fingerprint exactly when they hold the same content, so a package whose form and tenant
    /// fingerprints did not change needs no rendering. Computed properties are left out: they follow from the rest.
    /// </summary>
    public static class ModelFingerprint
    {
        private const int MaxDepth = 256;
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> StateProperties = new();

        /// <summary>The fingerprint of <paramref name="value"/>, lower-case hexadecimal.</summary>
        public static string Of(object? value)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var writer = new Writer(hash);
            writer.Write(value, 0);
            writer.Flush();
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }

        /// <summary>The SHA-256 of the given parts, each length-prefixed so that no two lists of parts collide.</summary>
        public static string Combine(params string[] parts)
        {
            var text = new StringBuilder();
            foreach (var part in parts) text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        }

        private static PropertyInfo[] PropertiesOf(Type type) => StateProperties.GetOrAdd(type, t =>
        {
            var readable = t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToList();
            var state = readable.Where(p => p.SetMethod != null).ToList();
            // Types without setters (KeyValuePair) are their readable properties.
            return (state.Count > 0 ? state : readable).OrderBy(p => p.Name, StringComparer.Ordinal).ToArray();
        });

        private sealed class Writer
        {
            private readonly IncrementalHash _hash;
            private readonly StringBuilder _buffer = new();

            public Writer(IncrementalHash hash) => _hash = hash;

            public void Write(object? value, int depth)
            {
                if (depth > MaxDepth) throw new InvalidOperationException("A model nests deeper than " + MaxDepth + " levels; is it cyclic?");
                switch (value)
                {
                    case null:
                        Append("~");
                        return;
                    case string s:
                        Append("s").Append(s.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(s);
                        return;
                    case Enum e:
                        Append("e").Append(e.GetType().Name).Append('.').Append(e.ToString()).Append(';');
                        return;
                    case IFormattable f when value.GetType().IsPrimitive || value is decimal:
                        Append("p").Append(f.ToString(null, CultureInfo.InvariantCulture)).Append(';');
                        return;
                    case bool b:
                        Append(b ? "T" : "F");
                        return;
                    case IEnumerable items:
                        Append("[");
                        foreach (var item in items) Write(item, depth + 1);
                        Append("]");
                        return;
                }
                var type = value.GetType();
                Append("{").Append(type.FullName).Append('|');
                foreach (var property in PropertiesOf(type))
                {
                    Append(property.Name).Append('=');
                    Write(property.GetValue(value), depth + 1);
                }
                Append("}");
            }

            private StringBuilder Append(string text)
            {
                _buffer.Append(text);
                if (_buffer.Length > 16 * 1024) Flush();
                return _buffer;
            }

            public void Flush()
            {
                if (_buffer.Length == 0) return;
                _hash.AppendData(Encoding.UTF8.GetBytes(_buffer.ToString()));
                _buffer.Clear();
            }
        }
    }
}
