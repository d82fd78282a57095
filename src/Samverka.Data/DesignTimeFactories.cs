using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Samverka.Data;

// For `dotnet ef migrations add X --context SqliteSamverkaDbContext|PostgresSamverkaDbContext --project src/Samverka.Data`:
// the connection strings are placeholders, migrations are generated from the model without connecting.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteSamverkaDbContext>
{
    public SqliteSamverkaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteSamverkaDbContext>().UseSamverkaSqlite("Data Source=design-time.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresSamverkaDbContext>
{
    public PostgresSamverkaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresSamverkaDbContext>().UseSamverkaPostgres("Host=localhost;Database=samverka_design").Options);
}
