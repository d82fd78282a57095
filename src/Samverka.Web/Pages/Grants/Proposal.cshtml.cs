using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Rules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

/// <summary>The round's proposal (rank order within the remaining budget of every year), the committee's decisions, closing.</summary>
[Authorize(Policy = Policies.GrantsRead)]
public sealed class ProposalModel(ProposeGrantRound propose, ChooseProposalMode choose, DecideGrantRound decide, CloseGrantRound close,
    IAuthorizationService authorization) : PageModel
{
    public sealed record ItemView(Guid ApplicationId, string Legend, IReadOnlyList<FieldView> Fields);

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    [BindProperty] public DecideGrantRound.Input Decide { get; set; } = new();

    [BindProperty] public DecisionInput Close { get; set; } = new();

    public ProposeGrantRound.Result Result { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public IReadOnlyList<FieldView> DecisionFields { get; private set; } = [];

    public IReadOnlyList<ItemView> ItemFields { get; private set; } = [];

    public IReadOnlyList<FieldView> CloseFields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, fresh: true, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostModeAsync(Guid id, ProposalMode mode, CancellationToken cancellationToken) =>
        RunAsync(id, "Mode", () => choose.HandleAsync(id, mode, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecideAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Decide", () => decide.HandleAsync(id, Decide, HttpContext.Actor(), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken cancellationToken) =>
        RunAsync(id, "Close", () => close.HandleAsync(id, Close, HttpContext.Actor(), cancellationToken), cancellationToken);

    private async Task<IActionResult> RunAsync(Guid id, string prefix, Func<Task> action, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        try
        {
            await action();
            return Redirect($"/grants/years/{id}/proposal?saved=true");
        }
        catch (InputProblemsException e)
        {
            foreach (var p in e.Problems)
                ModelState.AddModelError(p.Field.StartsWith(prefix + ".", StringComparison.Ordinal) ? p.Field : prefix + "." + p.Field, p.Source.StartsWith("application", StringComparison.Ordinal) ? p.Source + ": " + p.Message : p.Message);
        }
        catch (ClosedRoundCannotChangeException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException e) when (ConcurrencyConflicts.IsConflict(e))
        {
            ModelState.AddModelError("", Text.Translate(ConcurrencyConflicts.Message));
        }
        return await LoadAsync(id, fresh: false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, bool fresh, CancellationToken cancellationToken)
    {
        if (await propose.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } result) return false;
        Result = result;
        CanManage = (await authorization.AuthorizeAsync(User, Policies.GrantsManage)).Succeeded;
        DecisionFields = GrantForms.Decision(ModelState, "Decide.Decision", Decide.Decision);
        CloseFields = GrantForms.Decision(ModelState, "Close", Close);
        var items = new List<ItemView>();
        for (var i = 0; i < result.Lines.Count; i++)
        {
            var line = result.Lines[i];
            var posted = fresh ? null : Decide.Items.ElementAtOrDefault(i);
            var funded = line.Proposal.Funded.Where(f => f.Amount > 0).ToList();
            var grant = posted?.Grant ?? (line.Proposal.Outcome != ProposalOutcome.BelowLine && line.EligibilityProblem is null);
            decimal? At(int offset) => funded.FirstOrDefault(f => f.Year == result.Year.Year + offset) is { Amount: > 0 } y ? y.Amount : null;
            var prefix = $"Decide.Items[{i}]";
            var fields = new List<FieldView>
            {
                FieldView.For(ModelState, prefix + ".Grant", Text.Translate("Decision"), grant.ToString()) with
                {
                    Type = "select", Options = [("True", Text.Translate("Grant")), ("False", Text.Translate("Refuse")), ("", Text.Translate("Not now"))],
                },
            };
            for (var y = 0; y < Math.Min(result.Year.MaxYears, 3); y++)
            {
                var value = posted is null ? At(y) : y switch { 0 => posted.Amount1, 1 => posted.Amount2, _ => posted.Amount3 };
                fields.Add(FieldView.For(ModelState, $"{prefix}.Amount{y + 1}",
                    Text.Translate("Granted {0} (kr)").Replace("{0}", (result.Year.Year + y).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), GrantForms.Amount(value)));
            }
            fields.Add(FieldView.For(ModelState, prefix + ".RefusalReason", Text.Translate("Reason for a refusal"),
                posted?.RefusalReason ?? (line.Proposal.Outcome == ProposalOutcome.BelowLine ? "Ansökan ryms inte inom budgeten (under strecket)." : line.EligibilityProblem is not null ? "Organisationen uppfyller inte villkoren för bidraget." : null)));
            items.Add(new ItemView(line.ApplicationId, $"{line.Rank.Rank}. {line.Number} {line.Organisation}", fields));
        }
        ItemFields = items;
        Labels = DecisionFields.Concat(CloseFields).Concat(items.SelectMany(i => i.Fields.Select(f => f with { Label = i.Legend + ": " + f.Label })))
            .ToDictionary(f => f.Name, f => f.Label);
        Labels["Decide.Items"] = Text.Translate("Decisions");
        Labels["Close.Close"] = Text.Translate("Close the round");
        return true;
    }
}
