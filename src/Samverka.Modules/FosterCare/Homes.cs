using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Rules.FosterCare;

namespace Samverka.Modules.FosterCare;

/// <summary>The unit's home register (staff only: a member sees no home until one is proposed for its child).</summary>
public sealed class ListHomes(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Item(Guid Id, string Code, HomeType Type, string Municipality, int Places, string Takes, RecruitmentState State, DateOnly Since, int Placed)
    {
        /// <summary>What the home can take, in Swedish.</summary>
        public static string TakesText(FosterHomeRecord h) => ListHomes.Takes(h);
    }

    public async Task<IReadOnlyList<Item>> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return [];
        var today = clock.Today();
        var homes = await db.Set<FosterHomeRecord>().Include(h => h.Steps).Where(h => h.UnitId == unit.UnitId).ToListAsync(cancellationToken);
        var names = await access.NamesAsync(cancellationToken);
        var placed = (await db.Set<FosterPlacementRecord>().Where(p => p.UnitId == unit.UnitId).ToListAsync(cancellationToken))
            .Where(p => p.Start <= today && (p.End is null || p.End >= today)).GroupBy(p => p.HomeId).ToDictionary(g => g.Key, g => g.Count());
        return homes.Select(h =>
        {
            var step = h.Steps.OrderBy(s => s.Sequence).Last();
            return new Item(h.Id, h.Code, h.Type, names.GetValueOrDefault(h.MunicipalityId, "?"), h.Places, Takes(h), step.State, step.Date, placed.GetValueOrDefault(h.Id));
        }).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();
    }

    internal static string Takes(FosterHomeRecord h) =>
        $"{h.MinAge}–{h.MaxAge} år" + (h.AcceptsSiblings ? $", syskon upp till {h.MaxSiblingGroup}" : "")
        + (h.Languages.Length > 0 ? $"; språk: {h.Languages}" : "") + (h.Competences.Length > 0 ? $"; kompetens: {h.Competences}" : "");
}

