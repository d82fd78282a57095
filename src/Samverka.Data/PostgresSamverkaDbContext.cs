using Microsoft.EntityFrameworkCore;
using Samverka.Modules;

namespace Samverka.Data;

/// <summary>The model on PostgreSQL, for production. Migrations in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresSamverkaDbContext(DbContextOptions<PostgresSamverkaDbContext> options) : SamverkaDbContext(options);
