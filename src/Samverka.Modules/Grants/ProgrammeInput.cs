using System.Globalization;
using Samverka.Kernel;
using Samverka.Rules.Grants;

namespace Samverka.Modules.Grants;

/// <summary>A new grant programme: key, name, kind.</summary>
public sealed class ProgrammeInput
{
    public string? Key { get; set; }

    public string? Name { get; set; }

    public GrantKind? Kind { get; set; }
}

/// <summary>One programme year's parameters as entered (texts as typed; the use case reads and checks them).</summary>
public sealed class ProgrammeYearInput
{
    public int? Year { get; set; }

    public decimal? Pot { get; set; }

    /// <summary>Stockholm wall-clock time, <c>2027-04-01 00:00</c>.</summary>
    public string? Opens { get; set; }

    public string? Closes { get; set; }

    public DateOnly? DecisionDate { get; set; }

    /// <summary>One priority area per line.</summary>
    public string? PriorityAreas { get; set; }

    /// <summary>One criterion per line: <c>key; name; weight</c>, e.g. <c>target_group; Målgrupp; 0,5</c>.</summary>
    public string? Criteria { get; set; }

    public decimal? CapPerYear { get; set; }

    public int? MaxYears { get; set; }

    public List<OrganisationForm> DirectForms { get; set; } = [];

    public List<OrganisationForm> AfterAssessmentForms { get; set; } = [];

    public ProposalMode ProposalMode { get; set; } = ProposalMode.FullFunding;

    public DecisionInput Decision { get; set; } = new();
}

/// <summary>The decision behind a change: body, date, reference (e.g. minutes paragraph), title.</summary>
public sealed class DecisionInput
{
    public string? Body { get; set; }

    public DateOnly? Date { get; set; }

    public string? Reference { get; set; }

    public string? Title { get; set; }

    /// <summary>The decision, or null with every missing part added to <paramref name="problems"/>.</summary>
    public Decision? Read(string source, string prefix, List<InputProblem> problems)
    {
        var before = problems.Count;
        if (string.IsNullOrWhiteSpace(Body)) problems.Add(new InputProblem(source, null, prefix + "Body", "is required"));
        if (Date is null) problems.Add(new InputProblem(source, null, prefix + "Date", "is required"));
        if (string.IsNullOrWhiteSpace(Reference)) problems.Add(new InputProblem(source, null, prefix + "Reference", "is required"));
        if (problems.Count > before) return null;
        return new Decision(Body!.Trim(), Date!.Value, Reference!.Trim(), (Title ?? "").Trim());
    }
}

internal static class WallClock
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd"];

    /// <summary>A Stockholm wall-clock time as the instant it stands for, or null with a problem added.</summary>
    public static DateTimeOffset? Read(string? text, string source, string field, List<InputProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new InputProblem(source, null, field, "is required"));
            return null;
        }
        if (!DateTime.TryParseExact(text.Trim(), Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            problems.Add(new InputProblem(source, null, field, "write the time as YYYY-MM-DD HH:MM, e.g. 2027-04-01 00:00"));
            return null;
        }
        try
        {
            return ApplicationWindow.FromStockholmWallClock(local);
        }
        catch (ArgumentException e)
        {
            problems.Add(new InputProblem(source, null, field, e.Message.Split(" (Parameter", 2)[0]));
            return null;
        }
    }
}
