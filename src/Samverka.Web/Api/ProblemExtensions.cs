using Microsoft.AspNetCore.Http.HttpResults;
using Samverka.Kernel;

namespace Samverka.Web.Api;

public static class ProblemExtensions
{
    /// <summary>A 400 ValidationProblem whose errors are keyed by field (for files: <c>line 3: Kind</c>), with every
    /// problem also listed under <c>problems</c> as source, line, field and message.</summary>
    public static ValidationProblem ToValidationProblem(this InputProblemsException e) =>
        TypedResults.ValidationProblem(
            e.Problems.GroupBy(p => p.Line is { } line ? $"line {line}: {p.Field}" : p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: "The input has problems.",
            extensions: new Dictionary<string, object?>
            {
                ["problems"] = e.Problems.Select(p => new { source = p.Source, line = p.Line, field = p.Field, message = p.Message }).ToList(),
            });

    /// <summary>Declares, for OpenAPI, the problem answers <see cref="Security.ApiExceptionHandler"/> gives every endpoint
    /// of the group: 400 bad input, 403 refused, 404 missing, 409 closed or changed meanwhile.</summary>
    public static RouteGroupBuilder WithProblemResponses(this RouteGroupBuilder group)
    {
        group.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }
}
