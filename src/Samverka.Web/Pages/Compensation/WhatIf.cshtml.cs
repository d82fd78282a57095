using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Compensation;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Compensation;

/// <summary>What-if: two rule sets over a period, totals and differences per provider, and a chart of each provider's income.</summary>
[Authorize(Policy = Policies.CompensationMunicipality)]
public sealed class WhatIfModel(ListRuleSets list, CompareRuleSets compare, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid? A { get; set; }

    [BindProperty(SupportsGet = true)] public Guid? B { get; set; }

    [BindProperty(SupportsGet = true)] public string? From { get; set; }

    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    public IReadOnlyList<ListRuleSets.RuleSetView> RuleSets { get; private set; } = [];

    public CompareRuleSets.Result? Result { get; private set; }

    public IReadOnlyList<InputProblem> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        RuleSets = await list.HandleAsync(HttpContext.Actor(), cancellationToken);
        if (RuleSets.Count == 0) return;
        var now = CalendarMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        A ??= RuleSets.First().Id;
        B ??= RuleSets.FirstOrDefault(r => r.Id != A)?.Id ?? A;
        From ??= new CalendarMonth(now.Year, 1).ToString();
        To ??= new CalendarMonth(now.Year + 1, 12).ToString();
        var problems = new List<InputProblem>();
        if (!CalendarMonth.TryParse(From, out var from)) problems.Add(new InputProblem("what-if", null, "From", "is a month of the form YYYY-MM"));
        if (!CalendarMonth.TryParse(To, out var to)) problems.Add(new InputProblem("what-if", null, "To", "is a month of the form YYYY-MM"));
        if (problems.Count > 0)
        {
            Problems = problems;
            return;
        }
        try
        {
            Result = await compare.HandleAsync(A.Value, B.Value, from, to, HttpContext.Actor(), cancellationToken);
        }
        catch (InputProblemsException e)
        {
            Problems = e.Problems;
        }
    }
}
