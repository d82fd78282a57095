using Samverka.Kernel;

namespace Samverka.Rules.Agreements;

/// <summary>A member's agreement with a joint organisation: start, initial term, notice period and renewal.</summary>
/// <remarks>
/// <para>Term ends: <c>E_k = start + (term + k x R) years - 1 day</c> (k = 0, 1, ...), with
/// <see cref="DateOnly.AddYears"/> (a start on 29 February gives 28 February in common years, so the term then ends
/// on the 27th). Notice on day D: earliest end <c>D.AddMonths(notice)</c>; with R &gt; 0 the agreement ends at the first
/// <c>E_k</c> on or after the earliest end; with R = 0 (rolling) at the later of <c>E_0</c> and the earliest end.
/// Notice before the start date is invalid. All dates are inclusive days.</para>
/// Source: ../shared/specs/cost-allocation.md, "Member agreements".
/// </remarks>
public sealed class MemberAgreement
{
    /// <summary>The name used as <see cref="InputProblem.Source"/> for problems with an agreement's facts.</summary>
    public const string ProblemSource = "agreement";

    /// <summary>Creates the agreement; throws <see cref="InputProblemsException"/> (source <see cref="ProblemSource"/>,
    /// fields <c>term_years</c>, <c>notice_months</c>, <c>renewal_years</c>) when a number is out of range.</summary>
    /// <param name="start">The first day of the agreement.</param>
    /// <param name="termYears">The initial term in years, at least 1.</param>
    /// <param name="noticeMonths">The notice period in months, 0 or more.</param>
    /// <param name="renewalYears">The renewal period R in years; 0 means rolling after the initial term.</param>
    public MemberAgreement(DateOnly start, int termYears, int noticeMonths, int renewalYears)
    {
        var problems = new List<InputProblem>();
        if (termYears < 1) problems.Add(new(ProblemSource, null, "term_years", $"the initial term must be at least 1 year, not {termYears}"));
        if (noticeMonths < 0) problems.Add(new(ProblemSource, null, "notice_months", $"the notice period must not be negative ({noticeMonths})"));
        if (renewalYears < 0) problems.Add(new(ProblemSource, null, "renewal_years", $"the renewal period must not be negative ({renewalYears}); 0 means rolling"));
        if (problems.Count == 0 && start.Year + (long)termYears > 9999)
            problems.Add(new(ProblemSource, null, "term_years", $"the initial term of {termYears} years ends after year 9999"));
        if (problems.Count > 0) throw new InputProblemsException(problems);
        Start = start;
        TermYears = termYears;
        NoticeMonths = noticeMonths;
        RenewalYears = renewalYears;
    }

    /// <summary>The first day of the agreement.</summary>
    public DateOnly Start { get; }

    /// <summary>The initial term in years.</summary>
    public int TermYears { get; }

    /// <summary>The notice period in months.</summary>
    public int NoticeMonths { get; }

    /// <summary>The renewal period R in years; 0 means rolling.</summary>
    public int RenewalYears { get; }

    /// <summary>Whether the agreement runs until terminated after its initial term (R = 0).</summary>
    public bool IsRolling => RenewalYears == 0;

    /// <summary>The last day of term <paramref name="k"/>: <c>start + (term + k x R) years - 1 day</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is negative, above 0 for a rolling agreement,
    /// or the date is after year 9999.</exception>
    public DateOnly TermEnd(int k)
    {
        if (k < 0) throw new ArgumentOutOfRangeException(nameof(k), k, "The term index must not be negative.");
        if (IsRolling && k > 0) throw new ArgumentOutOfRangeException(nameof(k), k, "A rolling agreement has one fixed term end (k = 0).");
        var years = TermYears + (long)k * RenewalYears;
        if (Start.Year + years > 9999) throw new ArgumentOutOfRangeException(nameof(k), k, "The term end is after year 9999.");
        return Start.AddYears((int)years).AddDays(-1);
    }

    /// <summary>The earliest end for notice given on <paramref name="noticeDate"/>: <c>noticeDate.AddMonths(notice)</c>.</summary>
    public DateOnly EarliestEnd(DateOnly noticeDate) => noticeDate.AddMonths(NoticeMonths);

    /// <summary>When the agreement ends if the member gives notice on <paramref name="noticeDate"/>.</summary>
    /// <exception cref="InputProblemsException">The notice date is before the start (field <c>notice_date</c>).</exception>
    public AgreementEnd EndOnNotice(DateOnly noticeDate)
    {
        if (noticeDate < Start)
            throw new InputProblemsException(new InputProblem(ProblemSource, null, "notice_date",
                $"notice given {Iso(noticeDate)} is before the agreement's start {Iso(Start)} and is not valid"));
        var earliest = EarliestEnd(noticeDate);
        var e0 = TermEnd(0);
        var notice = $"Uppsägning {Iso(noticeDate)} med {NoticeMonths} månaders uppsägningstid ger tidigast slut {Iso(earliest)}.";
        if (IsRolling)
        {
            var end = earliest > e0 ? earliest : e0;
            var why = earliest > e0
                ? $"Efter första avtalsperioden (till {Iso(e0)}) löper avtalet tills vidare, så det upphör {Iso(end)}."
                : $"Första avtalsperioden löper till {Iso(e0)}, så avtalet upphör {Iso(end)}.";
            return new AgreementEnd(noticeDate, earliest, end, earliest > e0 ? null : 0, $"{notice} {why}");
        }

        var k = FirstTermEndOnOrAfter(earliest);
        var endK = TermEnd(k);
        var periods = $"Avtalet började {Iso(Start)} med {TermYears} års avtalsperiod (till {Iso(e0)}) och förlängs med {RenewalYears} år i taget.";
        var result = k == 0
            ? $"Första avtalsperioden slutar {Iso(endK)}, på eller efter tidigaste slut: avtalet upphör {Iso(endK)}."
            : $"Första periodslut på eller efter {Iso(earliest)} är {Iso(endK)} (förlängning {k}): avtalet upphör {Iso(endK)}.";
        return new AgreementEnd(noticeDate, earliest, endK, k, $"{notice} {periods} {result}");
    }

