using Samverka.Kernel;
using Samverka.Modules.Compensation;

namespace Samverka.Modules.Tests.Compensation;

public class RulesFileTests
{
    [Fact]
    public void Write_ThenRead_GivesTheSameFile()
    {
        var text = CompensationRulesFile.Write(CompensationScenario.Rules());
        Assert.Equal(text, CompensationRulesFile.Write(CompensationRulesFile.Read(text, "rules.json")));
        Assert.Contains("\"monthly\": 7480.25", text);
        Assert.Contains("\"decision\": \"KS 2007-06-14 § 98\"", text);
    }

    [Theory]
    [InlineData("{\"age_rule\":\"first-of-month\",\"proration\":\"by-day\",\"transition_months\":3,\"rates\":[],\"tranistion\":1}", "tranistion")]
    [InlineData("{\"age_rule\":\"first\",\"proration\":\"by-day\",\"transition_months\":3,\"rates\":[{\"from\":\"2007-07\",\"decision\":\"KS\",\"bands\":[]}]}", "age_rule")]
    [InlineData("{\"age_rule\":\"first-of-month\",\"proration\":\"by-day\",\"transition_months\":3,\"rates\":[{\"from\":\"2007-07\",\"decision\":\"KS\",\"bands\":[{\"min_age\":0,\"max_age\":3,\"monthly\":-1}]}]}", "monthly")]
    [InlineData("{\"age_rule\":\"first-of-month\",\"proration\":\"by-day\",\"transition_months\":3,\"rates\":[{\"from\":\"2007-07\",\"decision\":\"KS\",\"bands\":[{\"min_age\":0,\"max_age\":4,\"monthly\":1},{\"min_age\":4,\"monthly\":1}]}]}", "min_age")]
    [InlineData("{\"age_rule\":", "(json)")]
    public void Read_OfBadFile_NamesTheKey(string json, string field)
    {
        var e = Assert.Throws<InputProblemsException>(() => CompensationRulesFile.Read(json, "rules.json"));
        Assert.Contains(e.Problems, p => p.Field.EndsWith(field, StringComparison.Ordinal));
    }
}
