using System.Reflection;
using System.Reflection.Emit;

namespace Samverka.Architecture.Tests;

/// <summary>Modules reach each other only through their <c>Contracts/</c>. A module is a folder (and namespace) under
/// Samverka.Modules; shared building blocks that every module may use are listed in <see cref="Shared"/>. Checked on the
/// compiled assembly: signatures, base types and every member a method body refers to.</summary>
public class ModuleBoundaryTests
{
    /// <summary>Not modules but building blocks for all of them: the audit log, identity, platform plumbing and the
    /// document writers. The root namespace (the DbContext and the demo data) composes the modules.</summary>
    private static readonly HashSet<string> Shared = ["", "Audit", "Identity", "Platform", "Invoicing", "PaymentFiles"];

    [Fact]
    public void Module_UsesOtherModulesOnlyThroughTheirContracts()
    {
        var assembly = typeof(Samverka.Modules.SamverkaDbContext).Assembly;
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in assembly.GetTypes())
        {
            var from = ModuleOf(type);
            if (from is null || from == "") continue; // the root composes the modules
            foreach (var used in ReferencedTypes(type).Where(t => t.Assembly == assembly))
            {
                var to = ModuleOf(used);
                if (to is null || to == from || Shared.Contains(to) || IsContract(used)) continue;
                if (Shared.Contains(from) && IsContract(used)) continue;
                violations.Add($"{Outer(type).FullName} ({from}) uses {Outer(used).FullName} ({to})");
            }
        }
        Assert.True(violations.Count == 0, "Modules must use each other only through Contracts/:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void ReferencedTypes_FindsATypeUsedOnlyInsideAMethodBody()
    {
        // The check must be able to fail: Probe refers to Uri only inside its method body.
        Assert.Contains(typeof(Uri), ReferencedTypes(typeof(Probe)));
    }

    private static class Probe
    {
        public static int Length() => new Uri("https://example.org/").AbsolutePath.Length;
    }

    /// <summary>The module a type belongs to: the namespace segment after <c>Samverka.Modules</c> ("" for the root),
    /// or null for types outside Samverka.Modules.</summary>
    private static string? ModuleOf(Type type)
    {
        var ns = Outer(type).Namespace ?? "";
        const string root = "Samverka.Modules";
        if (ns == root) return "";
        return ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : null;
    }

    private static bool IsContract(Type type) =>
        (Outer(type).Namespace ?? "").Split('.').Skip(3).FirstOrDefault() == "Contracts";

    private static Type Outer(Type type)
    {
        while (type.DeclaringType is { } outer) type = outer;
        return type;
    }

    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    internal static HashSet<Type> ReferencedTypes(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null) return;
            if (t.HasElementType) { Add(t.GetElementType()); return; }
            if (t.IsGenericParameter) return;
            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                foreach (var a in t.GetGenericArguments()) Add(a);
                t = t.GetGenericTypeDefinition();
            }
            found.Add(t);
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(All)) Add(f.FieldType);
        foreach (var p in type.GetProperties(All)) Add(p.PropertyType);
        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in method.GetParameters()) Add(p.ParameterType);
            foreach (var t in TypesInBody(method)) Add(t);
        }
        return found;
    }

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    private static IEnumerable<Type> TypesInBody(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null) yield break;
        var typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            short value = il[i++];
            if (value == 0xFE) value = unchecked((short)(0xFE00 | il[i++])); // two-byte opcodes are negative shorts
            var op = OpCodesByValue[value];
            switch (op.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, i);
                    MemberInfo? member = null;
                    try { member = method.Module.ResolveMember(token, typeArgs, methodArgs); }
                    catch (ArgumentException) { }
                    if (member is Type t) yield return t;
                    else if (member?.DeclaringType is { } declaring) yield return declaring;
                    if (member is MethodInfo m) { yield return m.ReturnType; foreach (var p in m.GetParameters()) yield return p.ParameterType; }
                    if (member is FieldInfo f) yield return f.FieldType;
                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + 4 * BitConverter.ToInt32(il, i);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.InlineNone:
                    break;
                default:
                    i += 4;
                    break;
            }
        }
    }
}