    /// <summary>The end of the term the member is bound by on <paramref name="asOf"/> (without notice given).</summary>
    /// <remarks>Before the start that is the first term. A rolling agreement past its first term has no fixed end:
    /// <see cref="AgreementBinding.TermEnd"/> is null and notice ends it after the notice period.</remarks>
    public AgreementBinding BoundUntil(DateOnly asOf)
    {
        var e0 = TermEnd(0);
        if (asOf <= e0)
        {
            var before = asOf < Start ? $"Avtalet börjar {Iso(Start)}; " : "";
            return new AgreementBinding(asOf, e0, 0, $"{before}{Iso(asOf)} gäller första avtalsperioden, som slutar {Iso(e0)}.");
        }
        if (IsRolling)
            return new AgreementBinding(asOf, null, null,
                $"Första avtalsperioden slutade {Iso(e0)}; avtalet löper tills vidare och upphör tidigast {Iso(EarliestEnd(asOf))} vid uppsägning {Iso(asOf)}.");
        var k = FirstTermEndOnOrAfter(asOf);
        var end = TermEnd(k);
        return new AgreementBinding(asOf, end, k,
            $"{Iso(asOf)} gäller förlängning {k} ({RenewalYears} år), som slutar {Iso(end)}.");
    }

    /// <summary>The last day on which notice ends the agreement at term end <paramref name="k"/>: the latest D on or
    /// after the start with <c>D.AddMonths(notice) &lt;= E_k</c>. Null in <see cref="NoticeDeadline.LastNoticeDay"/>
    /// when even notice on the start day ends later.</summary>
    /// <remarks>Month ends make <see cref="DateOnly.AddMonths"/> clamp (31 January + 1 month is 28/29 February), so
    /// several days can share an earliest end; the latest of them is returned.</remarks>
    public NoticeDeadline NoticeDeadlineFor(int k)
    {
        var end = TermEnd(k);
        var d = end.AddMonths(-NoticeMonths);
        while (d < DateOnly.MaxValue && d.AddDays(1).AddMonths(NoticeMonths) <= end) d = d.AddDays(1);
        if (d < Start)
            return new NoticeDeadline(k, end, null,
                $"Periodslut {Iso(end)} kan inte nås med uppsägning: {NoticeMonths} månaders uppsägningstid från start {Iso(Start)} räcker längre.");
        return new NoticeDeadline(k, end, d,
            $"För att avtalet ska upphöra {Iso(end)} måste uppsägning ske senast {Iso(d)} ({Iso(d)} + {NoticeMonths} månader = {Iso(EarliestEnd(d))}).");
    }

    private int FirstTermEndOnOrAfter(DateOnly day)
    {
        // Start close below the answer and step up: E_k grows by R years per k.
        var k = Math.Max(0, (day.Year - TermEnd(0).Year) / RenewalYears - 1);
        while (TermEnd(k) < day) k++;
        return k;
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>When an agreement ends after notice.</summary>
/// <param name="NoticeDate">The day notice was given.</param>
/// <param name="EarliestEnd">The notice date plus the notice period.</param>
/// <param name="End">The last day of the agreement.</param>
/// <param name="TermIndex">k of the term end <see cref="End"/> is, or null when a rolling agreement ends at the
/// earliest end after its first term.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record AgreementEnd(DateOnly NoticeDate, DateOnly EarliestEnd, DateOnly End, int? TermIndex, string Explanation);

/// <summary>The term a member is bound by on a day.</summary>
/// <param name="AsOf">The day asked about.</param>
/// <param name="TermEnd">The last day of the current term, or null for a rolling agreement past its first term.</param>
/// <param name="TermIndex">k of <see cref="TermEnd"/>, or null with it.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record AgreementBinding(DateOnly AsOf, DateOnly? TermEnd, int? TermIndex, string Explanation);

/// <summary>The last day to give notice for the agreement to end at a term end.</summary>
/// <param name="TermIndex">k.</param>
/// <param name="TermEnd">E_k.</param>
/// <param name="LastNoticeDay">The latest notice day that ends the agreement at E_k, or null when none can.</param>
/// <param name="Explanation">The derivation in Swedish.</param>
public sealed record NoticeDeadline(int TermIndex, DateOnly TermEnd, DateOnly? LastNoticeDay, string Explanation);
