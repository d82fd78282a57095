using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Audit;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations.Contracts;
using Samverka.Modules.PaymentFiles;
using Samverka.Modules.Platform;
using Samverka.Rules.FosterCare;
using static System.FormattableString;

namespace Samverka.Modules.FosterCare;

/// <summary>The unit's staff record where a home's fees are paid: the household's name as the bank shows it and its
/// bankgiro, plusgiro or IBAN (checked by <see cref="PaymentAccounts.Normalise"/>). A change applies to months approved
/// after it; approved months keep their files.</summary>
public sealed class SetHomePayeeAccount(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public sealed record Request(string? PayeeName, PaymentAccountKind? AccountKind, string? AccountNumber);

    /// <summary>False when the home is not one of the actor's unit.</summary>
    public async Task<bool> HandleAsync(Guid homeId, Request r, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.StaffUnitAsync(actor, cancellationToken: cancellationToken);
        var home = await db.Set<FosterHomeRecord>().AsNoTracking().SingleOrDefaultAsync(h => h.Id == homeId && h.UnitId == unit.UnitId, cancellationToken);
        if (home is null) return false;
        var problems = new List<InputProblem>();
        var checkedPayee = HomePayees.Check($"home {home.Code}", r.PayeeName, r.AccountKind, r.AccountNumber,
            (nameof(r.PayeeName), nameof(r.AccountKind), nameof(r.AccountNumber)), problems);
        if (problems.Count > 0) throw new InputProblemsException(problems);
        var (name, kind, number) = checkedPayee!.Value;

        var payee = await db.Set<FosterHomePayeeRecord>().SingleOrDefaultAsync(p => p.HomeId == homeId, cancellationToken);
        var before = payee is null ? "none" : $"{payee.PayeeName} {payee.AccountKind} {payee.AccountNumber}";
        if (payee is null) db.Add(payee = new FosterHomePayeeRecord { HomeId = homeId });
        (payee.PayeeName, payee.AccountKind, payee.AccountNumber) = (name, kind, number);
        (payee.ChangedAt, payee.ChangedBy) = (clock.GetUtcNow().UtcDateTime, actor.UserName);
        audit.Add(actor, AuditActions.Update, "FosterHomePayee", homeId.ToString(), $"{home.Code}: {before} -> {payee.PayeeName} {payee.AccountKind} {payee.AccountNumber}");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}

/// <summary>Checks a home's payee as registration and changes both do.</summary>
internal static class HomePayees
{
    /// <summary>The payee's trimmed name, the kind and the normalised number, or null with every problem added under the
    /// given field names.</summary>
    public static (string Name, PaymentAccountKind Kind, string Number)? Check(string source, string? payeeName, PaymentAccountKind? kind, string? accountNumber,
        (string Name, string Kind, string Number) fields, List<InputProblem> problems)
    {
        var before = problems.Count;
        var name = payeeName?.Trim();
        if (string.IsNullOrEmpty(name)) problems.Add(new(source, null, fields.Name, "Enter who receives the fees (the household's name as the bank shows it)."));
        else if (PaymentText.CheckText(name, PaymentText.MaxNameLength) is { } bad) problems.Add(new(source, null, fields.Name, $"the payee's name {bad}"));
        string? number = null;
        if (kind is null) problems.Add(new(source, null, fields.Kind, "Choose bankgiro, plusgiro or IBAN."));
        else if (string.IsNullOrWhiteSpace(accountNumber)) problems.Add(new(source, null, fields.Number, "Enter the account number."));
        else if ((number = PaymentAccounts.Normalise(new PaymentAccount(kind.Value, accountNumber.Trim()), out var why)) is null)
            problems.Add(new(source, null, fields.Number, why));
        return problems.Count == before ? (name!, kind!.Value, number!) : null;
    }
}

/// <summary>A home's payee account as the unit's staff see it (null when none is recorded or the actor is not staff).</summary>
public sealed class GetHomePayeeAccount(SamverkaDbContext db, FosterCareAccess access)
{
    public sealed record Result(Guid HomeId, string HomeCode, string? PayeeName, PaymentAccountKind? AccountKind, string? AccountNumber, DateTime? ChangedAt, string? ChangedBy);

    public async Task<Result?> HandleAsync(Guid homeId, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is not { IsStaff: true }) return null;
        var home = await db.Set<FosterHomeRecord>().AsNoTracking().Where(h => h.Id == homeId && h.UnitId == unit.UnitId).Select(h => new { h.Id, h.Code })
            .SingleOrDefaultAsync(cancellationToken);
        if (home is null) return null;
        var payee = await db.Set<FosterHomePayeeRecord>().AsNoTracking().SingleOrDefaultAsync(p => p.HomeId == homeId, cancellationToken);
        return new Result(home.Id, home.Code, payee?.PayeeName, payee?.AccountKind, payee?.AccountNumber, payee?.ChangedAt, payee?.ChangedBy);
    }
}

