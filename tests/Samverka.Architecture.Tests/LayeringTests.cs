using System.Reflection;

namespace Samverka.Architecture.Tests;

/// <summary>The project graph points one way: Kernel ← Rules ← Modules ← Data ← Web/Cli.</summary>
public class LayeringTests
{
    [Theory]
    [InlineData("Samverka.Kernel", new string[0])]
    [InlineData("Samverka.Rules", new[] { "Samverka.Kernel" })]
    [InlineData("Samverka.Modules", new[] { "Samverka.Kernel", "Samverka.Rules" })]
    [InlineData("Samverka.Data", new[] { "Samverka.Kernel", "Samverka.Rules", "Samverka.Modules" })]
    public void Assembly_ReferencesOnlyLowerLayers(string assemblyName, string[] allowed)
    {
        var samverkaReferences = Assembly.Load(assemblyName).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("Samverka", StringComparison.Ordinal) || n == "samverka")
            .ToList();
        var forbidden = samverkaReferences.Except(allowed).ToList();
        Assert.True(forbidden.Count == 0, $"{assemblyName} must not reference {string.Join(", ", forbidden)}");
    }
}
