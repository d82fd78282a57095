using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Samverka.Kernel;
using Samverka.Modules.Grants;
using Samverka.Web.Forms;
using Samverka.Web.Localization;
using Samverka.Web.Security;

namespace Samverka.Web.Pages.Grants;

[Authorize(Policy = Policies.GrantsApply)]
public sealed class ApplyModel(GetProgrammeYear getYear, GetGrantApplication getApplication, SaveGrantApplication save) : PageModel
{
    [BindProperty] public SaveGrantApplication.Input Input { get; set; } = new();

    public GetProgrammeYear.Details Year { get; private set; } = null!;

    public IReadOnlyList<FieldView> Fields { get; private set; } = [];

    public Dictionary<string, string> Labels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? applicationId, CancellationToken cancellationToken)
    {
        if (await getYear.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } year) return NotFound();
        Year = year;
        if (applicationId is { } a)
        {
            if (await getApplication.HandleAsync(a, HttpContext.Actor(), cancellationToken) is not { IsOwn: true } d || d.Year.Id != id) return NotFound();
            var x = d.Application;
            Input = new SaveGrantApplication.Input
            {
                Purpose = x.Purpose, Activities = x.Activities, TargetGroup = x.TargetGroup, Budget = x.Budget, PriorityAreas = GrantsStore.Lines(x.PriorityAreas).ToList(),
                Amount1 = d.Applied.FirstOrDefault(y => y.Year == year.Rule.Year).Amount is var a1 and > 0 ? a1 : null,
                Amount2 = d.Applied.FirstOrDefault(y => y.Year == year.Rule.Year + 1).Amount is var a2 and > 0 ? a2 : null,
                Amount3 = d.Applied.FirstOrDefault(y => y.Year == year.Rule.Year + 2).Amount is var a3 and > 0 ? a3 : null,
            };
        }
        Build();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid? applicationId, bool submit, CancellationToken cancellationToken)
    {
        if (await getYear.HandleAsync(id, HttpContext.Actor(), cancellationToken) is not { } year) return NotFound();
        Year = year;
        ModelState.Clear();
        try
        {
            var saved = await save.HandleAsync(id, applicationId, Input, submit, HttpContext.Actor(), cancellationToken);
            return Redirect($"/grants/applications/{saved}?saved=true");
        }
        catch (InputProblemsException e)
        {
            ModelState.AddProblems(e, nameof(Input));
            Build();
            return Page();
        }
    }

    private void Build()
    {
        var first = Year.Rule.Year;
        var fields = new List<FieldView>
        {
            FieldView.For(ModelState, "Input.Purpose", Text.Translate("Purpose"), Input.Purpose) with { Type = "textarea", Required = true },
            FieldView.For(ModelState, "Input.Activities", Text.Translate("Activities"), Input.Activities) with { Type = "textarea", Required = true },
            FieldView.For(ModelState, "Input.TargetGroup", Text.Translate("Target group"), Input.TargetGroup) with { Type = "textarea", Required = true },
            FieldView.For(ModelState, "Input.PriorityAreas", Text.Translate("Priority areas"), null) with
            {
                Type = "checkboxes", Options = Year.Rule.PriorityAreas.Select(a => (a, a)).ToList(), Selected = Input.PriorityAreas,
            },
            FieldView.For(ModelState, "Input.Budget", Text.Translate("Budget for the activity"), Input.Budget) with { Type = "textarea", Required = true, Hint = Text.Translate("Income and costs") },
        };
        for (var i = 0; i < Math.Min(Year.Rule.MaxYears, 3); i++)
        {
            var amount = i switch { 0 => Input.Amount1, 1 => Input.Amount2, _ => Input.Amount3 };
            fields.Add(FieldView.For(ModelState, $"Input.Amount{i + 1}", Text.Translate("Amount applied for {0} (kr)").Replace("{0}", (first + i).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
                GrantForms.Amount(amount)) with { Required = i == 0, Hint = i == 0 ? Text.Translate("Whole kronor without spaces; leave later years empty") : null });
        }
        Fields = fields;
        Labels = Fields.ToDictionary(f => f.Name, f => f.Label);
        Labels["Input.Window"] = Text.Translate("Application window");
    }
}