/// <summary>A member's fee month as previewed (open) or as approved (closed): lines per home with explanations, the
/// homes' totals, and what stops approval.</summary>
public sealed record FeeMonthView(string Month, string MemberName, bool Approved, DateTime? ApprovedAt, string? ApprovedBy,
    IReadOnlyList<FeeMonthView.Line> Lines, IReadOnlyList<FeeMonthView.Home> Homes, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings)
{
    /// <summary>A fee line; a carried deficit (<see cref="FeePaymentKind.CarriedDeficit"/>) has no placement, child or
    /// kind, and its <see cref="ForMonth"/> is the month whose total was negative.</summary>
    public sealed record Line(Guid? Id, string ForMonth, Guid? PlacementId, Guid HomeId, string HomeCode, string ChildRef, FeeKind? Kind, FeePaymentKind PaymentKind,
        int? Age, string? Band, int? Days, decimal Amount, string Explanation, Guid? CorrectsLineId);

    /// <summary>What one home gets: its total (a carried deficit included) when above zero; a negative total is carried
    /// into the next month.</summary>
    public sealed record Home(Guid HomeId, string HomeCode, string? PayeeName, decimal Total)
    {
        public decimal Paid => FeePayments.PaidOut(Total);
    }

    public decimal Total => Lines.Sum(l => l.Amount);
}

/// <summary>What a home still owes its placing member after the member's latest approved month (<paramref name="FromMonth"/>):
/// set off against the home's next payments. <c>Owed</c> is positive: the deficit.</summary>
public sealed record OpenDeficit(Guid HomeId, string HomeCode, string FromMonth, decimal Owed);

/// <summary>Computes and reads members' fee months (<see cref="FeePayments.ForMonth"/> on the engine's lines).</summary>
internal sealed class FeeMonthStore(SamverkaDbContext db)
{
    internal static string NoDebtorAccount(string member) => $"{member} has no payee account in the registry to pay from: record it on the organisation";

    internal static InputProblemsException Refuse(string message) => new(new InputProblem("fee payments", null, "month", message));

    public async Task<List<FosterFeeMonthRecord>> ApprovedAsync(Guid unitId, Guid memberId, CancellationToken cancellationToken) =>
        await db.Set<FosterFeeMonthRecord>().AsNoTracking().Where(m => m.UnitId == unitId && m.MemberId == memberId).ToListAsync(cancellationToken);

    /// <summary>The approved month as it was approved, or null.</summary>
    public async Task<FeeMonthView?> ReadAsync(Guid unitId, Guid memberId, string memberName, CalendarMonth month, CancellationToken cancellationToken)
    {
        var text = month.ToString();
        var paid = await db.Set<FosterFeeMonthRecord>().AsNoTracking().Include(m => m.Lines).Include(m => m.Carried)
            .SingleOrDefaultAsync(m => m.UnitId == unitId && m.MemberId == memberId && m.Month == text, cancellationToken);
        if (paid is null) return null;
        var lines = paid.Lines.Select(l => new FeeMonthView.Line(l.Id, l.ForMonth, l.PlacementId, l.HomeId, l.HomeCode, l.ChildRef, l.Kind, l.PaymentKind, l.Age, l.Band,
            l.Days, l.Amount, l.Explanation, l.CorrectsLineId))
            .Concat(paid.Carried.Select(c => new FeeMonthView.Line(c.Id, c.FromMonth, null, c.HomeId, c.HomeCode, "", null, FeePaymentKind.CarriedDeficit,
                null, null, null, c.Amount, c.Explanation, null))).ToList();
        var payees = await PayeesAsync(lines.Select(l => l.HomeId), cancellationToken);
        return new FeeMonthView(text, memberName, true, paid.ApprovedAt, paid.ApprovedBy, Ordered(lines), Homes(lines, payees), [], []);
    }

