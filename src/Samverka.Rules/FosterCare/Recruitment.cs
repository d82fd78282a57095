using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.FosterCare;

/// <summary>A column of the recruitment board: where a home is in the pipeline from inquiry to ended.</summary>
/// <remarks>The order of the values is the pipeline's order.</remarks>
public enum RecruitmentState
{
    /// <summary>Intresseanmälan: the family has asked to become a foster home.</summary>
    Inquiry,

    /// <summary>Första kontakt: the unit has met or called the family.</summary>
    FirstContact,

    /// <summary>Familjehemsutredning: interviews, references, register extracts and the assessment.</summary>
    HomeStudy,

    /// <summary>Utbildning: the preparatory course, for example "Ett hem att växa i".</summary>
    Training,

    /// <summary>Godkänd: assessed and trained, approved as a foster home.</summary>
    Approved,

    /// <summary>Tillgänglig: approved and open for a placement.</summary>
    Available,

    /// <summary>Placerad (belagd): has a child placed.</summary>
    Occupied,

    /// <summary>Vilande: approved but takes no child for now.</summary>
    Paused,

    /// <summary>Avslutad: no longer a foster home of the unit (final).</summary>
    Ended,
}

/// <summary>One dated step of a home's recruitment: the home entered <paramref name="State"/> on <paramref name="Date"/>.</summary>
/// <param name="State">The state entered.</param>
/// <param name="Date">The day it was entered; the step lasts until the next step's day (that day belongs to the next).</param>
/// <param name="Note">Why, in a few words (may be empty).</param>
public sealed record RecruitmentStep(RecruitmentState State, DateOnly Date, string Note)
{
    /// <summary>Why, in a few words.</summary>
    public string Note { get; } = (Note ?? throw new ArgumentNullException(nameof(Note))).Trim();
}

/// <summary>The home study (familjehemsutredning) as far as approval needs it.</summary>
/// <param name="CompletedOn">The day the study was completed, or null while it is going on.</param>
/// <param name="Assessment">The assessment's conclusion (bedömning).</param>
/// <param name="DecidedBy">Who decided the approval (for example "Socialnämndens individutskott" or a named officer).</param>
/// <param name="Decision">The decision, when it was taken by a body with minutes; may be null.</param>
public sealed record HomeStudy(DateOnly? CompletedOn, string Assessment, string DecidedBy, Decision? Decision);

/// <summary>The preparatory training as far as approval needs it.</summary>
/// <param name="Course">The course, for example "Ett hem att växa i".</param>
/// <param name="SessionsAttended">Sessions the family attended.</param>
/// <param name="CompletedOn">The day the course was completed, or null while it is going on.</param>
public sealed record Training(string Course, int SessionsAttended, DateOnly? CompletedOn);

/// <summary>A home's recruitment history: its dated steps, home study and training.</summary>
/// <remarks>Immutable. Built only through <see cref="StartWithInquiry"/> and <see cref="RecruitmentPipeline.Transition"/>
/// (or <see cref="Replay"/>, which applies the same checks), so every history obeys the pipeline's rules: it starts
/// with an inquiry, each step is a legal transition and no step is dated before the one it follows.</remarks>
public sealed class RecruitmentHistory
{
    private readonly RecruitmentStep[] _steps;

    private RecruitmentHistory(RecruitmentStep[] steps, HomeStudy? homeStudy, Training? training)
    {
        _steps = steps;
        HomeStudy = homeStudy;
        Training = training;
    }

    /// <summary>A new history: an inquiry received on <paramref name="date"/>.</summary>
    public static RecruitmentHistory StartWithInquiry(DateOnly date, string note = "") =>
        new([new RecruitmentStep(RecruitmentState.Inquiry, date, note)], null, null);

