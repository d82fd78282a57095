using Microsoft.AspNetCore.Mvc.ModelBinding;
using Samverka.Kernel;

namespace Samverka.Web.Forms;

public static class ModelStateExtensions
{
    /// <summary>Puts a use case's problems next to their fields: field <c>Name</c> becomes key <c>{prefix}.Name</c>.</summary>
    public static void AddProblems(this ModelStateDictionary state, InputProblemsException e, string prefix)
    {
        foreach (var p in e.Problems) state.AddModelError(prefix + "." + p.Field, p.Message);
    }
}