    /// <summary>The open month as it would be approved now, with every problem that stops approval.</summary>
    public async Task<FeeMonthView> PreviewAsync(Guid unitId, Guid memberId, string memberName, CalendarMonth month, DateOnly today, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var approved = await ApprovedAsync(unitId, memberId, cancellationToken);
        var closed = approved.Select(m => CalendarMonth.Parse(m.Month)).ToList();
        if (approved.FirstOrDefault(m => m.Month == month.ToString()) is { } done)
            problems.Add(Invariant($"{month} is already approved ({SwedishTime.ToLocal(done.ApprovedAt):yyyy-MM-dd HH:mm} by {done.ApprovedBy}): an approved month is closed and never changes; a change of facts is paid as corrections in the next open month"));
        else if (closed.Count > 0 && month < closed.Max())
            problems.Add($"{month} is before the latest approved month {closed.Max()}: closed months never change; what is owed for them is paid as corrections in {closed.Max().Plus(1)}");
        else if (closed.Count > 0 && month > closed.Max().Plus(1))
            problems.Add($"{month} skips {closed.Max().Plus(1)}: approve the months in order, next {closed.Max().Plus(1)}");
        if (problems.Count > 0) return new FeeMonthView(month.ToString(), memberName, false, null, null, [], [], problems, []);
        if (month > CalendarMonth.Of(today))
            problems.Add($"{month} has not begun: fees are paid for a month from its first day ({month.FirstDay:yyyy-MM-dd}), in the month and for the month");

        var tables = await db.Set<FeeTableVersionRecord>().AsNoTracking().Include(v => v.Bands).Where(v => v.UnitId == unitId).ToListAsync(cancellationToken);
        var history = new ParameterHistory<FeeTable>("Arvoden och omkostnadsersättningar", "kr/månad", tables.Select(v => v.ToRule()));
        if (!history.TryValueOn(month.FirstDay, out _))
            problems.Add($"no fee table is in force on {month.FirstDay:yyyy-MM-dd}: the unit adds a version from that month or earlier");

        var placements = await db.Set<FosterPlacementRecord>().AsNoTracking().Where(p => p.UnitId == unitId && p.MemberId == memberId).ToListAsync(cancellationToken);
        var homes = await db.Set<FosterHomeRecord>().AsNoTracking().Where(h => h.UnitId == unitId).ToDictionaryAsync(h => h.Id, h => h.Code, cancellationToken);
        var (paid, carried) = await PaidAsync(approved, cancellationToken);
        var from = closed.Count == 0 ? month : closed.Min();
        IReadOnlyList<FeePaymentLine> computed = [];
        if (problems.Count == 0)
        {
            try
            {
                var fees = FosterFees.Calculate(placements.Select(p => p.ToRule(p.HomeId.ToString())).ToList(),
                    placements.GroupBy(p => p.ChildRef).ToDictionary(g => g.Key, g => g.First().ChildBirthDate), from, month, history);
                computed = FeePayments.ForMonth(month, closed, fees, paid, carried);
            }
            catch (InputProblemsException e)
            {
                problems.AddRange(e.Problems.Select(x => $"{x.Source}, {x.Field}: {x.Message}"));
            }
        }
        var byId = placements.ToDictionary(p => p.Id);
        var lines = computed.Select(l =>
        {
            var placement = l.PlacementId is { } p ? byId[Guid.Parse(p)] : null;
            var home = Guid.Parse(l.HomeId);
            return new FeeMonthView.Line(null, l.ForMonth.ToString(), placement?.Id, home, homes.GetValueOrDefault(home, "?"), placement?.ChildRef ?? "", l.Kind, l.PaymentKind,
                l.Basis?.Age, l.Basis?.Band.Label, l.Basis?.Days, l.Amount, l.Explanation, l.CorrectsLineId is { } c ? Guid.Parse(c) : null);
        }).ToList();
        var payees = await PayeesAsync(lines.Select(l => l.HomeId), cancellationToken);
        var totals = Homes(lines, payees);
        var warnings = new List<string>();
        foreach (var h in totals)
        {
            if (h.Total > 0 && h.PayeeName is null) problems.Add($"home {h.HomeCode} has no payee account: the unit records the household's account on the home");
            if (h.Total < 0) warnings.Add($"{h.HomeCode} får ett negativt belopp ({new Money(h.Total).ToSwedishString()}): ingen betalning; underskottet avräknas mot hemmets kommande utbetalningar.");
        }
        // A month with nothing to pay is still approved (closed), so that the next month can be: it makes no payment file.
        var member = await db.OrganisationInfos().SingleAsync(o => o.Id == memberId, cancellationToken);
        if (member.PayeeAccount() is null) problems.Add(NoDebtorAccount(member.Name));
        if (problems.Count == 0 && !totals.Any(h => h.Total > 0)) warnings.Add($"Inget betalas ut för {month}: ingen betalningsfil görs.");
        return new FeeMonthView(month.ToString(), memberName, false, null, null, Ordered(lines), totals, problems, warnings);
    }