    /// <summary>Rebuilds a stored history by applying each step after the first through
    /// <see cref="RecruitmentPipeline.Transition"/>; the home study and training are those recorded.</summary>
    /// <exception cref="InputProblemsException">The stored steps break a rule of the pipeline.</exception>
    public static RecruitmentHistory Replay(string homeId, IReadOnlyList<RecruitmentStep> steps, HomeStudy? homeStudy, Training? training)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count == 0 || steps[0].State != RecruitmentState.Inquiry)
            throw new InputProblemsException(new InputProblem($"home {homeId}", null, "state", "a recruitment history starts with an inquiry (Intresseanmälan)"));
        var history = new RecruitmentHistory([steps[0]], homeStudy, training);
        foreach (var step in steps.Skip(1)) history = RecruitmentPipeline.Transition(homeId, history, step.State, step.Date, step.Note);
        return history;
    }

    /// <summary>Every step, oldest first.</summary>
    public IReadOnlyList<RecruitmentStep> Steps => _steps;

    /// <summary>The latest step.</summary>
    public RecruitmentStep Current => _steps[^1];

    /// <summary>The home study, once recorded.</summary>
    public HomeStudy? HomeStudy { get; }

    /// <summary>The training, once recorded.</summary>
    public Training? Training { get; }

    /// <summary>The history with the home study recorded (replacing an earlier record of it).</summary>
    public RecruitmentHistory WithHomeStudy(HomeStudy study) => new(_steps, study ?? throw new ArgumentNullException(nameof(study)), Training);

    /// <summary>The history with the training recorded (replacing an earlier record of it).</summary>
    public RecruitmentHistory WithTraining(Training training) => new(_steps, HomeStudy, training ?? throw new ArgumentNullException(nameof(training)));

    internal RecruitmentHistory WithStep(RecruitmentStep step) => new([.. _steps, step], HomeStudy, Training);

    /// <summary>The step in force on <paramref name="date"/> (the latest dated on or before it), or null before the inquiry.</summary>
    /// <remarks>When several steps share a day, the last of them is the state of that day.</remarks>
    public RecruitmentStep? StepOn(DateOnly date)
    {
        RecruitmentStep? found = null;
        foreach (var step in _steps)
        {
            if (step.Date > date) break;
            found = step;
        }
        return found;
    }

    /// <summary>The state on <paramref name="date"/>, or null before the inquiry.</summary>
    public RecruitmentState? StateOn(DateOnly date) => StepOn(date)?.State;

    /// <summary>Whether the home may take a placement starting on <paramref name="date"/>: its state that day is
    /// Approved, Available or Occupied (not Paused, not Ended, not before approval).</summary>
    public bool IsApprovedOn(DateOnly date) => StateOn(date) is RecruitmentState.Approved or RecruitmentState.Available or RecruitmentState.Occupied;

    /// <summary>The day the home was (last) approved on or before <paramref name="date"/>, if it has been.</summary>
    public DateOnly? ApprovedOn(DateOnly date) =>
        _steps.LastOrDefault(s => s.State == RecruitmentState.Approved && s.Date <= date)?.Date;
}

/// <summary>How long a home spent in one step.</summary>
/// <param name="HomeId">The home.</param>
/// <param name="State">The step's state.</param>
/// <param name="Entered">The day the step began.</param>
/// <param name="Left">The day the next step began, or null when the step is still current on the day asked about.</param>
/// <param name="Days">Days in the step: from <paramref name="Entered"/> to <paramref name="Left"/> (or to the day asked
/// about), the first day counted and the last not, so a step entered and left the same day lasted 0 days.</param>
public sealed record StepDuration(string HomeId, RecruitmentState State, DateOnly Entered, DateOnly? Left, int Days);

/// <summary>Lead time of one step across homes, over the steps that were completed by the day asked about.</summary>
/// <param name="State">The step.</param>
/// <param name="Completed">How many times a home completed the step.</param>
/// <param name="MedianDays">Median of the completed steps' days (mean of the two middle ones for an even count), or
/// null when none was completed.</param>
/// <param name="MaxDays">Longest completed step, or null when none was completed.</param>
/// <param name="Durations">The completed steps, ordered by days (longest first), then home id.</param>
public sealed record StepLeadTime(RecruitmentState State, int Completed, decimal? MedianDays, int? MaxDays, IReadOnlyList<StepDuration> Durations);

/// <summary>A home whose current step has lasted longer than the step's threshold.</summary>
/// <param name="HomeId">The home.</param>
/// <param name="State">Its current step.</param>
/// <param name="Since">The day the step began.</param>
/// <param name="Days">Days in the step so far.</param>
/// <param name="ThresholdDays">The step's threshold.</param>
/// <param name="Explanation">In Swedish, for example "Familjehemsutredning sedan 2026-01-10: 95 dagar, gräns 90 dagar".</param>
public sealed record StalledHome(string HomeId, RecruitmentState State, DateOnly Since, int Days, int ThresholdDays, string Explanation);

