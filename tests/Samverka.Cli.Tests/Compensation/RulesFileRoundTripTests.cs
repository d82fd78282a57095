using Samverka.Cli.Compensation;
using Samverka.Modules.Compensation;

namespace Samverka.Cli.Tests.Compensation;

/// <summary>The module's rules file import and export round-trip with the command line's rules file.</summary>
public class RulesFileRoundTripTests
{
    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot, "docs", "examples", "compensation", name);

    [Fact]
    public void ModuleImport_OfFileTheCliAccepts_IsTheSameRuleSetAndExportsBackEqual()
    {
        var text = File.ReadAllText(Example("rules.json"));
        var byCli = CompensationRulesJson.Parse(text, "rules.json");
        var byModule = CompensationRulesFile.Read(text, "rules.json");

        var exported = CompensationRulesFile.Write(byModule);

        Assert.Equal(CompensationRulesFile.Write(byCli), exported);
        var reread = CompensationRulesJson.Parse(exported, "exported.json");
        Assert.Equal(exported, CompensationRulesFile.Write(reread));
        Assert.Equal((byCli.AgeRule, byCli.AgeChangeMonth, byCli.Proration, byCli.TransitionMonths), (reread.AgeRule, reread.AgeChangeMonth, reread.Proration, reread.TransitionMonths));
        Assert.Equal(
            byCli.Rates.SelectMany(v => v.Bands.Select(b => (v.From, v.Decision, b.MinAge, b.MaxAge, b.Monthly))),
            reread.Rates.SelectMany(v => v.Bands.Select(b => (v.From, v.Decision, b.MinAge, b.MaxAge, b.Monthly))));
    }

    [Fact]
    public async Task CliRun_WithExportedRules_GivesTheSameTotalsAsWithTheOriginal()
    {
        using var folder = new TempFolder();
        var exported = folder.Write("exported.json", CompensationRulesFile.Write(CompensationRulesFile.Read(File.ReadAllText(Example("rules.json")), "rules.json")));

        var original = await CliRunner.RunAsync("compensation", "run", "--enrollments", Example("enrollments.csv"), "--rules", Example("rules.json"), "--from", "2007-06", "--to", "2007-12");
        var roundTripped = await CliRunner.RunAsync("compensation", "run", "--enrollments", Example("enrollments.csv"), "--rules", exported, "--from", "2007-06", "--to", "2007-12");

        Assert.Equal(0, original.Code);
        Assert.Equal((0, original.Out), (roundTripped.Code, roundTripped.Out));
    }
}
