using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samverka.Modules;
using Samverka.Modules.Identity;
using Samverka.Modules.Organisations;
using Samverka.Modules.PaymentFiles;
using Samverka.Web.Forms;
using Samverka.Web.Localization;

namespace Samverka.Web.Pages.Organisations;

/// <summary>The fields of the create and edit forms (<c>_OrganisationForm.cshtml</c>).</summary>
public sealed class OrganisationForm
{
    public required IReadOnlyList<FieldView> Fields { get; init; }

    public required FieldView Members { get; init; }

    public required FieldView Host { get; init; }

    public required IReadOnlyDictionary<string, string> Labels { get; init; }

    public static async Task<OrganisationForm> CreateAsync(OrganisationInput input, ModelStateDictionary state, Actor actor,
        ListOrganisations list, OrganisationKind? currentKind, Guid? self, CancellationToken cancellationToken)
    {
        var labels = new Dictionary<string, string>
        {
            ["Input.OrganisationNumber"] = Text.Translate("Organisation number"),
            ["Input.Name"] = Text.Translate("Name"),
            ["Input.Kind"] = Text.Translate("Kind"),
            ["Input.Email"] = Text.Translate("E-mail"),
            ["Input.Phone"] = Text.Translate("Phone"),
            ["Input.Address"] = Text.Translate("Address"),
            ["Input.PayeeAccountKind"] = Text.Translate("Payee account kind"),
            ["Input.PayeeAccountNumber"] = Text.Translate("Payee account number"),
            ["Input.HostId"] = Text.Translate("Host"),
            ["Input.MemberIds"] = Text.Translate("Members"),
        };
        var kinds = OrganisationKinds.All.Where(k => actor.SeesEverything || !k.IsPublicBody() || k == currentKind)
            .Select(k => (k.ToString(), Format.Kind(k)));
        var candidates = (await list.HandleAsync(new ListOrganisations.Request(null, null, PageRequest.All("name")), actor, cancellationToken)).Items
            .Where(o => o.Kind is OrganisationKind.Municipality or OrganisationKind.Region or OrganisationKind.Agency && o.Id != self)
            .Select(o => (o.Id.ToString(), o.Name)).ToList();
        return new OrganisationForm
        {
            Labels = labels,
            Fields =
            [
                FieldView.For(state, "Input.OrganisationNumber", labels["Input.OrganisationNumber"], input.OrganisationNumber)
                    with { Required = true, Hint = Text.Translate("Ten digits, e.g. 212000-2627") },
                FieldView.For(state, "Input.Name", labels["Input.Name"], input.Name) with { Required = true, Autocomplete = "organization" },
                FieldView.For(state, "Input.Kind", labels["Input.Kind"], input.Kind?.ToString())
                    with { Type = "select", Required = true, Options = [("", Text.Translate("Choose a kind")), .. kinds] },
                FieldView.For(state, "Input.Email", labels["Input.Email"], input.Email) with { Type = "email", Autocomplete = "email" },
                FieldView.For(state, "Input.Phone", labels["Input.Phone"], input.Phone) with { Type = "tel", Autocomplete = "tel" },
                FieldView.For(state, "Input.Address", labels["Input.Address"], input.Address) with { Autocomplete = "street-address" },
                FieldView.For(state, "Input.PayeeAccountKind", labels["Input.PayeeAccountKind"], input.PayeeAccountKind?.ToString()) with
                {
                    Type = "select",
                    Options = [("", Text.Translate("No payee account")), .. Enum.GetValues<PaymentAccountKind>().Select(k => (k.ToString(), Format.AccountKind(k)))],
                    Hint = Text.Translate("Where grants and other payments to the organisation are paid."),
                },
                FieldView.For(state, "Input.PayeeAccountNumber", labels["Input.PayeeAccountNumber"], input.PayeeAccountNumber)
                    with { Hint = Text.Translate("E.g. bankgiro 5050-1055, plusgiro 4 12 34-5 or IBAN SE45 5000 0000 0583 9825 7466") },
            ],
            Members = FieldView.For(state, "Input.MemberIds", labels["Input.MemberIds"], null) with
            {
                Type = "checkboxes", Options = candidates, Selected = input.MemberIds.Select(m => m.ToString()).ToList(),
                Hint = Text.Translate("Only for a joint organisation: the municipalities and regions that run it together."),
            },
            Host = FieldView.For(state, "Input.HostId", labels["Input.HostId"], input.HostId?.ToString()) with
            {
                Type = "select", Options = [("", Text.Translate("No host")), .. candidates],
                Hint = Text.Translate("Only for a joint organisation: the member that hosts it."),
            },
        };
    }
}