/// <summary>The recruitment pipeline's rules: legal transitions, approval requirements, lead times and stalls.</summary>
/// <remarks>
/// <para>Transitions: Intresseanmälan → Första kontakt → Familjehemsutredning → Utbildning → Godkänd; Godkänd →
/// Tillgänglig, Placerad or Vilande; Tillgänglig ↔ Placerad; either → Vilande; Vilande → Tillgänglig; any state except
/// Avslutad → Avslutad; Avslutad is final. No step is skipped and none repeats the current state.</para>
/// <para>Approval requires a home study completed on or before the approval day, with an assessment and who decided,
/// and a training completed on or before the approval day.</para>
/// </remarks>
public static class RecruitmentPipeline
{
    private static readonly Dictionary<RecruitmentState, RecruitmentState[]> Next = new()
    {
        [RecruitmentState.Inquiry] = [RecruitmentState.FirstContact, RecruitmentState.Ended],
        [RecruitmentState.FirstContact] = [RecruitmentState.HomeStudy, RecruitmentState.Ended],
        [RecruitmentState.HomeStudy] = [RecruitmentState.Training, RecruitmentState.Ended],
        [RecruitmentState.Training] = [RecruitmentState.Approved, RecruitmentState.Ended],
        [RecruitmentState.Approved] = [RecruitmentState.Available, RecruitmentState.Occupied, RecruitmentState.Paused, RecruitmentState.Ended],
        [RecruitmentState.Available] = [RecruitmentState.Occupied, RecruitmentState.Paused, RecruitmentState.Ended],
        [RecruitmentState.Occupied] = [RecruitmentState.Available, RecruitmentState.Paused, RecruitmentState.Ended],
        [RecruitmentState.Paused] = [RecruitmentState.Available, RecruitmentState.Ended],
        [RecruitmentState.Ended] = [],
    };

    /// <summary>The states a home in <paramref name="state"/> may move to, in pipeline order.</summary>
    public static IReadOnlyList<RecruitmentState> AllowedNext(RecruitmentState state) => Next[state];

    /// <summary>Problems that refuse moving the home to <paramref name="to"/> on <paramref name="on"/> (empty when allowed).</summary>
    public static IReadOnlyList<InputProblem> CheckTransition(string homeId, RecruitmentHistory history, RecruitmentState to, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(history);
        var source = $"home {homeId}";
        var current = history.Current;
        var problems = new List<InputProblem>();
        if (on < current.Date)
            problems.Add(new InputProblem(source, null, "date", string.Create(CultureInfo.InvariantCulture,
                $"the step to {Name(to)} is dated {on:yyyy-MM-dd}, before the current step {Name(current.State)} began on {current.Date:yyyy-MM-dd}; dates may not go backwards")));

        if (to == current.State)
            problems.Add(new InputProblem(source, null, "state", $"the home is already {Name(to)}"));
        else if (!Next[current.State].Contains(to))
            problems.Add(new InputProblem(source, null, "state", IllegalMessage(current.State, to)));
        else if (to == RecruitmentState.Approved)
            problems.AddRange(ApprovalProblems(source, history, on));
        return problems;
    }

    /// <summary>The history with the home moved to <paramref name="to"/> on <paramref name="on"/>.</summary>
    /// <exception cref="InputProblemsException">The transition is illegal (see <see cref="CheckTransition"/>); every
    /// problem is listed.</exception>
    public static RecruitmentHistory Transition(string homeId, RecruitmentHistory history, RecruitmentState to, DateOnly on, string note = "")
    {
        var problems = CheckTransition(homeId, history, to, on);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        return history.WithStep(new RecruitmentStep(to, on, note));
    }

    /// <summary>Each step of the home's history begun on or before <paramref name="asOf"/> with its days; the current
    /// step (and any step whose successor is dated after <paramref name="asOf"/>) counts up to <paramref name="asOf"/>
    /// and has no <see cref="StepDuration.Left"/>. Ended is final and not measured.</summary>
    public static IReadOnlyList<StepDuration> Durations(FosterHome home, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(home);
        var steps = home.Recruitment.Steps.Where(s => s.Date <= asOf).ToArray();
        var result = new List<StepDuration>();
        for (var i = 0; i < steps.Length; i++)
        {
            if (steps[i].State == RecruitmentState.Ended) continue;
            var left = i + 1 < steps.Length ? steps[i + 1].Date : (DateOnly?)null;
            var until = left ?? asOf;
            result.Add(new StepDuration(home.Id, steps[i].State, steps[i].Date, left, until.DayNumber - steps[i].Date.DayNumber));
        }
        return result;
    }

    /// <summary>Lead time per step across <paramref name="homes"/>, from the steps completed on or before
    /// <paramref name="asOf"/>; one row per state except Ended, in pipeline order.</summary>
    /// <remarks>Steps still current are left out (their length is not known yet): they show up in <see cref="Stalled"/>.
    /// A home that passes through a state several times (Tillgänglig, Placerad, Tillgänglig) counts each time.</remarks>
    public static IReadOnlyList<StepLeadTime> LeadTimes(IEnumerable<FosterHome> homes, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(homes);
        var completed = homes.SelectMany(h => Durations(h, asOf)).Where(d => d.Left is not null).ToList();
        return Enum.GetValues<RecruitmentState>().Where(s => s != RecruitmentState.Ended).Select(state =>
        {
            var durations = completed.Where(d => d.State == state)
                .OrderByDescending(d => d.Days).ThenBy(d => d.HomeId, StringComparer.Ordinal).ThenBy(d => d.Entered).ToArray();
            return new StepLeadTime(state, durations.Length, Median(durations.Select(d => d.Days)), durations.Length > 0 ? durations[0].Days : null, durations);
        }).ToArray();
    }