    /// <summary>The lines and carried deficits of the given approved months, as the rule takes them.</summary>
    private async Task<(List<PaidFeeLine> Paid, List<PaidDeficitLine> Carried)> PaidAsync(IReadOnlyCollection<FosterFeeMonthRecord> approved, CancellationToken cancellationToken)
    {
        if (approved.Count == 0) return ([], []);
        var ids = approved.Select(m => m.Id).ToList();
        var paidIn = approved.ToDictionary(m => m.Id, m => CalendarMonth.Parse(m.Month));
        var lines = await db.Set<FosterFeePaymentLineRecord>().AsNoTracking().Where(l => ids.Contains(l.FeeMonthId)).ToListAsync(cancellationToken);
        var carried = await db.Set<FosterFeeCarriedDeficitRecord>().AsNoTracking().Where(c => ids.Contains(c.FeeMonthId)).ToListAsync(cancellationToken);
        return (lines.Select(l => new PaidFeeLine(l.Id.ToString(), paidIn[l.FeeMonthId], CalendarMonth.Parse(l.ForMonth), l.PlacementId.ToString(),
                l.HomeId.ToString(), l.Kind, l.Amount)).ToList(),
            carried.Select(c => new PaidDeficitLine(paidIn[c.FeeMonthId], c.HomeId.ToString(), c.Amount)).ToList());
    }

    /// <summary>What each of the member's homes still owes after its latest approved month (<see cref="FeePayments.Deficits"/>),
    /// to be set off in its next month.</summary>
    public async Task<List<OpenDeficit>> OpenDeficitsAsync(Guid unitId, Guid memberId, CancellationToken cancellationToken)
    {
        var approved = await ApprovedAsync(unitId, memberId, cancellationToken);
        if (approved.Count == 0) return [];
        var latest = approved.MaxBy(m => m.Month, StringComparer.Ordinal)!;
        var (paid, carried) = await PaidAsync([latest], cancellationToken);
        var deficits = FeePayments.Deficits(CalendarMonth.Parse(latest.Month), paid, carried);
        if (deficits.Count == 0) return [];
        var homes = await db.Set<FosterHomeRecord>().AsNoTracking().Where(h => h.UnitId == unitId).ToDictionaryAsync(h => h.Id, h => h.Code, cancellationToken);
        return deficits.Select(d => new OpenDeficit(Guid.Parse(d.Key), homes.GetValueOrDefault(Guid.Parse(d.Key), "?"), latest.Month, -d.Value))
            .OrderBy(d => d.HomeCode, StringComparer.Ordinal).ToList();
    }

    private async Task<Dictionary<Guid, FosterHomePayeeRecord>> PayeesAsync(IEnumerable<Guid> homeIds, CancellationToken cancellationToken)
    {
        var ids = homeIds.Distinct().ToList();
        return await db.Set<FosterHomePayeeRecord>().AsNoTracking().Where(p => ids.Contains(p.HomeId)).ToDictionaryAsync(p => p.HomeId, cancellationToken);
    }

    private static List<FeeMonthView.Line> Ordered(IEnumerable<FeeMonthView.Line> lines) =>
        lines.OrderBy(l => l.HomeCode, StringComparer.Ordinal).ThenBy(l => l.PaymentKind).ThenBy(l => l.ForMonth, StringComparer.Ordinal)
            .ThenBy(l => l.ChildRef, StringComparer.Ordinal).ThenBy(l => l.Kind).ToList();

    private static List<FeeMonthView.Home> Homes(IEnumerable<FeeMonthView.Line> lines, Dictionary<Guid, FosterHomePayeeRecord> payees) =>
        lines.GroupBy(l => l.HomeId).Select(g => new FeeMonthView.Home(g.Key, g.First().HomeCode, payees.GetValueOrDefault(g.Key)?.PayeeName, g.Sum(l => l.Amount)))
            .OrderBy(h => h.HomeCode, StringComparer.Ordinal).ToList();

