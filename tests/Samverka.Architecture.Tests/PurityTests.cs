using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Samverka.Architecture.Tests;

/// <summary>Kernel and Rules are pure: no I/O, no clock, no database, no web. Checked on the compiled
/// assemblies' metadata, so a call hidden in a method body is found too.</summary>
public class PurityTests
{
    private static readonly string[] ForbiddenNamespaces =
    [
        "System.IO", "System.Net", "System.Diagnostics.Process", "System.Data", "System.Threading.Tasks",
        "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Microsoft.Extensions", "Npgsql",
    ];

    // Types that are in a forbidden namespace but are pure values, allowed by name.
    private static readonly string[] AllowedTypes = ["System.IO.InvalidDataException"];

    private static readonly string[] ForbiddenMembers =
    [
        "System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today",
        "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow", "System.TimeProvider.get_System",
        "System.Console.", "System.Random.", "System.Guid.NewGuid",
        "System.Environment.GetEnvironmentVariable", "System.Environment.get_TickCount", "System.Environment.get_CurrentDirectory",
        "System.Environment.get_MachineName", "System.Environment.get_UserName", "System.Environment.Exit",
    ];

    public static TheoryData<string> PureAssemblies => new() { "Samverka.Kernel", "Samverka.Rules" };

    [Theory]
    [MemberData(nameof(PureAssemblies))]
    public void PureAssembly_ReferencesOnlyTheFrameworkAndKernel(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var impure = references.Where(r => !(r is "System.Runtime" or "System.Collections" or "System.Linq" or "System.Memory"
            or "System.Runtime.InteropServices" or "System.Text.RegularExpressions" or "System.Collections.Immutable"
            or "System.Runtime.Intrinsics" or "System.Numerics.Vectors" or "System.Threading" or "Samverka.Kernel" or "netstandard")).ToList();
        Assert.True(impure.Count == 0, $"{assemblyName} references {string.Join(", ", impure)}");
    }

    [Theory]
    [MemberData(nameof(PureAssemblies))]
    public void PureAssembly_UsesNoIoClockOrDatabase(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var used = ReferencedMembers(assembly.Location);
        var violations = used
            .Where(m => ForbiddenNamespaces.Any(ns => m.StartsWith(ns + ".", StringComparison.Ordinal))
                        && !AllowedTypes.Any(t => m.StartsWith(t, StringComparison.Ordinal))
                     || ForbiddenMembers.Any(f => m.StartsWith(f, StringComparison.Ordinal)))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.True(violations.Count == 0, $"{assemblyName} uses impure members:\n{string.Join("\n", violations)}");
    }

    [Fact]
    public void PurityCheck_FindsAClockCallInAMethodBody()
    {
        // The check must be able to fail: this test assembly reads the clock on purpose.
        _ = DateTime.Now;
        var used = ReferencedMembers(typeof(PurityTests).Assembly.Location);
        Assert.Contains("System.DateTime.get_Now", used);
    }

    /// <summary>Every type and member the assembly refers to outside itself, as "Namespace.Type.Member".</summary>
    internal static HashSet<string> ReferencedMembers(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.TypeReferences) result.Add(TypeName(md, handle));
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            var parent = member.Parent.Kind switch
            {
                HandleKind.TypeReference => TypeName(md, (TypeReferenceHandle)member.Parent),
                HandleKind.TypeSpecification => "(generic)",
                _ => null,
            };
            if (parent is not null) result.Add($"{parent}.{md.GetString(member.Name)}");
        }
        return result;
    }

    private static string TypeName(MetadataReader md, TypeReferenceHandle handle)
    {
        var type = md.GetTypeReference(handle);
        var name = md.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            return TypeName(md, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        var ns = md.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