    /// <summary>Homes whose current step on <paramref name="asOf"/> has lasted longer than (strictly more days than)
    /// its threshold; states without a threshold never stall. Longest stall first, then home id.</summary>
    /// <param name="homes">The homes.</param>
    /// <param name="asOf">The day asked about.</param>
    /// <param name="thresholdDays">Days a step may last, per state (for example Familjehemsutredning: 120).</param>
    public static IReadOnlyList<StalledHome> Stalled(IEnumerable<FosterHome> homes, DateOnly asOf, IReadOnlyDictionary<RecruitmentState, int> thresholdDays)
    {
        ArgumentNullException.ThrowIfNull(homes);
        ArgumentNullException.ThrowIfNull(thresholdDays);
        foreach (var (state, days) in thresholdDays)
            if (days < 0) throw new ArgumentOutOfRangeException(nameof(thresholdDays), days, $"The threshold for {Name(state)} must not be negative.");
        var result = new List<StalledHome>();
        foreach (var home in homes)
        {
            var current = Durations(home, asOf).LastOrDefault();
            if (current is null || current.Left is not null || !thresholdDays.TryGetValue(current.State, out var threshold)) continue;
            if (current.Days <= threshold) continue;
            result.Add(new StalledHome(home.Id, current.State, current.Entered, current.Days, threshold,
                $"{FosterCareNames.Of(current.State)} sedan {FosterCareText.Date(current.Entered)}: {current.Days} dagar, gräns {threshold} dagar"));
        }
        return result.OrderByDescending(s => s.Days - s.ThresholdDays).ThenBy(s => s.HomeId, StringComparer.Ordinal).ToArray();
    }

    internal static decimal? Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) return null;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }

    private static IEnumerable<InputProblem> ApprovalProblems(string source, RecruitmentHistory history, DateOnly on)
    {
        var study = history.HomeStudy;
        if (study is null)
            yield return new InputProblem(source, null, "home_study", "approval requires a completed home study (familjehemsutredning); none is recorded");
        else
        {
            if (study.CompletedOn is not { } done)
                yield return new InputProblem(source, null, "home_study", "approval requires a completed home study; the home study is not completed");
            else if (done > on)
                yield return new InputProblem(source, null, "home_study", string.Create(CultureInfo.InvariantCulture,
                    $"approval on {on:yyyy-MM-dd} requires a completed home study; it is completed only on {done:yyyy-MM-dd}"));
            if (string.IsNullOrWhiteSpace(study.Assessment))
                yield return new InputProblem(source, null, "assessment", "approval requires the home study's assessment (bedömning)");
            if (string.IsNullOrWhiteSpace(study.DecidedBy))
                yield return new InputProblem(source, null, "decided_by", "approval requires who decided it");
        }

        var training = history.Training;
        if (training is null)
            yield return new InputProblem(source, null, "training", "approval requires a completed training (utbildning); none is recorded");
        else if (training.CompletedOn is not { } trained)
            yield return new InputProblem(source, null, "training", $"approval requires a completed training; '{training.Course}' is not completed");
        else if (trained > on)
            yield return new InputProblem(source, null, "training", string.Create(CultureInfo.InvariantCulture,
                $"approval on {on:yyyy-MM-dd} requires a completed training; '{training.Course}' is completed only on {trained:yyyy-MM-dd}"));
    }

    private static string IllegalMessage(RecruitmentState from, RecruitmentState to)
    {
        var allowed = string.Join(", ", Next[from].Select(Name));
        var tail = allowed.Length == 0 ? "Avslutad is final" : $"allowed next: {allowed}";
        if (from < RecruitmentState.Approved && to is RecruitmentState.Available or RecruitmentState.Occupied or RecruitmentState.Paused)
            return $"cannot become {Name(to)} before approved: the home is {Name(from)}; {tail}";
        if (to == RecruitmentState.Inquiry)
            return $"cannot go back to {Name(to)} from {Name(from)}; a returning family is a new inquiry";
        return $"cannot go from {Name(from)} to {Name(to)}; {tail}";
    }

    private static string Name(RecruitmentState state) => $"{FosterCareNames.Of(state)} ({state})";
}