    /// <summary>The pain.001 (one payment per home with a positive total, from the member's registry account to the
    /// home's) and the SIE 4 voucher of an approved month, made from its stored lines and the accounts as they are now;
    /// null when no home is paid.</summary>
    public async Task<FosterFeeMonthFilesRecord?> MakeFilesAsync(FosterFeeMonthRecord month, CancellationToken cancellationToken)
    {
        var source = $"fee month {month.Month}";
        var member = await db.OrganisationInfos().SingleAsync(o => o.Id == month.MemberId, cancellationToken);
        var payees = await PayeesAsync(month.Lines.Select(l => l.HomeId), cancellationToken);
        var m = CalendarMonth.Parse(month.Month);
        // Each home's total includes the deficit carried from the previous month (Avräkning).
        var payments = month.Lines.Select(l => (l.HomeId, l.HomeCode, l.Amount)).Concat(month.Carried.Select(c => (c.HomeId, c.HomeCode, c.Amount)))
            .GroupBy(l => l.HomeId).Select(g => (Code: g.First().HomeCode, Payee: payees.GetValueOrDefault(g.Key), Total: g.Sum(l => l.Amount)))
            .Where(h => h.Total > 0).OrderBy(h => h.Code, StringComparer.Ordinal)
            .Select(h => new CreditTransfer(h.Payee!.PayeeName, null, new PaymentAccount(h.Payee.AccountKind, h.Payee.AccountNumber), new Money(h.Total),
                Invariant($"ARV-{m.Year:D4}{m.Month:D2}-{IdPart(h.Code)}"), Remittance.Text($"Familjehemsersättning {m}, {h.Code}")))
            .ToList();
        if (payments.Count == 0) return null;
        var debtor = new PaymentDebtor(PaymentText.Shorten(member.Name), Organisationsnummer.Parse(member.OrganisationNumber),
            member.PayeeAccount() ?? throw new InputProblemsException(new InputProblem(source, null, "DebtorAccount", NoDebtorAccount(member.Name))));
        var date = DateOnly.FromDateTime(SwedishTime.ToLocal(month.ApprovedAt));
        var batch = new PaymentBatch(Invariant($"ARV-{m.Year:D4}{m.Month:D2}-{Digits(member.OrganisationNumber)}"),
            new DateTimeOffset(DateTime.SpecifyKind(month.ApprovedAt, DateTimeKind.Utc)), debtor, date, payments);
        var voucher = PaymentVoucher.ForBatch(batch, "B", date, $"Familjehemsersättningar {m}", VoucherAccounts);
        var export = new SieExport("1.0", date, debtor.OrganisationNumber, member.Name, new DateOnly(date.Year, 1, 1), new DateOnly(date.Year, 12, 31),
            PaymentVoucher.AccountsUsed(VoucherAccounts), [], [], [voucher]);
        return new FosterFeeMonthFilesRecord { FeeMonthId = month.Id, Pain001 = Pain001Writer.ToBytes(batch), Sie = SieWriter.ToBytes(export) };
    }

    /// <summary>Debit the member's cost for foster care, credit supplier liabilities (placeholders a member replaces with its
    /// own chart, as <see cref="PaymentVoucherAccounts.Default"/>).</summary>
    internal static readonly PaymentVoucherAccounts VoucherAccounts =
        new(new SieAccount("4630", "Familjehemsersättningar"), new SieAccount("2440", "Leverantörsskulder"));

    private static string Digits(string number) => new(number.Where(char.IsAsciiDigit).ToArray());

    private static string IdPart(string code) => new(code.Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(20).ToArray());

}

