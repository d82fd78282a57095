namespace Samverka.Kernel.Tests;

public sealed class InputProblemTests
{
    [Fact]
    public void ToString_WithLine_IsFileLineFieldMessage() =>
        Assert.Equal("members.csv:3: population: must not be negative",
            new InputProblem("members.csv", 3, "population", "must not be negative").ToString());

    [Fact]
    public void ToString_WithoutLine_LeavesTheLineOut() =>
        Assert.Equal("members.csv: (file): the file is empty",
            new InputProblem("members.csv", null, "(file)", "the file is empty").ToString());
}

public sealed class InputProblemsExceptionTests
{
    [Fact]
    public void Constructor_SeveralProblems_KeepsThemAllInOrderAndListsThemInTheMessage()
    {
        var first = new InputProblem("a.csv", 2, "x", "bad");
        var second = new InputProblem("a.csv", 5, "y", "worse");
        var e = new InputProblemsException([first, second]);
        Assert.Equal([first, second], e.Problems);
        Assert.Equal($"a.csv:2: x: bad{Environment.NewLine}a.csv:5: y: worse", e.Message);
    }

    [Fact]
    public void Constructor_OneProblem_HoldsIt()
    {
        var problem = new InputProblem("a.csv", null, "(file)", "empty");
        Assert.Equal([problem], new InputProblemsException(problem).Problems);
    }

    [Fact]
    public void Constructor_NoProblems_Throws() =>
        Assert.Throws<ArgumentException>(() => new InputProblemsException(Array.Empty<InputProblem>()));
}
