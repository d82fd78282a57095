namespace Samverka.Web.Tests;

// Every test class runs against the app on SQLite here; a PostgreSQL collection can subclass the same abstract classes.

[Collection(SqliteCollection.Name)] public sealed class HostTestsOnSqlite(SqliteApp app) : HostTests(app);

[Collection(SqliteCollection.Name)] public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app);

[Collection(SqliteCollection.Name)] public sealed class OrganisationPagesTestsOnSqlite(SqliteApp app) : OrganisationPagesTests(app);

[Collection(SqliteCollection.Name)] public sealed class OrganisationsApiTestsOnSqlite(SqliteApp app) : OrganisationsApiTests(app);

[Collection(SqliteCollection.Name)] public sealed class TenancyTestsOnSqlite(SqliteApp app) : TenancyTests(app);

[Collection(SqliteCollection.Name)] public sealed class AuditLogTestsOnSqlite(SqliteApp app) : AuditLogTests(app);

[Collection(SqliteCollection.Name)] public sealed class ExportTestsOnSqlite(SqliteApp app) : ExportTests(app);

[Collection(SqliteCollection.Name)] public sealed class RoleMatrixTestsOnSqlite(SqliteApp app) : RoleMatrixTests(app);

[Collection(SqliteCollection.Name)] public sealed class FosterCareWebTestsOnSqlite(SqliteApp app) : FosterCare.FosterCareWebTests(app);

[Collection(SqliteCollection.Name)] public sealed class FosterCareGapsWebTestsOnSqlite(SqliteApp app) : FosterCare.FosterCareGapsWebTests(app);

[Collection(SqliteCollection.Name)] public sealed class GrantsTestsOnSqlite(SqliteApp app) : Grants.GrantsTests(app);

[Collection(SqliteCollection.Name)] public sealed class PayeeAccountTestsOnSqlite(SqliteApp app) : Grants.PayeeAccountTests(app);

[Collection(SqliteCollection.Name)] public sealed class GrantPaymentsTestsOnSqlite(SqliteApp app) : Grants.GrantPaymentsTests(app);

[Collection(SqliteCollection.Name)] public sealed class GrantDecisionConcurrencyTestsOnSqlite(SqliteApp app) : Grants.GrantDecisionConcurrencyTests(app);

[Collection(SqliteCollection.Name)] public sealed class CompensationWebTestsOnSqlite(SqliteApp app) : Compensation.CompensationWebTests(app);

[Collection(SqliteCollection.Name)] public sealed class PartnershipsTestsOnSqlite(SqliteApp app) : Grants.PartnershipsTests(app);

[Collection(SqliteCollection.Name)] public sealed class GrantNewsTestsOnSqlite(SqliteApp app) : Grants.GrantNewsTests(app);

[Collection(SqliteCollection.Name)] public sealed class FeePaymentsWebTestsOnSqlite(SqliteApp app) : FosterCare.FeePaymentsWebTests(app);
[Collection(SqliteCollection.Name)] public sealed class MessageWebTestsOnSqlite(SqliteApp app) : Localization.MessageWebTests(app);