/// <summary>A member's fee month: the approved month as it was paid, or the preview of an open month. Only the placing
/// member's own users see it (child references and homes, never identity); everyone else gets nothing.</summary>
public sealed class GetFeeMonth(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<FeeMonthView?> HandleAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit?.MemberId is not { } memberId) return null;
        var name = (await access.OrganisationAsync(memberId, cancellationToken)).Name;
        var store = new FeeMonthStore(db);
        // Without a month: the member's next open month.
        var m = string.IsNullOrWhiteSpace(month)
            ? (await store.ApprovedAsync(unit.UnitId, memberId, cancellationToken)).Select(x => CalendarMonth.Parse(x.Month)).DefaultIfEmpty().Max() is var latest && latest != default
                ? latest.Plus(1) : CalendarMonth.Of(clock.Today())
            : FeeMonths.Parse(month);
        var view = await store.ReadAsync(unit.UnitId, memberId, name, m, cancellationToken)
                   ?? await store.PreviewAsync(unit.UnitId, memberId, name, m, clock.Today(), cancellationToken);
        await audit.WriteAsync(actor, AuditActions.Read, "FosterFeeMonth", $"{memberId}/{m}",
            $"{(view.Approved ? "approved" : "preview")}: {view.Lines.Count} lines", cancellationToken);
        return view;
    }
}

/// <summary>The placing member's social worker (grant officer) approves its fee month: the lines are stored as computed
/// now, the month closes, and its pain.001 and SIE 4 files are made and kept, all in one transaction. Refused with nothing
/// written: a month already approved, before the latest approved or skipping one, a month not begun, no fee table for the
/// month, a home to pay without an account, a member without a registry account. A month with nothing to pay closes
/// without files.</summary>
public sealed class ApproveFeeMonth(SamverkaDbContext db, FosterCareAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<FeeMonthView> HandleAsync(string? month, Actor actor, CancellationToken cancellationToken = default)
    {
        var m = FeeMonths.Parse(month);
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit?.MemberId is not { } memberId || !actor.IsInRole(Roles.GrantOfficer))
            throw new AccessDeniedException("Only the placing member's grant officers approve its fees.");
        var (name, _) = await access.OrganisationAsync(memberId, cancellationToken);
        var store = new FeeMonthStore(db);
        var preview = await store.PreviewAsync(unit.UnitId, memberId, name, m, clock.Today(), cancellationToken);
        var problems = preview.Problems
            .Select(p => new InputProblem("fee payments", null, p == FeeMonthStore.NoDebtorAccount(name) ? "DebtorAccount" : "month", p)).ToList();
        if (problems.Count > 0) throw new InputProblemsException(problems);

        var record = new FosterFeeMonthRecord
        {
            Id = Guid.NewGuid(), UnitId = unit.UnitId, MemberId = memberId, Month = m.ToString(), ApprovedAt = clock.GetUtcNow().UtcDateTime,
            ApprovedBy = actor.UserName, Total = preview.Total,
        };
        foreach (var c in preview.Lines.Where(l => l.PaymentKind == FeePaymentKind.CarriedDeficit))
            record.Carried.Add(new FosterFeeCarriedDeficitRecord
            {
                Id = Guid.NewGuid(), FeeMonthId = record.Id, FromMonth = c.ForMonth, HomeId = c.HomeId, HomeCode = c.HomeCode, Amount = c.Amount, Explanation = c.Explanation,
            });
        foreach (var l in preview.Lines.Where(l => l.PaymentKind != FeePaymentKind.CarriedDeficit))
            record.Lines.Add(new FosterFeePaymentLineRecord
            {
                Id = Guid.NewGuid(), FeeMonthId = record.Id, ForMonth = l.ForMonth, PlacementId = l.PlacementId!.Value, HomeId = l.HomeId, HomeCode = l.HomeCode,
                ChildRef = l.ChildRef, Kind = l.Kind!.Value, PaymentKind = l.PaymentKind, Age = l.Age, Band = l.Band, Days = l.Days, Amount = l.Amount,
                Explanation = l.Explanation, CorrectsLineId = l.CorrectsLineId,
            });
        db.Add(record);
        audit.Add(actor, AuditActions.Update, "FosterFeeMonth", $"{memberId}/{m}",
            Invariant($"approved {m}: {record.Lines.Count} lines, {preview.Homes.Count(h => h.Total > 0)} homes paid, {record.Total:0.00} SEK"));
        // The month and its files are written together or not at all: the files are made from what was approved.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two approvals at once: the unique (unit, member, month) index lets one through.
            throw FeeMonthStore.Refuse($"{m} was approved by someone else at the same time: an approved month never changes");
        }
        if (await store.MakeFilesAsync(record, cancellationToken) is { } files)
        {
            db.Add(files);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (await store.ReadAsync(unit.UnitId, memberId, name, m, cancellationToken))!;
    }
}