/// <summary>One home with its household, recruitment history, home study and training. Reading the household's
/// adults is audited.</summary>
public sealed class GetHome(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Details(FosterHomeRecord Home, string Municipality, IReadOnlyList<RecruitmentState> AllowedNext, FosterHome Rule);

    public async Task<Details?> HandleAsync(Guid id, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return null;
        var home = await db.Set<FosterHomeRecord>().AsNoTracking().Include(h => h.Steps).Include(h => h.Adults)
            .SingleOrDefaultAsync(h => h.Id == id && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return null;
        home.Steps = home.Steps.OrderBy(s => s.Sequence).ToList();
        await audit.WriteAsync(actor, AuditActions.Read, "FosterHome", home.Id.ToString(), $"{home.Code}: household of {home.Adults.Count} adults", cancellationToken);
        var municipality = (await access.OrganisationAsync(home.MunicipalityId, cancellationToken)).Name;
        var rule = home.ToRule();
        return new Details(home, municipality, RecruitmentPipeline.AllowedNext(rule.Recruitment.Current.State), rule);
    }
}

/// <summary>Registers a home as an inquiry (the first step of the pipeline).</summary>
public sealed class RegisterHome(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Code, HomeType? Type, Guid? MunicipalityId, string? Address, int? Places, int? MinAge, int? MaxAge,
        bool AcceptsSiblings, int? MaxSiblingGroup, string? Languages, string? Competences, DateOnly? InquiryDate,
        string? Adult1Name, string? Adult1Personnummer, string? Adult2Name, string? Adult2Personnummer,
        string? PayeeName = null, PaymentFiles.PaymentAccountKind? PayeeAccountKind = null, string? PayeeAccountNumber = null);

    public async Task<Guid> HandleAsync(Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        const string s = "home";
        var problems = new List<InputProblem>();
        var today = clock.Today();
        if (string.IsNullOrWhiteSpace(r.Code)) problems.Add(new(s, null, nameof(r.Code), "Enter the home's code."));
        else if (await db.Set<FosterHomeRecord>().AnyAsync(h => h.UnitId == unit.UnitId && h.Code == r.Code.Trim(), cancellationToken))
            problems.Add(new(s, null, nameof(r.Code), $"the code {r.Code.Trim()} is already used"));
        if (r.Type is null) problems.Add(new(s, null, nameof(r.Type), "Choose the type of home."));
        if (!await access.IsMunicipalityAsync(r.MunicipalityId, cancellationToken))
            problems.Add(new(s, null, nameof(r.MunicipalityId), "Choose the municipality the home lives in."));
        if (string.IsNullOrWhiteSpace(r.Address)) problems.Add(new(s, null, nameof(r.Address), "Enter the address."));
        var group = CheckWhatItTakes(s, r.Places, r.MinAge, r.MaxAge, r.AcceptsSiblings, r.MaxSiblingGroup, problems);
        if (r.InquiryDate is null) problems.Add(new(s, null, nameof(r.InquiryDate), "Enter the day of the inquiry."));
        var adults = new List<FosterHomeAdultRecord>();
        foreach (var (name, pnr, field) in new[] { (r.Adult1Name, r.Adult1Personnummer, nameof(r.Adult1Personnummer)), (r.Adult2Name, r.Adult2Personnummer, nameof(r.Adult2Personnummer)) })
        {
            if (string.IsNullOrWhiteSpace(name) && string.IsNullOrWhiteSpace(pnr)) continue;
            if (string.IsNullOrWhiteSpace(name)) problems.Add(new(s, null, field.Replace("Personnummer", "Name", StringComparison.Ordinal), "Enter the adult's name."));
            if (!Personnummer.TryParse(pnr, today, out var parsed, out var error)) problems.Add(new(s, null, field, error));
            else if (!string.IsNullOrWhiteSpace(name)) adults.Add(new FosterHomeAdultRecord { Id = Guid.NewGuid(), Name = name.Trim(), Personnummer = parsed.ToString() });
        }
        if (adults.Count == 0 && problems.All(p => !p.Field.StartsWith("Adult", StringComparison.Ordinal)))
            problems.Add(new(s, null, nameof(r.Adult1Name), "Enter at least one adult of the household."));
        // The payee account is optional at registration; when any part is given, all of it is checked.
        var payee = r.PayeeName is null && r.PayeeAccountKind is null && r.PayeeAccountNumber is null ? null
            : HomePayees.Check(s, r.PayeeName, r.PayeeAccountKind, r.PayeeAccountNumber, (nameof(r.PayeeName), nameof(r.PayeeAccountKind), nameof(r.PayeeAccountNumber)), problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var home = new FosterHomeRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, Code = r.Code!.Trim(), Type = r.Type!.Value, MunicipalityId = r.MunicipalityId!.Value, Address = r.Address!.Trim(),
            Places = r.Places!.Value, MinAge = r.MinAge!.Value, MaxAge = r.MaxAge!.Value, AcceptsSiblings = r.AcceptsSiblings, MaxSiblingGroup = group,
            Languages = Tags(r.Languages), Competences = Tags(r.Competences), Adults = adults,
            Steps = [new FosterHomeStepRecord { Id = Guid.NewGuid(), Sequence = 0, State = RecruitmentState.Inquiry, Date = r.InquiryDate!.Value, Note = "" }],
        };
        db.Add(home);
        if (payee is { } p)
            db.Add(new FosterHomePayeeRecord { HomeId = home.Id, PayeeName = p.Name, AccountKind = p.Kind, AccountNumber = p.Number, ChangedAt = clock.GetUtcNow().UtcDateTime, ChangedBy = actor.UserName });
        audit.Add(actor, AuditActions.Create, "FosterHome", home.Id.ToString(), $"{home.Code} ({home.Type})" + (payee is { } q ? $", payee {q.Name} {q.Kind} {q.Number}" : ""));
        await db.SaveChangesAsync(cancellationToken);
        return home.Id;
    }

    /// <summary>Checks places, ages and sibling group as registration and later changes both do; returns the sibling group.</summary>
    internal static int CheckWhatItTakes(string source, int? places, int? minAge, int? maxAge, bool acceptsSiblings, int? maxSiblingGroup, List<InputProblem> problems)
    {
        if (places is not (>= 1 and <= 20)) problems.Add(new(source, null, "Places", "A home has 1 to 20 places."));
        if (minAge is not (>= 0 and <= 20)) problems.Add(new(source, null, "MinAge", "Enter the youngest age taken (0–20)."));
        if (maxAge is not (>= 0 and <= 20) || maxAge < minAge) problems.Add(new(source, null, "MaxAge", "Enter the oldest age taken, not below the youngest."));
        var group = acceptsSiblings ? maxSiblingGroup ?? 2 : 1;
        if (acceptsSiblings && group < 2) problems.Add(new(source, null, "MaxSiblingGroup", "A home that takes siblings takes a group of at least 2."));
        return group;
    }

    internal static string Tags(string? text) => string.Join(", ", (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Distinct(StringComparer.OrdinalIgnoreCase));
}

/// <summary>The unit's staff change what a home can take as the home changes: address, places, ages, siblings,
/// languages and needs. Refused: a home with fewer places than the children placed in it today, and the same limits as
/// at registration; the change is audited with what it was before.</summary>
public sealed class ChangeHome(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? Address, int? Places, int? MinAge, int? MaxAge, bool AcceptsSiblings, int? MaxSiblingGroup, string? Languages, string? Competences);

    /// <returns>False when the unit has no such home.</returns>
    public async Task<bool> HandleAsync(Guid homeId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var home = await db.Set<FosterHomeRecord>().SingleOrDefaultAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return false;
        const string s = "home";
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(r.Address)) problems.Add(new(s, null, nameof(r.Address), "Enter the address."));
        var group = RegisterHome.CheckWhatItTakes(s, r.Places, r.MinAge, r.MaxAge, r.AcceptsSiblings, r.MaxSiblingGroup, problems);
        var today = clock.Today();
        var placed = await db.Set<FosterPlacementRecord>().CountAsync(p => p.HomeId == homeId && p.Start <= today && (p.End == null || p.End >= today), cancellationToken);
        if (r.Places is { } places && places < placed)
            problems.Add(new(s, null, nameof(r.Places), $"{placed} children are placed in the home today: it cannot have fewer places than that."));
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var before = $"{home.Address}; {home.Places} places; {home.MinAge}-{home.MaxAge} years; siblings {home.MaxSiblingGroup}; {home.Languages}; {home.Competences}";
        (home.Address, home.Places, home.MinAge, home.MaxAge, home.AcceptsSiblings, home.MaxSiblingGroup, home.Languages, home.Competences) =
            (r.Address!.Trim(), r.Places!.Value, r.MinAge!.Value, r.MaxAge!.Value, r.AcceptsSiblings, group, RegisterHome.Tags(r.Languages), RegisterHome.Tags(r.Competences));
        audit.Add(actor, AuditActions.Update, "FosterHome", home.Id.ToString(),
            $"{home.Code}: was {before}; now {home.Address}; {home.Places} places; {home.MinAge}-{home.MaxAge} years; siblings {home.MaxSiblingGroup}; {home.Languages}; {home.Competences}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>Moves a home through the recruitment pipeline (<see cref="RecruitmentPipeline.Transition"/>), recording the
/// home study and training when given in the same step; every refusal of the pipeline is shown.</summary>
public sealed class TransitionHome(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record Request(RecruitmentState? To, DateOnly? On, string? Note,
        DateOnly? StudyCompletedOn = null, string? StudyAssessment = null, string? StudyDecidedBy = null,
        string? TrainingCourse = null, int? TrainingSessions = null, DateOnly? TrainingCompletedOn = null);

    public async Task<bool> HandleAsync(Guid id, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var home = await db.Set<FosterHomeRecord>().Include(h => h.Steps).SingleOrDefaultAsync(h => h.Id == id && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return false;
        const string s = "recruitment";
        var problems = new List<InputProblem>();
        if (r.To is null) problems.Add(new(s, null, nameof(r.To), "Choose the next step."));
        if (r.On is null) problems.Add(new(s, null, nameof(r.On), "Enter the date of the step."));
        if (!string.IsNullOrWhiteSpace(r.StudyAssessment) || r.StudyCompletedOn is not null || !string.IsNullOrWhiteSpace(r.StudyDecidedBy))
        {
            home.StudyCompletedOn = r.StudyCompletedOn ?? home.StudyCompletedOn;
            home.StudyAssessment = r.StudyAssessment?.Trim() is { Length: > 0 } a ? a : home.StudyAssessment;
            home.StudyDecidedBy = r.StudyDecidedBy?.Trim() is { Length: > 0 } d ? d : home.StudyDecidedBy;
        }
        if (!string.IsNullOrWhiteSpace(r.TrainingCourse))
        {
            home.TrainingCourse = r.TrainingCourse.Trim();
            home.TrainingSessions = r.TrainingSessions ?? home.TrainingSessions;
            home.TrainingCompletedOn = r.TrainingCompletedOn ?? home.TrainingCompletedOn;
        }
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var rule = home.ToRule();
        var checks = RecruitmentPipeline.CheckTransition(home.Code, rule.Recruitment, r.To!.Value, r.On!.Value);
        if (checks.Count > 0) throw new InputProblemsException(checks.Select(p => p with { Field = p.Field == "date" ? nameof(r.On) : nameof(r.To) }).ToList());
        var step = new FosterHomeStepRecord { Id = Guid.NewGuid(), HomeId = home.Id, Sequence = home.Steps.Max(x => x.Sequence) + 1, State = r.To.Value, Date = r.On.Value, Note = r.Note?.Trim() ?? "" };
        db.Add(step);
        audit.Add(actor, AuditActions.Update, "FosterHome", home.Id.ToString(), $"{home.Code}: {FosterCareNames.Of(step.State)} {step.Date:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>The recruitment board: homes by their current state, lead times per step, and the homes that stall.</summary>
public sealed class GetRecruitmentBoard(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    /// <summary>Days a home may stay in a step before it counts as stalled.</summary>
    public static IReadOnlyDictionary<RecruitmentState, int> Thresholds { get; } = new Dictionary<RecruitmentState, int>
    {
        [RecruitmentState.Inquiry] = 14, [RecruitmentState.FirstContact] = 30, [RecruitmentState.HomeStudy] = 120,
        [RecruitmentState.Training] = 90, [RecruitmentState.Approved] = 30,
    };

    public sealed record Card(Guid Id, string Code, HomeType Type, DateOnly Since, int Days);

    public sealed record Column(RecruitmentState State, IReadOnlyList<Card> Cards);

    public sealed record Result(DateOnly AsOf, IReadOnlyList<Column> Columns, IReadOnlyList<StepLeadTime> LeadTimes, IReadOnlyList<StalledHome> Stalled,
        IReadOnlyDictionary<string, Guid> IdsByCode);

    public async Task<Result> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        var homes = unit is { IsStaff: true }
            ? await db.Set<FosterHomeRecord>().Include(h => h.Steps).Where(h => h.UnitId == unit.UnitId).ToListAsync(cancellationToken)
            : [];
        var rules = homes.Select(h => (Record: h, Rule: h.ToRule())).ToList();
        var columns = Enum.GetValues<RecruitmentState>().Select(state => new Column(state, rules
            .Where(x => x.Rule.Recruitment.Current.State == state)
            .Select(x => new Card(x.Record.Id, x.Record.Code, x.Record.Type, x.Rule.Recruitment.Current.Date, today.DayNumber - x.Rule.Recruitment.Current.Date.DayNumber))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList())).ToList();
        var all = rules.Select(x => x.Rule).ToList();
        return new Result(today, columns, RecruitmentPipeline.LeadTimes(all, today), RecruitmentPipeline.Stalled(all, today, Thresholds),
            homes.ToDictionary(h => h.Code, h => h.Id, StringComparer.Ordinal));
    }
}
