using Microsoft.Extensions.Diagnostics.HealthChecks;
using Samverka.Modules;

namespace Samverka.Web.Health;

/// <summary>Ready when the database answers.</summary>
public sealed class DatabaseHealthCheck(SamverkaDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database does not answer.");
}
