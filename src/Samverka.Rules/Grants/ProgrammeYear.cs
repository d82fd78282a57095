using System.Globalization;
using Samverka.Kernel;

namespace Samverka.Rules.Grants;

/// <summary>The kind of a grant programme; it bounds how many years one application may cover.</summary>
public enum GrantKind
{
    /// <summary>Verksamhetsbidrag: operating grant for 1-3 years.</summary>
    Operating,

    /// <summary>Utvecklingsbidrag: development grant for one year.</summary>
    Development,

    /// <summary>Another programme the committee creates: 1-3 years.</summary>
    Other,
}

/// <summary>The legal form of an applying organisation.</summary>
public enum OrganisationForm
{
    /// <summary>Ideell förening: a non-profit association.</summary>
    NonProfitAssociation,

    /// <summary>Stiftelse: a foundation.</summary>
    Foundation,

    /// <summary>Any other form, for example a looser group without a registered association.</summary>
    Other,
}

/// <summary>One assessment criterion of a programme year and its weight in the score.</summary>
/// <param name="Key">Short stable key, for example <c>target_group</c>; unique within the programme year.</param>
/// <param name="Name">Swedish name shown to officers, for example "Målgrupp".</param>
/// <param name="Weight">Share of the score, above 0; the weights of a programme year sum to exactly 1.</param>
public sealed record AssessmentCriterion(string Key, string Name, decimal Weight);

/// <summary>Where an instant lies relative to an <see cref="ApplicationWindow"/>.</summary>
public enum WindowPosition
{
    /// <summary>Before the window opens.</summary>
    BeforeOpening,

    /// <summary>Inside the window: at or after opening, before closing.</summary>
    Open,

    /// <summary>At or after the closing instant.</summary>
    Closed,
}

/// <summary>The application window of a programme year: two instants, shown in Swedish local time.</summary>
/// <remarks>The window is half-open: <see cref="Opens"/> is included, <see cref="Closes"/> is not. An application
/// submitted one second before closing is accepted; one submitted at the closing instant is refused. Instants are
/// absolute (<see cref="DateTimeOffset"/>); Europe/Stockholm is only how they are read and shown, so a window that
/// spans a change to or from summer time is exactly as long as the wall clock says minus or plus that hour.</remarks>
public sealed record ApplicationWindow
{
    /// <summary>Creates the window; throws when it does not close after it opens.</summary>
    public ApplicationWindow(DateTimeOffset opens, DateTimeOffset closes)
    {
        if (closes <= opens)
            throw new ArgumentException($"The window closes {StockholmText(closes)}, not after it opens {StockholmText(opens)}.", nameof(closes));
        Opens = opens;
        Closes = closes;
    }

    /// <summary>The first instant at which an application is accepted (included).</summary>
    public DateTimeOffset Opens { get; }

    /// <summary>The instant from which applications are refused (excluded from the window).</summary>
    public DateTimeOffset Closes { get; }

    /// <summary>The Europe/Stockholm time zone (time-zone data, not I/O).</summary>
    public static TimeZoneInfo Stockholm { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    /// <summary>A window given as Stockholm wall-clock times, for example 2026-04-01 00:00 to 2026-06-01 00:00.</summary>
    /// <remarks>A wall-clock time that does not exist (the skipped hour in March) is refused. One that occurs twice
    /// (the repeated hour in October) is read as the first occurrence, in summer time: the earlier instant, so a
    /// closing time never silently grows by an hour.</remarks>
    /// <exception cref="ArgumentException">A time does not exist in Stockholm, or the window does not close after it opens.</exception>
    public static ApplicationWindow FromStockholm(DateTime opensLocal, DateTime closesLocal) =>
        new(FromStockholmWallClock(opensLocal), FromStockholmWallClock(closesLocal));

    /// <summary>The instant a Stockholm wall-clock time stands for (see <see cref="FromStockholm"/> for the
    /// skipped and repeated hours).</summary>
    /// <exception cref="ArgumentException">The time does not exist in Stockholm (skipped at the change to summer time).</exception>
    public static DateTimeOffset FromStockholmWallClock(DateTime local)
    {
        var wall = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Stockholm.IsInvalidTime(wall))
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{wall:yyyy-MM-dd HH:mm:ss} does not exist in Stockholm (the clock is put forward)."), nameof(local));
        var offset = Stockholm.IsAmbiguousTime(wall) ? Stockholm.GetAmbiguousTimeOffsets(wall).Max() : Stockholm.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }

    /// <summary>Where <paramref name="instant"/> lies: before opening, open (opening included) or closed (closing included).</summary>
    public WindowPosition PositionOf(DateTimeOffset instant) =>
        instant < Opens ? WindowPosition.BeforeOpening : instant < Closes ? WindowPosition.Open : WindowPosition.Closed;

