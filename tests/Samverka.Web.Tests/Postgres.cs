using Samverka.Testing;

namespace Samverka.Web.Tests;

/// <summary>The app on a fresh database in a throwaway PostgreSQL cluster; skipped where the server binaries are missing.</summary>
public sealed class PostgresApp : SamverkaAppFixture
{
    private PostgresCluster? _cluster;

    protected override async Task<string?> CreateConnectionStringAsync()
    {
        if (PostgresCluster.UnavailableReason is { } reason)
        {
            UnavailableReason = reason;
            return null;
        }
        _cluster = await PostgresCluster.StartAsync();
        return await _cluster.CreateDatabaseAsync("samverka_web");
    }

    protected override async Task DisposeDatabaseAsync()
    {
        if (_cluster is not null) await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresApp>
{
    public const string Name = "Web app on PostgreSQL";
}

[Collection(PostgresCollection.Name)] public sealed class HostTestsOnPostgres(PostgresApp app) : HostTests(app);

[Collection(PostgresCollection.Name)] public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app);

[Collection(PostgresCollection.Name)] public sealed class OrganisationPagesTestsOnPostgres(PostgresApp app) : OrganisationPagesTests(app);

[Collection(PostgresCollection.Name)] public sealed class OrganisationsApiTestsOnPostgres(PostgresApp app) : OrganisationsApiTests(app);

[Collection(PostgresCollection.Name)] public sealed class TenancyTestsOnPostgres(PostgresApp app) : TenancyTests(app);

[Collection(PostgresCollection.Name)] public sealed class AuditLogTestsOnPostgres(PostgresApp app) : AuditLogTests(app);

[Collection(PostgresCollection.Name)] public sealed class ExportTestsOnPostgres(PostgresApp app) : ExportTests(app);

[Collection(PostgresCollection.Name)] public sealed class FosterCareWebTestsOnPostgres(PostgresApp app) : FosterCare.FosterCareWebTests(app);

[Collection(PostgresCollection.Name)] public sealed class FosterCareGapsWebTestsOnPostgres(PostgresApp app) : FosterCare.FosterCareGapsWebTests(app);

[Collection(PostgresCollection.Name)] public sealed class GrantsTestsOnPostgres(PostgresApp app) : Grants.GrantsTests(app);

[Collection(PostgresCollection.Name)] public sealed class PayeeAccountTestsOnPostgres(PostgresApp app) : Grants.PayeeAccountTests(app);

[Collection(PostgresCollection.Name)] public sealed class GrantPaymentsTestsOnPostgres(PostgresApp app) : Grants.GrantPaymentsTests(app);

[Collection(PostgresCollection.Name)] public sealed class GrantDecisionConcurrencyTestsOnPostgres(PostgresApp app) : Grants.GrantDecisionConcurrencyTests(app);

[Collection(PostgresCollection.Name)] public sealed class CompensationWebTestsOnPostgres(PostgresApp app) : Compensation.CompensationWebTests(app);

[Collection(PostgresCollection.Name)] public sealed class PartnershipsTestsOnPostgres(PostgresApp app) : Grants.PartnershipsTests(app);

[Collection(PostgresCollection.Name)] public sealed class GrantNewsTestsOnPostgres(PostgresApp app) : Grants.GrantNewsTests(app);

[Collection(PostgresCollection.Name)] public sealed class FeePaymentsWebTestsOnPostgres(PostgresApp app) : FosterCare.FeePaymentsWebTests(app);
[Collection(PostgresCollection.Name)] public sealed class MessageWebTestsOnPostgres(PostgresApp app) : Localization.MessageWebTests(app);
