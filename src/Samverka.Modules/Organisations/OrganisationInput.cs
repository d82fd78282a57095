using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Samverka.Kernel;
using Samverka.Modules.Identity;
using Samverka.Modules.PaymentFiles;

namespace Samverka.Modules.Organisations;

/// <summary>What a person fills in to register or change an organisation (form, API body, CSV row).</summary>
public sealed class OrganisationInput
{
    public string? OrganisationNumber { get; set; }

    public string? Name { get; set; }

    public OrganisationKind? Kind { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    /// <summary>How payments reach the organisation: bankgiro, plusgiro or IBAN; empty together with
    /// <see cref="PayeeAccountNumber"/> when it has no payee account.</summary>
    public PaymentAccountKind? PayeeAccountKind { get; set; }

    /// <summary>The payee account number as written (spaces and <c>-</c> allowed); checked by
    /// <see cref="PaymentAccounts.Normalise"/>.</summary>
    public string? PayeeAccountNumber { get; set; }

    /// <summary>For a joint organisation: the member organisation that hosts it.</summary>
    public Guid? HostId { get; set; }

    /// <summary>For a joint organisation: its members.</summary>
    public List<Guid> MemberIds { get; set; } = [];

    /// <summary>Checks the fields on their own. <paramref name="problem"/> turns a field name and message into a located problem.</summary>
    public List<InputProblem> Check(Func<string, string, InputProblem> problem)
    {
        var problems = new List<InputProblem>();
        if (OrganisationNumbers.Normalise(OrganisationNumber, out var numberProblem) is null)
            problems.Add(problem(nameof(OrganisationNumber), numberProblem!));
        if (string.IsNullOrWhiteSpace(Name)) problems.Add(problem(nameof(Name), "is required"));
        else if (Name.Trim().Length > 200) problems.Add(problem(nameof(Name), "must be at most 200 characters"));
        if (Kind is null || !Enum.IsDefined(Kind.Value)) problems.Add(problem(nameof(Kind), "is required"));
        if (!string.IsNullOrWhiteSpace(Email) && !MailAddress.TryCreate(Email.Trim(), out _))
            problems.Add(problem(nameof(Email), "is not an e-mail address"));
        if (Phone is { Length: > 40 }) problems.Add(problem(nameof(Phone), "must be at most 40 characters"));
        if (Address is { Length: > 300 }) problems.Add(problem(nameof(Address), "must be at most 300 characters"));
        if (PayeeAccountKind is { } accountKind && !Enum.IsDefined(accountKind))
            problems.Add(problem(nameof(PayeeAccountKind), "is not bankgiro, plusgiro or IBAN"));
        else if (PayeeAccountKind is null && !string.IsNullOrWhiteSpace(PayeeAccountNumber))
            problems.Add(problem(nameof(PayeeAccountKind), "is required with a payee account number"));
        else if (PayeeAccountKind is not null && string.IsNullOrWhiteSpace(PayeeAccountNumber))
            problems.Add(problem(nameof(PayeeAccountNumber), "is required with a payee account kind"));
        else if (PayeeAccount() is { } account && PaymentAccounts.Normalise(account, out var accountProblem) is null)
            problems.Add(problem(nameof(PayeeAccountNumber), accountProblem));
        if (Kind is not OrganisationKind.JointOrganisation && (HostId is not null || MemberIds.Count > 0))
            problems.Add(problem(nameof(MemberIds), "only a joint organisation has a host and members"));
        if (HostId is { } host && !MemberIds.Contains(host))
            problems.Add(problem(nameof(HostId), "the host must be one of the members"));
        return problems;
    }

    /// <summary>Checks what needs the registry: the number is not taken, a non-administrator registers partners only,
    /// and the host and members are organisations the actor can see.</summary>
    internal static async Task<List<InputProblem>> CheckAgainstRegistryAsync(
        SamverkaDbContext db, Actor actor, IReadOnlySet<Guid>? visible, OrganisationInput input, Organisation? existing,
        Func<string, string, InputProblem> problem, CancellationToken cancellationToken)
    {
        var problems = new List<InputProblem>();
        var existingId = existing?.Id;
        if (OrganisationNumbers.Normalise(input.OrganisationNumber, out _) is { } number
            && await db.Organisations.AnyAsync(o => o.OrganisationNumber == number && o.Id != existingId, cancellationToken))
            problems.Add(problem(nameof(OrganisationNumber), "is already in the registry"));
        if (input.Kind is { } kind && !actor.SeesEverything && kind != existing?.Kind
            && (kind.IsPublicBody() || existing?.Kind.IsPublicBody() == true))
            problems.Add(problem(nameof(Kind), "only an administrator can register a municipality, region, joint organisation or agency"));
        var referenced = input.MemberIds.ToList();
        if (input.HostId is { } h) referenced.Add(h);
        var found = await db.Organisations.Where(o => referenced.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        if (referenced.Any(id => !found.Contains(id) || (visible is not null && !visible.Contains(id))))
            problems.Add(problem(nameof(MemberIds), "names an organisation that is not in the registry"));
        if (existing is not null && referenced.Contains(existing.Id))
            problems.Add(problem(nameof(MemberIds), "an organisation cannot be its own member"));
        return problems;
    }

    /// <summary>Copies the (checked) fields onto an entity.</summary>
    internal void ApplyTo(Organisation organisation)
    {
        organisation.OrganisationNumber = OrganisationNumbers.Normalise(OrganisationNumber, out _)!;
        organisation.Name = Name!.Trim();
        organisation.Kind = Kind!.Value;
        organisation.Email = Blank(Email);
        organisation.Phone = Blank(Phone);
        organisation.Address = Blank(Address);
        organisation.PayeeAccountKind = PayeeAccount()?.Kind;
        organisation.PayeeAccountNumber = PayeeAccount() is { } account ? PaymentAccounts.Normalise(account, out _) : null;
        organisation.HostId = HostId;
        var wanted = MemberIds.Distinct().ToHashSet();
        organisation.Members.RemoveAll(m => !wanted.Contains(m.MemberId));
        foreach (var id in wanted.Where(id => organisation.Members.All(m => m.MemberId != id)))
            organisation.Members.Add(new OrganisationMembership { JointOrganisationId = organisation.Id, MemberId = id });
    }

    private PaymentAccount? PayeeAccount() =>
        PayeeAccountKind is { } kind && !string.IsNullOrWhiteSpace(PayeeAccountNumber) ? new PaymentAccount(kind, PayeeAccountNumber.Trim()) : null;

    /// <summary>A form's problem: source <c>form</c>, no line, the property name as field.</summary>
    public static InputProblem FormProblem(string field, string message) => new("form", null, field, message);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
