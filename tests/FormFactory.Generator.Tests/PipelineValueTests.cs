using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using FormFactory.Definitions.Model;
using FormFactory.Generator.Pipeline;
using Microsoft.CodeAnalysis;

namespace FormFactory.Generator.Tests
{
    /// <summary>
    /// Values cached between generator runs must compare by value and must not pin compiler objects: a value holding
    /// an ISymbol or a Compilation keeps whole compilations alive and never compares equal, so nothing would be cached.
    /// </summary>
    public class PipelineValueTests
    {
        private static readonly Type[] Forbidden = { typeof(ISymbol), typeof(Compilation), typeof(SemanticModel), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location) };

        public static TheoryData<Type> PipelineValueTypes()
        {
            var data = new TheoryData<Type>();
            foreach (var t in typeof(FormFactoryGenerator).Assembly.GetTypes()
                .Where(t => t.Namespace == typeof(DefinitionText).Namespace && !t.IsEnum && !(t.IsAbstract && t.IsSealed) && !t.IsNested)
                .OrderBy(t => t.Name, StringComparer.Ordinal))
                data.Add(t);
            return data;
        }

        [Theory]
        [MemberData(nameof(PipelineValueTypes))]
        public void PipelineValueHoldsNoCompilerObjectsAndComparesByValue(Type type)
        {
            var problems = new List<string>();
            Walk(type, type.Name, new HashSet<Type>(), problems);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }

        [Fact]
        public void TheWalkerFindsForbiddenMembers()
        {
            var problems = new List<string>();
            Walk(typeof(Leaky), nameof(Leaky), new HashSet<Type>(), problems);
            Assert.Equal(3, problems.Count);
        }

        private sealed record Leaky(ISymbol Symbol, string[] Array, ImmutableArray<string> Immutable);

        private static void Walk(Type type, string path, HashSet<Type> seen, List<string> problems)
        {
            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal)) return;
            if (!seen.Add(type)) return;
            if (Forbidden.Any(f => f.IsAssignableFrom(type))) { problems.Add($"{path}: {type.Name} is a compiler object"); return; }
            if (type.IsArray) { problems.Add($"{path}: arrays compare by reference; use EquatableArray"); return; }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>)) { problems.Add($"{path}: ImmutableArray compares by reference; use EquatableArray"); return; }
            if (type == typeof(object)) { problems.Add($"{path}: object says nothing about equality"); return; }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                Walk(type.GetGenericArguments()[0], path + "[]", seen, problems);
                return;
            }
            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Nullable<>) || type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>)))
            {
                foreach (var arg in type.GetGenericArguments()) Walk(arg, path, seen, problems);
                return;
            }
            if (!type.IsValueType && !typeof(IEquatable<>).MakeGenericType(type).IsAssignableFrom(type))
                problems.Add($"{path}: {type.Name} does not implement value equality");
            foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
                Walk(field.FieldType, path + "." + field.Name.Replace("<", "").Replace(">k__BackingField", ""), seen, problems);
            // Abstract records (bound expressions) are only as good as their subclasses.
            if (type.IsAbstract)
                foreach (var sub in type.Assembly.GetTypes().Where(t => t.IsSubclassOf(type) && !t.IsAbstract))
                    Walk(sub, path + "<" + sub.Name + ">", seen, problems);
        }
    }
}