/// <summary>Which fee months have been approved: a member sees its own (and the next open month), the unit's staff every
/// member's (member, month, when, by whom, homes paid, total: no child data), anyone else nothing.</summary>
public sealed class ListFeeMonths(SamverkaDbContext db, FosterCareAccess access, TimeProvider clock)
{
    public sealed record Item(Guid MemberId, string MemberName, string Month, DateTime ApprovedAt, string ApprovedBy, int Homes, decimal Total);

    /// <summary>The approved months the actor may see, its next open month and (for a member) what each of its homes still
    /// owes after its latest approved month, to be set off in the next; staff see no deficits.</summary>
    public sealed record Result(bool IsStaff, bool IsMember, IReadOnlyList<Item> Approved, string? NextOpen, IReadOnlyList<OpenDeficit> OpenDeficits);

    public async Task<Result> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit is null) return new Result(false, false, [], null, []);
        var query = db.Set<FosterFeeMonthRecord>().AsNoTracking().Where(m => m.UnitId == unit.UnitId);
        if (!unit.IsStaff) query = query.Where(m => m.MemberId == unit.MemberId);
        var months = await query.Select(m => new { m.MemberId, m.Month, m.ApprovedAt, m.ApprovedBy, m.Total, Homes = m.Lines.Select(l => l.HomeId).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var names = await access.NamesAsync(cancellationToken);
        var items = months.Select(m => new Item(m.MemberId, names.GetValueOrDefault(m.MemberId, "?"), m.Month, m.ApprovedAt, m.ApprovedBy, m.Homes, m.Total))
            .OrderByDescending(i => i.Month, StringComparer.Ordinal).ThenBy(i => i.MemberName, StringComparer.Ordinal).ToList();
        string? next = null;
        List<OpenDeficit> deficits = [];
        if (unit.MemberId is { } own)
        {
            var mine = items.Where(i => i.MemberId == own).Select(i => CalendarMonth.Parse(i.Month)).ToList();
            next = (mine.Count == 0 ? CalendarMonth.Of(clock.Today()) : mine.Max().Plus(1)).ToString();
            deficits = await new FeeMonthStore(db).OpenDeficitsAsync(unit.UnitId, own, cancellationToken);
        }
        return new Result(unit.IsStaff, unit.IsMember, items, next, deficits);
    }
}

/// <summary>The files of a member's approved fee month, as kept at approval: the member's own users only.</summary>
public sealed class ExportFeeMonth(SamverkaDbContext db, FosterCareAccess access, AuditLog audit)
{
    public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

    public async Task<ExportFile?> Pain001Async(string? month, Actor actor, CancellationToken cancellationToken = default) =>
        await FileAsync(month, actor, "pain.001", (m, f) => new ExportFile($"familjehemsersattning-{m}.pain001.xml", "application/xml", f.Pain001), cancellationToken);

    public async Task<ExportFile?> SieAsync(string? month, Actor actor, CancellationToken cancellationToken = default) =>
        await FileAsync(month, actor, "SIE 4", (m, f) => new ExportFile($"familjehemsersattning-{m}.se", "text/plain; charset=ibm437", f.Sie), cancellationToken);

    private async Task<ExportFile?> FileAsync(string? month, Actor actor, string what, Func<CalendarMonth, FosterFeeMonthFilesRecord, ExportFile> pick, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(month)) return null;
        var m = FeeMonths.Parse(month);
        var unit = await access.UnitAsync(actor, cancellationToken: cancellationToken);
        if (unit?.MemberId is not { } memberId) return null;
        var text = m.ToString();
        var files = await db.Set<FosterFeeMonthRecord>().AsNoTracking().Where(x => x.UnitId == unit.UnitId && x.MemberId == memberId && x.Month == text)
            .Join(db.Set<FosterFeeMonthFilesRecord>(), x => x.Id, f => f.FeeMonthId, (x, f) => f).SingleOrDefaultAsync(cancellationToken);
        if (files is null) return null;
        await audit.WriteAsync(actor, AuditActions.Export, "FosterFeeMonth", $"{memberId}/{m}", what, cancellationToken);
        return pick(m, files);
    }
}

internal static class FeeMonths
{
    public static CalendarMonth Parse(string? month) =>
        CalendarMonth.TryParse(month?.Trim(), out var m) ? m
            : throw new InputProblemsException(new InputProblem("fee payments", null, "month", string.IsNullOrWhiteSpace(month) ? "Enter the month (YYYY-MM)." : $"'{month}' is not a month (YYYY-MM)"));
}