    /// <summary>Whether an application submitted at <paramref name="instant"/> is inside the window.</summary>
    public bool IsOpenAt(DateTimeOffset instant) => PositionOf(instant) == WindowPosition.Open;

    /// <summary>An instant as Stockholm local time with the kind of time named: <c>2026-05-31 23:59:59 (sommartid)</c>.</summary>
    public static string StockholmText(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Stockholm);
        var kind = Stockholm.IsDaylightSavingTime(local) ? "sommartid" : "normaltid";
        return string.Create(CultureInfo.InvariantCulture, $"{local:yyyy-MM-dd HH:mm:ss} ({kind})");
    }

    /// <summary>The window in Stockholm local time: <c>2026-04-01 00:00:00 (sommartid) – 2026-06-01 00:00:00 (sommartid), stängningstiden ej inräknad</c>.</summary>
    public override string ToString() => $"{StockholmText(Opens)} – {StockholmText(Closes)}, stängningstiden ej inräknad";
}

/// <summary>The parameters of one year of a grant programme: the pot, the window, the decision date, priorities,
/// criteria, the cap, the eligible forms and how many years an application may cover.</summary>
/// <remarks>
/// <para><see cref="Year"/> is the budget year the round funds and the first year every application and decision
/// covers; a multi-year grant covers consecutive years from it. For operating grants decided in November it is the
/// year after the decision.</para>
/// <para>The cap applies to each year's amount of one application, not to the sum over years.</para>
/// <para>A form in <see cref="DirectlyEligibleForms"/> is eligible as such; a form in
/// <see cref="FormsEligibleAfterAssessment"/> only when an officer has recorded an individual assessment that found
/// the organisation eligible; any other form is not eligible.</para>
/// <para>Immutable; a change is a new version adopted by a new <see cref="Decision"/>. Check it with
/// <see cref="Validate"/> before use.</para>
/// </remarks>
/// <param name="ProgrammeId">The programme, for example <c>verksamhetsbidrag</c>.</param>
/// <param name="Kind">Operating, development or other.</param>
/// <param name="Year">The budget year of the round and the first grant year.</param>
/// <param name="Pot">The budget for <see cref="Year"/>, SEK, whole öre, not negative.</param>
/// <param name="Window">When applications are accepted.</param>
/// <param name="DecisionDate">The day the committee decides the round.</param>
/// <param name="PriorityAreas">The committee's priority areas for the year (Swedish names, distinct).</param>
/// <param name="Criteria">Assessment criteria; weights sum to exactly 1.</param>
/// <param name="CapPerYear">Highest amount one application may receive for one year, SEK.</param>
/// <param name="DirectlyEligibleForms">Forms eligible without an individual assessment.</param>
/// <param name="FormsEligibleAfterAssessment">Forms eligible only after an individual assessment.</param>
/// <param name="MaxYears">Most years one application may cover: 1-3 for operating and other, 1 for development.</param>
/// <param name="Decision">The decision that adopted these parameters (and set the pot).</param>
public sealed record ProgrammeYear(
    string ProgrammeId,
    GrantKind Kind,
    int Year,
    decimal Pot,
    ApplicationWindow Window,
    DateOnly DecisionDate,
    IReadOnlyList<string> PriorityAreas,
    IReadOnlyList<AssessmentCriterion> Criteria,
    decimal CapPerYear,
    IReadOnlySet<OrganisationForm> DirectlyEligibleForms,
    IReadOnlySet<OrganisationForm> FormsEligibleAfterAssessment,
    int MaxYears,
    Decision Decision)
{
    /// <summary>The most years any application may cover, whatever the programme says.</summary>
    public const int AbsoluteMaxYears = 3;

    /// <summary>Lowest score an officer may give a criterion (default 0).</summary>
    public int MinScore { get; init; }

    /// <summary>Highest score an officer may give a criterion (default 5).</summary>
    public int MaxScore { get; init; } = 5;

    /// <summary>The month of each grant year in which that year's amount is paid (1-12, default 1: January).</summary>
    public int PaymentMonth { get; init; } = 1;

    /// <summary>Name used as the source of problems: <c>programme verksamhetsbidrag 2027</c>.</summary>
    public string Source => string.Create(CultureInfo.InvariantCulture, $"programme {ProgrammeId} {Year}");

    /// <summary>The years an application or decision of this programme year may cover: <see cref="Year"/> to
    /// <see cref="Year"/> + <see cref="MaxYears"/> - 1.</summary>
    public IEnumerable<int> GrantYears => Enumerable.Range(Year, Math.Clamp(MaxYears, 0, AbsoluteMaxYears));

    /// <summary>The ledger entry that sets the pot of <see cref="Year"/>, dated and authorised by <see cref="Decision"/>.</summary>
    public LedgerEntry PotEntry() => new(Year, LedgerEntryKind.PotSet, Pot, Decision.Date, Decision);

    /// <summary>Whether <paramref name="form"/> is eligible directly, only after an individual assessment, or not at all.</summary>
    public FormEligibility EligibilityOf(OrganisationForm form) =>
        DirectlyEligibleForms.Contains(form) ? FormEligibility.Direct
        : FormsEligibleAfterAssessment.Contains(form) ? FormEligibility.AfterIndividualAssessment
        : FormEligibility.NotEligible;

    /// <summary>Every problem with the parameters (empty when they can be used).</summary>
    public IReadOnlyList<InputProblem> Validate()
    {
        var problems = new List<InputProblem>();
        void Add(string field, string message) => problems.Add(new InputProblem(Source, null, field, message));

        if (string.IsNullOrWhiteSpace(ProgrammeId)) Add("programme_id", "is missing");
        if (Year is < 1 or > 9999) Add("year", $"{Year} is not a year 1-9999");
        if (Pot < 0) Add("pot", $"{Pot} is negative");
        else if (Pot != Math.Round(Pot, 2)) Add("pot", $"{Pot} is not a whole number of öre");
        if (CapPerYear <= 0) Add("cap_per_year", $"{CapPerYear} is not above zero");
        else if (CapPerYear != Math.Round(CapPerYear, 2)) Add("cap_per_year", $"{CapPerYear} is not a whole number of öre");

        var (lo, hi) = Kind == GrantKind.Development ? (1, 1) : (1, AbsoluteMaxYears);
        if (MaxYears < lo || MaxYears > hi)
            Add("max_years", lo == hi ? $"{MaxYears}: a {Kind} programme covers exactly {lo} year" : $"{MaxYears} is not {lo}-{hi} years");

        if (DecisionDate.Year > Year)
            Add("decision_date", string.Create(CultureInfo.InvariantCulture, $"{DecisionDate:yyyy-MM-dd} is after the start of the grant year {Year}"));
        var closesOn = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Window.Closes, ApplicationWindow.Stockholm).DateTime);
        if (closesOn > DecisionDate)
            Add("decision_date", string.Create(CultureInfo.InvariantCulture, $"{DecisionDate:yyyy-MM-dd} is before the window closes {ApplicationWindow.StockholmText(Window.Closes)}"));

        if (Criteria.Count == 0) Add("criteria", "at least one assessment criterion is required");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Criteria)
        {
            if (string.IsNullOrWhiteSpace(c.Key)) Add("criteria", "a criterion has no key");
            else if (!keys.Add(c.Key)) Add("criteria", $"criterion '{c.Key}' appears twice");
            if (c.Weight <= 0) Add("criteria", $"criterion '{c.Key}' has weight {c.Weight}; a weight is above zero");
        }
        var sum = Criteria.Sum(c => c.Weight);
        if (Criteria.Count > 0 && sum != 1m)
            Add("criteria", $"the weights sum to {sum.ToString(CultureInfo.InvariantCulture)}, not 1");

        var areas = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in PriorityAreas)
        {
            if (string.IsNullOrWhiteSpace(a)) Add("priority_areas", "a priority area is blank");
            else if (!areas.Add(a.Trim())) Add("priority_areas", $"'{a}' appears twice");
        }

        if (DirectlyEligibleForms.Count == 0 && FormsEligibleAfterAssessment.Count == 0)
            Add("eligible_forms", "no organisation form is eligible");
        foreach (var f in DirectlyEligibleForms.Where(FormsEligibleAfterAssessment.Contains))
            Add("eligible_forms", $"{f} is both directly eligible and eligible after assessment");

        if (MinScore < 0 || MaxScore <= MinScore) Add("score_scale", $"{MinScore}-{MaxScore} is not a scale from a non-negative lowest to a higher highest score");
        if (PaymentMonth is < 1 or > 12) Add("payment_month", $"{PaymentMonth} is not a month number 1-12");
        return problems;
    }
}

/// <summary>Whether an organisation form may receive a grant of a programme year.</summary>
public enum FormEligibility
{
    /// <summary>Eligible as such (normally a non-profit association).</summary>
    Direct,

    /// <summary>Eligible only when an individual assessment found the organisation eligible.</summary>
    AfterIndividualAssessment,

    /// <summary>Not eligible in this programme year.</summary>
    NotEligible,
}

/// <summary>An amount for one grant year.</summary>
/// <param name="Year">The grant year.</param>
/// <param name="Amount">SEK.</param>
public readonly record struct YearAmount(int Year, decimal Amount)
{
    /// <summary><c>2027: 400 000 kr</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}: {Sv.Kr(Amount)}");
}

/// <summary>Swedish formatting used in explanations.</summary>
internal static class Sv
{
    public static string Kr(decimal amount) => new Money(amount).ToSwedishString();

    public static string Number(decimal value, int decimals) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero)
            .ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).Replace('.', ',').Replace('-', '\u2212');

    public static string Years(IEnumerable<YearAmount> amounts) => string.Join(", ", amounts.Select(a => a.ToString()));
}
