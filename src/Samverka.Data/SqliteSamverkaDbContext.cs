using Microsoft.EntityFrameworkCore;
using Samverka.Modules;

namespace Samverka.Data;

/// <summary>The model on SQLite, the embedded default. Migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteSamverkaDbContext(DbContextOptions<SqliteSamverkaDbContext> options) : SamverkaDbContext(options);
